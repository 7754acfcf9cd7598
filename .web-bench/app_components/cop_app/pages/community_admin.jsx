
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Card as RadixThemesCard,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField,Tooltip as RadixThemesTooltip} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideLock from "lucide-react/dist/esm/icons/lock.mjs"
import LucideDoorOpen from "lucide-react/dist/esm/icons/door-open.mjs"
import LucideUsers from "lucide-react/dist/esm/icons/users.mjs"
import LucideMessagesSquare from "lucide-react/dist/esm/icons/messages-square.mjs"
import LucideClock from "lucide-react/dist/esm/icons/clock.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Link as ReactRouterLink} from "react-router"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c064f271 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c064f271.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c064f271;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c064f271.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c064f271;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c064f271 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c064f271 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c064f271.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c064f271;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c064f271 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c064f271 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c064f271.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c064f271;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c064f271 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c064f271 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c064f271.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c064f271;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_c064f271.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_c064f271;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c064f271 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c064f271 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c064f271.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c064f271;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c064f271.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c064f271;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c064f271.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c064f271;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c064f271 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c064f271 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c064f271.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c064f271;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_c064f271.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_c064f271;
})();

export const Bare_comp_56e8e56e93385d93f985cde32c1a7dab_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_56e8e56e93385d93f985cde32c1a7dab_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        ("Configure: "+reflex___state____state__cop_app___state___community_admin____community_config_state.community_name_rx_state_)
    )
});
Bare_comp_56e8e56e93385d93f985cde32c1a7dab_c064f271.displayName = "Bare";
return Bare_comp_56e8e56e93385d93f985cde32c1a7dab_c064f271;
})();

export const Textfieldroot_textfield__root_f3524f5f4b376748d0197d24bb160b38_c064f271 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_f3524f5f4b376748d0197d24bb160b38_c064f271 = memo(({children, ...rest}) => {
    const ref_field_name = useRef(null); refs["ref_field_name"] = ref_field_name;
const on_change_1a5c865a0f1cafdff9ff9458d6366e20 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_text", ({ ["field"] : "name", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-name-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___community_admin____community_config_state.community_name_rx_state_, id:"field-name", maxLength:120, name:"name", onChange:on_change_1a5c865a0f1cafdff9ff9458d6366e20, ref:ref_field_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_f3524f5f4b376748d0197d24bb160b38_c064f271.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_f3524f5f4b376748d0197d24bb160b38_c064f271;
})();

export const Bare_comp_e2ab51acb9f47b44dd45b01fb920aa55_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_e2ab51acb9f47b44dd45b01fb920aa55_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"] : "")
    )
});
Bare_comp_e2ab51acb9f47b44dd45b01fb920aa55_c064f271.displayName = "Bare";
return Bare_comp_e2ab51acb9f47b44dd45b01fb920aa55_c064f271;
})();

export const Cond_comp_2ba044ae7766b3d17673a28ce2ce22e8_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_2ba044ae7766b3d17673a28ce2ce22e8_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2ba044ae7766b3d17673a28ce2ce22e8_c064f271.displayName = "Cond";
return Cond_comp_2ba044ae7766b3d17673a28ce2ce22e8_c064f271;
})();

export const Textfieldroot_textfield__root_f70b025ed9b6e0c04d97d19f15224e48_c064f271 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_f70b025ed9b6e0c04d97d19f15224e48_c064f271 = memo(({children, ...rest}) => {
    const ref_field_tagline = useRef(null); refs["ref_field_tagline"] = ref_field_tagline;
const on_change_a2b443db738d1c81d04ba027b5b7996f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_text", ({ ["field"] : "tagline", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-tagline-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___community_admin____community_config_state.tagline_rx_state_, id:"field-tagline", maxLength:200, name:"tagline", onChange:on_change_a2b443db738d1c81d04ba027b5b7996f, ref:ref_field_tagline, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_f70b025ed9b6e0c04d97d19f15224e48_c064f271.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_f70b025ed9b6e0c04d97d19f15224e48_c064f271;
})();

export const Bare_comp_1143d6dc1680fe98fb6161887cf8f8ca_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_1143d6dc1680fe98fb6161887cf8f8ca_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"] : "")
    )
});
Bare_comp_1143d6dc1680fe98fb6161887cf8f8ca_c064f271.displayName = "Bare";
return Bare_comp_1143d6dc1680fe98fb6161887cf8f8ca_c064f271;
})();

export const Cond_comp_25db8bc6b47b88c6e380482a6ad39344_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_25db8bc6b47b88c6e380482a6ad39344_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["tagline"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25db8bc6b47b88c6e380482a6ad39344_c064f271.displayName = "Cond";
return Cond_comp_25db8bc6b47b88c6e380482a6ad39344_c064f271;
})();

export const Textarea_textarea_efce2e2122b0dba9148cd2a2e098bad4_c064f271 = /*#__PURE__*/ (() => {
const Textarea_textarea_efce2e2122b0dba9148cd2a2e098bad4_c064f271 = memo(({children, ...rest}) => {
    const ref_field_description = useRef(null); refs["ref_field_description"] = ref_field_description;
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-describedby":"field-description-hint field-description-error", css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___community_admin____community_config_state.description_rx_state_, id:"field-description", name:"description", ref:ref_field_description, rows:"5" }))},)
    )
});
Textarea_textarea_efce2e2122b0dba9148cd2a2e098bad4_c064f271.displayName = "TextArea";
return Textarea_textarea_efce2e2122b0dba9148cd2a2e098bad4_c064f271;
})();

export const Bare_comp_6d08bb887808fb33d0c3a434344e70a1_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_6d08bb887808fb33d0c3a434344e70a1_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["description"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["description"] : "")
    )
});
Bare_comp_6d08bb887808fb33d0c3a434344e70a1_c064f271.displayName = "Bare";
return Bare_comp_6d08bb887808fb33d0c3a434344e70a1_c064f271;
})();

export const Cond_comp_ddf839b430c993db00350e7e2f6c5f28_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_ddf839b430c993db00350e7e2f6c5f28_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["description"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["description"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ddf839b430c993db00350e7e2f6c5f28_c064f271.displayName = "Cond";
return Cond_comp_ddf839b430c993db00350e7e2f6c5f28_c064f271;
})();

export const Input_input_c58285227ab8cc108ad87750da6fba3b_c064f271 = /*#__PURE__*/ (() => {
const Input_input_c58285227ab8cc108ad87750da6fba3b_c064f271 = memo(({children, ...rest}) => {
    const on_change_e9df5804a1f0277dacda76a38be80f6a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_text", ({ ["field"] : "openness", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:(reflex___state____state__cop_app___state___community_admin____community_config_state.openness_rx_state_?.valueOf?.() === "open"?.valueOf?.()), name:"openness", onChange:on_change_e9df5804a1f0277dacda76a38be80f6a, type:"radio", value:(isNotNullOrUndefined("open") ? "open" : "") }))},)
    )
});
Input_input_c58285227ab8cc108ad87750da6fba3b_c064f271.displayName = "Input";
return Input_input_c58285227ab8cc108ad87750da6fba3b_c064f271;
})();

export const Input_input_b8b723a9e58ffdb01092b0da60aff504_c064f271 = /*#__PURE__*/ (() => {
const Input_input_b8b723a9e58ffdb01092b0da60aff504_c064f271 = memo(({children, ...rest}) => {
    const on_change_e9df5804a1f0277dacda76a38be80f6a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_text", ({ ["field"] : "openness", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:(reflex___state____state__cop_app___state___community_admin____community_config_state.openness_rx_state_?.valueOf?.() === "selective"?.valueOf?.()), name:"openness", onChange:on_change_e9df5804a1f0277dacda76a38be80f6a, type:"radio", value:(isNotNullOrUndefined("selective") ? "selective" : "") }))},)
    )
});
Input_input_b8b723a9e58ffdb01092b0da60aff504_c064f271.displayName = "Input";
return Input_input_b8b723a9e58ffdb01092b0da60aff504_c064f271;
})();

export const Bare_comp_5b2ae66a12869d48340fe5c08703a4c7_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_5b2ae66a12869d48340fe5c08703a4c7_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["openness"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["openness"] : "")
    )
});
Bare_comp_5b2ae66a12869d48340fe5c08703a4c7_c064f271.displayName = "Bare";
return Bare_comp_5b2ae66a12869d48340fe5c08703a4c7_c064f271;
})();

export const Cond_comp_d417c635a98162f6798de71f4f85a54f_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_d417c635a98162f6798de71f4f85a54f_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["openness"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["openness"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d417c635a98162f6798de71f4f85a54f_c064f271.displayName = "Cond";
return Cond_comp_d417c635a98162f6798de71f4f85a54f_c064f271;
})();

export const Checkboxinput_input_e6795978f8c90e5780b635ababf49da5_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_e6795978f8c90e5780b635ababf49da5_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("en"), name:"lang_en", type:"checkbox" }))},)
    )
});
Checkboxinput_input_e6795978f8c90e5780b635ababf49da5_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_e6795978f8c90e5780b635ababf49da5_c064f271;
})();

export const Checkboxinput_input_e0b5b7f2d428096dfd8dbe02b3699758_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_e0b5b7f2d428096dfd8dbe02b3699758_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("fr"), name:"lang_fr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_e0b5b7f2d428096dfd8dbe02b3699758_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_e0b5b7f2d428096dfd8dbe02b3699758_c064f271;
})();

export const Checkboxinput_input_90e83ee1f0aababfb05600dc51a2287e_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_90e83ee1f0aababfb05600dc51a2287e_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("es"), name:"lang_es", type:"checkbox" }))},)
    )
});
Checkboxinput_input_90e83ee1f0aababfb05600dc51a2287e_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_90e83ee1f0aababfb05600dc51a2287e_c064f271;
})();

export const Checkboxinput_input_120c1491bc3fdd06995eabb12534f3ed_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_120c1491bc3fdd06995eabb12534f3ed_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("pt"), name:"lang_pt", type:"checkbox" }))},)
    )
});
Checkboxinput_input_120c1491bc3fdd06995eabb12534f3ed_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_120c1491bc3fdd06995eabb12534f3ed_c064f271;
})();

export const Checkboxinput_input_df110f5bbd753b9685e9d0f353e9865e_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_df110f5bbd753b9685e9d0f353e9865e_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ar"), name:"lang_ar", type:"checkbox" }))},)
    )
});
Checkboxinput_input_df110f5bbd753b9685e9d0f353e9865e_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_df110f5bbd753b9685e9d0f353e9865e_c064f271;
})();

export const Checkboxinput_input_7600c43ea26e2151d15fcdb3d2f4aa9f_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_7600c43ea26e2151d15fcdb3d2f4aa9f_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ru"), name:"lang_ru", type:"checkbox" }))},)
    )
});
Checkboxinput_input_7600c43ea26e2151d15fcdb3d2f4aa9f_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_7600c43ea26e2151d15fcdb3d2f4aa9f_c064f271;
})();

export const Checkboxinput_input_5b752f21489afbe5d87a86ad2fbbc319_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_5b752f21489afbe5d87a86ad2fbbc319_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("zh"), name:"lang_zh", type:"checkbox" }))},)
    )
});
Checkboxinput_input_5b752f21489afbe5d87a86ad2fbbc319_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_5b752f21489afbe5d87a86ad2fbbc319_c064f271;
})();

export const Checkboxinput_input_cef56d33c6f56c19293253ba995dad21_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_cef56d33c6f56c19293253ba995dad21_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("de"), name:"lang_de", type:"checkbox" }))},)
    )
});
Checkboxinput_input_cef56d33c6f56c19293253ba995dad21_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_cef56d33c6f56c19293253ba995dad21_c064f271;
})();

export const Checkboxinput_input_34d08ab55a615743697bc3abbaca4b33_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_34d08ab55a615743697bc3abbaca4b33_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("it"), name:"lang_it", type:"checkbox" }))},)
    )
});
Checkboxinput_input_34d08ab55a615743697bc3abbaca4b33_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_34d08ab55a615743697bc3abbaca4b33_c064f271;
})();

export const Checkboxinput_input_1c6a48d12de58a3ffdfc7bd2eab2602d_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_1c6a48d12de58a3ffdfc7bd2eab2602d_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("nl"), name:"lang_nl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_1c6a48d12de58a3ffdfc7bd2eab2602d_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_1c6a48d12de58a3ffdfc7bd2eab2602d_c064f271;
})();

export const Checkboxinput_input_fbe37d73ca858ac89850ac8fcb8c805b_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_fbe37d73ca858ac89850ac8fcb8c805b_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("tr"), name:"lang_tr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_fbe37d73ca858ac89850ac8fcb8c805b_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_fbe37d73ca858ac89850ac8fcb8c805b_c064f271;
})();

export const Checkboxinput_input_1e0569aca828ce0eb6508b33cd7f592e_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_1e0569aca828ce0eb6508b33cd7f592e_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("uk"), name:"lang_uk", type:"checkbox" }))},)
    )
});
Checkboxinput_input_1e0569aca828ce0eb6508b33cd7f592e_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_1e0569aca828ce0eb6508b33cd7f592e_c064f271;
})();

export const Checkboxinput_input_49b36499b2294546b7d3574404645ac9_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_49b36499b2294546b7d3574404645ac9_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ka"), name:"lang_ka", type:"checkbox" }))},)
    )
});
Checkboxinput_input_49b36499b2294546b7d3574404645ac9_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_49b36499b2294546b7d3574404645ac9_c064f271;
})();

export const Checkboxinput_input_1cb9abf04b3e51c8c00e5146eb93dfc3_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_1cb9abf04b3e51c8c00e5146eb93dfc3_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("sr"), name:"lang_sr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_1cb9abf04b3e51c8c00e5146eb93dfc3_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_1cb9abf04b3e51c8c00e5146eb93dfc3_c064f271;
})();

export const Checkboxinput_input_fe063e2fc9a472c639e636445dee546f_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_fe063e2fc9a472c639e636445dee546f_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("fa"), name:"lang_fa", type:"checkbox" }))},)
    )
});
Checkboxinput_input_fe063e2fc9a472c639e636445dee546f_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_fe063e2fc9a472c639e636445dee546f_c064f271;
})();

export const Checkboxinput_input_e81947488cd50cf9aeb5dd4b95b1d792_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_e81947488cd50cf9aeb5dd4b95b1d792_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ur"), name:"lang_ur", type:"checkbox" }))},)
    )
});
Checkboxinput_input_e81947488cd50cf9aeb5dd4b95b1d792_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_e81947488cd50cf9aeb5dd4b95b1d792_c064f271;
})();

export const Checkboxinput_input_3f751c5305c1c2c551ceba415872242e_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_3f751c5305c1c2c551ceba415872242e_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("hi"), name:"lang_hi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_3f751c5305c1c2c551ceba415872242e_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_3f751c5305c1c2c551ceba415872242e_c064f271;
})();

export const Checkboxinput_input_19e76192560c17741f7960f79b70e6b2_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_19e76192560c17741f7960f79b70e6b2_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("bn"), name:"lang_bn", type:"checkbox" }))},)
    )
});
Checkboxinput_input_19e76192560c17741f7960f79b70e6b2_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_19e76192560c17741f7960f79b70e6b2_c064f271;
})();

export const Checkboxinput_input_6504551e2bbf4611b03d1110752726c3_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_6504551e2bbf4611b03d1110752726c3_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ne"), name:"lang_ne", type:"checkbox" }))},)
    )
});
Checkboxinput_input_6504551e2bbf4611b03d1110752726c3_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_6504551e2bbf4611b03d1110752726c3_c064f271;
})();

export const Checkboxinput_input_743af613aed0d145cddd482b7744ef75_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_743af613aed0d145cddd482b7744ef75_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("sw"), name:"lang_sw", type:"checkbox" }))},)
    )
});
Checkboxinput_input_743af613aed0d145cddd482b7744ef75_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_743af613aed0d145cddd482b7744ef75_c064f271;
})();

export const Checkboxinput_input_abf0ef2422b54adf3906b9494b0166a4_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_abf0ef2422b54adf3906b9494b0166a4_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("am"), name:"lang_am", type:"checkbox" }))},)
    )
});
Checkboxinput_input_abf0ef2422b54adf3906b9494b0166a4_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_abf0ef2422b54adf3906b9494b0166a4_c064f271;
})();

export const Checkboxinput_input_9fca5cc6a4b82f689e542cef6e96b342_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_9fca5cc6a4b82f689e542cef6e96b342_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ha"), name:"lang_ha", type:"checkbox" }))},)
    )
});
Checkboxinput_input_9fca5cc6a4b82f689e542cef6e96b342_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_9fca5cc6a4b82f689e542cef6e96b342_c064f271;
})();

export const Checkboxinput_input_7f3b098d6597cb089334c430ce938362_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_7f3b098d6597cb089334c430ce938362_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("id"), name:"lang_id", type:"checkbox" }))},)
    )
});
Checkboxinput_input_7f3b098d6597cb089334c430ce938362_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_7f3b098d6597cb089334c430ce938362_c064f271;
})();

export const Checkboxinput_input_8089b8832b7e2e52027e0c75a50029b9_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_8089b8832b7e2e52027e0c75a50029b9_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("vi"), name:"lang_vi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_8089b8832b7e2e52027e0c75a50029b9_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_8089b8832b7e2e52027e0c75a50029b9_c064f271;
})();

export const Checkboxinput_input_5ce5666a10595e1880b09efedb14892e_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_5ce5666a10595e1880b09efedb14892e_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("tl"), name:"lang_tl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_5ce5666a10595e1880b09efedb14892e_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_5ce5666a10595e1880b09efedb14892e_c064f271;
})();

export const Checkboxinput_input_f14697c1d0495e4b43cff50168aa774f_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_f14697c1d0495e4b43cff50168aa774f_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("th"), name:"lang_th", type:"checkbox" }))},)
    )
});
Checkboxinput_input_f14697c1d0495e4b43cff50168aa774f_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_f14697c1d0495e4b43cff50168aa774f_c064f271;
})();

export const Checkboxinput_input_a8f2e3d69830f6586880a53e1bd9b1b9_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_a8f2e3d69830f6586880a53e1bd9b1b9_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ja"), name:"lang_ja", type:"checkbox" }))},)
    )
});
Checkboxinput_input_a8f2e3d69830f6586880a53e1bd9b1b9_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_a8f2e3d69830f6586880a53e1bd9b1b9_c064f271;
})();

export const Checkboxinput_input_cb214696457bd71469ece59a30ec6736_c064f271 = /*#__PURE__*/ (() => {
const Checkboxinput_input_cb214696457bd71469ece59a30ec6736_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community_admin____community_config_state.languages_rx_state_.includes("ko"), name:"lang_ko", type:"checkbox" }))},)
    )
});
Checkboxinput_input_cb214696457bd71469ece59a30ec6736_c064f271.displayName = "CheckboxInput";
return Checkboxinput_input_cb214696457bd71469ece59a30ec6736_c064f271;
})();

export const Bare_comp_510bbe1b3ff0d2ae35484b31e74b90b9_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_510bbe1b3ff0d2ae35484b31e74b90b9_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["languages"] : "")
    )
});
Bare_comp_510bbe1b3ff0d2ae35484b31e74b90b9_c064f271.displayName = "Bare";
return Bare_comp_510bbe1b3ff0d2ae35484b31e74b90b9_c064f271;
})();

export const Cond_comp_ab580afe5af6c0e5171747733162f462_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_ab580afe5af6c0e5171747733162f462_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["languages"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab580afe5af6c0e5171747733162f462_c064f271.displayName = "Cond";
return Cond_comp_ab580afe5af6c0e5171747733162f462_c064f271;
})();

export const Form_root_b8e2712f3756f31adf32c76d125bd604_c064f271 = /*#__PURE__*/ (() => {
const Form_root_b8e2712f3756f31adf32c76d125bd604_c064f271 = memo(({children, ...rest}) => {
    
    const handleSubmit_46634253a959402d4d3465417d35d911 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_name"] : getRefValue(refs["ref_field_name"]), ["field_tagline"] : getRefValue(refs["ref_field_tagline"]), ["field_description"] : getRefValue(refs["ref_field_description"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.save_settings", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_46634253a959402d4d3465417d35d911 }))},children)
    )
});
Form_root_b8e2712f3756f31adf32c76d125bd604_c064f271.displayName = "Form";
return Form_root_b8e2712f3756f31adf32c76d125bd604_c064f271;
})();

export const Foreach_comp_630e41c36242cca5fbd9d14673fc88de_c064f271 = /*#__PURE__*/ (() => {
const Foreach_comp_630e41c36242cca5fbd9d14673fc88de_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community_admin____community_config_state.team_rx_state_ ?? [],((member_rx_state_,index_f99312091f8c961a567481bfd60c1d01)=>(jsx("li",{key:index_f99312091f8c961a567481bfd60c1d01},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",weight:"medium"},member_rx_state_?.["name"]),jsx(RadixThemesBadge,{highContrast:true,variant:"soft"},((member_rx_state_?.["role"]?.valueOf?.() === "lead"?.valueOf?.()) ? "Lead" : "Facilitator")),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesButton,{"aria-label":("Make a plain member: "+member_rx_state_?.["name"]),color:"red",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.remove_from_team", ({ ["membership_id"] : member_rx_state_?.["membership_id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"soft"},"Make a plain member"))))))
    )
});
Foreach_comp_630e41c36242cca5fbd9d14673fc88de_c064f271.displayName = "Foreach";
return Foreach_comp_630e41c36242cca5fbd9d14673fc88de_c064f271;
})();

export const Textfieldroot_textfield__root_071ecd55dda6f35f7a8148da0b22dadf_c064f271 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_071ecd55dda6f35f7a8148da0b22dadf_c064f271 = memo(({children, ...rest}) => {
    const ref_field_team_email = useRef(null); refs["ref_field_team_email"] = ref_field_team_email;
const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-team_email-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-team_email", name:"team_email", ref:ref_field_team_email, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_071ecd55dda6f35f7a8148da0b22dadf_c064f271.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_071ecd55dda6f35f7a8148da0b22dadf_c064f271;
})();

export const Bare_comp_4bedccb5225be163071acc2f2784c2a6_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_4bedccb5225be163071acc2f2784c2a6_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"] : "")
    )
});
Bare_comp_4bedccb5225be163071acc2f2784c2a6_c064f271.displayName = "Bare";
return Bare_comp_4bedccb5225be163071acc2f2784c2a6_c064f271;
})();

export const Cond_comp_16b3792b509c18ad93ea6724d053c00c_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_16b3792b509c18ad93ea6724d053c00c_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16b3792b509c18ad93ea6724d053c00c_c064f271.displayName = "Cond";
return Cond_comp_16b3792b509c18ad93ea6724d053c00c_c064f271;
})();

export const Bare_comp_102c6f0374e21054e3b0516115193233_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_102c6f0374e21054e3b0516115193233_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_role"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_role"] : "")
    )
});
Bare_comp_102c6f0374e21054e3b0516115193233_c064f271.displayName = "Bare";
return Bare_comp_102c6f0374e21054e3b0516115193233_c064f271;
})();

export const Cond_comp_5164ec6d9b2d343936de6228f2875a5a_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_5164ec6d9b2d343936de6228f2875a5a_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_role"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["team_role"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5164ec6d9b2d343936de6228f2875a5a_c064f271.displayName = "Cond";
return Cond_comp_5164ec6d9b2d343936de6228f2875a5a_c064f271;
})();

export const Form_root_259babbba787faab1b5ce91d8f20b4c1_c064f271 = /*#__PURE__*/ (() => {
const Form_root_259babbba787faab1b5ce91d8f20b4c1_c064f271 = memo(({children, ...rest}) => {
    
    const handleSubmit_a5fff3cf74c85c0289b59a94a877ab89 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_team_email"] : getRefValue(refs["ref_field_team_email"]), ["field_team_role"] : getRefValue(refs["ref_field_team_role"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.add_to_team", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_a5fff3cf74c85c0289b59a94a877ab89 }))},children)
    )
});
Form_root_259babbba787faab1b5ce91d8f20b4c1_c064f271.displayName = "Form";
return Form_root_259babbba787faab1b5ce91d8f20b4c1_c064f271;
})();

export const Bare_comp_e64fca2a690e7e98bd7a5c8e850c75fe_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_e64fca2a690e7e98bd7a5c8e850c75fe_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["primary"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["primary"] : "")
    )
});
Bare_comp_e64fca2a690e7e98bd7a5c8e850c75fe_c064f271.displayName = "Bare";
return Bare_comp_e64fca2a690e7e98bd7a5c8e850c75fe_c064f271;
})();

export const Cond_comp_60bd82befb8902e1d71102d19eac9ad3_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_60bd82befb8902e1d71102d19eac9ad3_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["primary"]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.["primary"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_60bd82befb8902e1d71102d19eac9ad3_c064f271.displayName = "Cond";
return Cond_comp_60bd82befb8902e1d71102d19eac9ad3_c064f271;
})();

export const Foreach_comp_78d3da56fcb3156fa57af1bfb3775b3a_c064f271 = /*#__PURE__*/ (() => {
const Foreach_comp_78d3da56fcb3156fa57af1bfb3775b3a_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
const ref__reflex_Var_6088366378084508295_reflex_Var_field_target__row_rx_state__code_error = useRef(null); refs["ref__reflex_Var_6088366378084508295_reflex_Var_field_target__row_rx_state__code_error"] = ref__reflex_Var_6088366378084508295_reflex_Var_field_target__row_rx_state__code_error;
const ref__reflex_Var_7066367516356465975_reflex_Var_field_note__row_rx_state__code_error = useRef(null); refs["ref__reflex_Var_7066367516356465975_reflex_Var_field_note__row_rx_state__code_error"] = ref__reflex_Var_7066367516356465975_reflex_Var_field_note__row_rx_state__code_error;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community_admin____community_config_state.rows_rx_state_ ?? [],((row_rx_state_,index_d8a1a65d6905abded5d242317c2915c8)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),key:index_d8a1a65d6905abded5d242317c2915c8},jsx("fieldset",{className:"area-fieldset"},jsx("legend",{className:"area-legend"},row_rx_state_?.["name"]),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"5",wrap:"wrap"},jsx("label",{className:"check-option"},jsx("input",{defaultChecked:(row_rx_state_?.["emphasis"]?.valueOf?.() === "primary"?.valueOf?.()),name:("emphasis_"+row_rx_state_?.["code"]),onChange:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_emphasis", ({ ["code"] : row_rx_state_?.["code"], ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))),type:"radio",value:(isNotNullOrUndefined("primary") ? "primary" : "")},)," Primary"),jsx("label",{className:"check-option"},jsx("input",{defaultChecked:(row_rx_state_?.["emphasis"]?.valueOf?.() === "secondary"?.valueOf?.()),name:("emphasis_"+row_rx_state_?.["code"]),onChange:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_emphasis", ({ ["code"] : row_rx_state_?.["code"], ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))),type:"radio",value:(isNotNullOrUndefined("secondary") ? "secondary" : "")},)," Secondary"),jsx("label",{className:"check-option"},jsx("input",{defaultChecked:(row_rx_state_?.["emphasis"]?.valueOf?.() === ""?.valueOf?.()),name:("emphasis_"+row_rx_state_?.["code"]),onChange:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_emphasis", ({ ["code"] : row_rx_state_?.["code"], ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))),type:"radio",value:(isNotNullOrUndefined("") ? "" : "")},)," Not a focus")),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-target_"+row_rx_state_?.["code"])},(("Target ("+row_rx_state_?.["unit"])+")")),jsx(RadixThemesTextField.Root,{"aria-describedby":(((("field-target_"+row_rx_state_?.["code"])+"-hint ")+("field-target_"+row_rx_state_?.["code"]))+"-error"),css:({ ["width"] : "12rem" }),defaultValue:row_rx_state_?.["target"],id:("field-target_"+row_rx_state_?.["code"]),inputMode:"decimal",name:("target_"+row_rx_state_?.["code"]),onChange:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.preview_target", ({ ["code"] : row_rx_state_?.["code"], ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  }))))},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),id:(("field-target_"+row_rx_state_?.["code"])+"-hint"),size:"1"},("Suggested: "+row_rx_state_?.["default_target"])),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("target:"+row_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("target:"+row_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-target_"+row_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_6088366378084508295_reflex_Var_field_target__row_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("target:"+row_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("target:"+row_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-note_"+row_rx_state_?.["code"])},"Note for members"),jsx(RadixThemesTextArea,{"aria-describedby":(("field-note_"+row_rx_state_?.["code"])+"-error"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:row_rx_state_?.["note"],id:("field-note_"+row_rx_state_?.["code"]),maxLength:500,name:("note_"+row_rx_state_?.["code"]),rows:"2"},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("note:"+row_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("note:"+row_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-note_"+row_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_7066367516356465975_reflex_Var_field_note__row_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("note:"+row_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___community_admin____community_config_state.errors_rx_state_?.[("note:"+row_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))))))))
    )
});
Foreach_comp_78d3da56fcb3156fa57af1bfb3775b3a_c064f271.displayName = "Foreach";
return Foreach_comp_78d3da56fcb3156fa57af1bfb3775b3a_c064f271;
})();

export const Form_root_8c8ba26f99a6fcc6e3a381931a4d380c_c064f271 = /*#__PURE__*/ (() => {
const Form_root_8c8ba26f99a6fcc6e3a381931a4d380c_c064f271 = memo(({children, ...rest}) => {
    
    const handleSubmit_cd62d7dbc46a351d7b888b427bc8bd96 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.save", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_cd62d7dbc46a351d7b888b427bc8bd96 }))},children)
    )
});
Form_root_8c8ba26f99a6fcc6e3a381931a4d380c_c064f271.displayName = "Form";
return Form_root_8c8ba26f99a6fcc6e3a381931a4d380c_c064f271;
})();

export const Cond_comp_5d19ab1d3b29372a99bb3ac9c1ea7e4b_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_5d19ab1d3b29372a99bb3ac9c1ea7e4b_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (reflex___state____state__cop_app___state___community_admin____community_config_state.archived_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5d19ab1d3b29372a99bb3ac9c1ea7e4b_c064f271.displayName = "Cond";
return Cond_comp_5d19ab1d3b29372a99bb3ac9c1ea7e4b_c064f271;
})();

export const Button_button_1da4a4fbc3334a857509e9c429b0399b_c064f271 = /*#__PURE__*/ (() => {
const Button_button_1da4a4fbc3334a857509e9c429b0399b_c064f271 = memo(({children, ...rest}) => {
    const on_click_b79d8cf3b0fecb65dc7cd97f3dbe3153 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.set_archived", ({ ["archived"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_b79d8cf3b0fecb65dc7cd97f3dbe3153 }))},children)
    )
});
Button_button_1da4a4fbc3334a857509e9c429b0399b_c064f271.displayName = "Button";
return Button_button_1da4a4fbc3334a857509e9c429b0399b_c064f271;
})();

export const Bare_comp_38a48ef97734a4be96dd45f2defe1971_c064f271 = /*#__PURE__*/ (() => {
const Bare_comp_38a48ef97734a4be96dd45f2defe1971_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (("Archive "+reflex___state____state__cop_app___state___community_admin____community_config_state.community_name_rx_state_)+"?")
    )
});
Bare_comp_38a48ef97734a4be96dd45f2defe1971_c064f271.displayName = "Bare";
return Bare_comp_38a48ef97734a4be96dd45f2defe1971_c064f271;
})();

export const Button_button_83841c42b127c248363aff73fa0c0cb8_c064f271 = /*#__PURE__*/ (() => {
const Button_button_83841c42b127c248363aff73fa0c0cb8_c064f271 = memo(({children, ...rest}) => {
    const on_click_f6e276aad0fba29436d8e223834af897 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community_admin____community_config_state.set_archived", ({ ["archived"] : true }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", highContrast:true, onClick:on_click_f6e276aad0fba29436d8e223834af897 }))},children)
    )
});
Button_button_83841c42b127c248363aff73fa0c0cb8_c064f271.displayName = "Button";
return Button_button_83841c42b127c248363aff73fa0c0cb8_c064f271;
})();

export const Cond_comp_b589002bcd95ba616aa238b4b02a3824_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_b589002bcd95ba616aa238b4b02a3824_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (reflex___state____state__cop_app___state___community_admin____community_config_state.can_archive_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b589002bcd95ba616aa238b4b02a3824_c064f271.displayName = "Cond";
return Cond_comp_b589002bcd95ba616aa238b4b02a3824_c064f271;
})();

export const Foreach_comp_4ea6f20010d7e42cddf5539838ab3eda_c064f271 = /*#__PURE__*/ (() => {
const Foreach_comp_4ea6f20010d7e42cddf5539838ab3eda_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community_admin____community_config_state.audit_rx_state_ ?? [],((entry_rx_state_,index_4388afb342762408178f3ea5e9bc57ad)=>(jsx("li",{className:"audit-entry",key:index_4388afb342762408178f3ea5e9bc57ad},jsx(RadixThemesText,{as:"p",size:"1",weight:"medium"},((entry_rx_state_?.["who"]+" \u00b7 ")+entry_rx_state_?.["when"])),jsx("ul",{className:"reasons"},Array.prototype.map.call(entry_rx_state_?.["changes"] ?? [],((c_rx_state_,index_41dcc3f2eb904f688a4479bbc0a20017)=>(jsx("li",{key:index_41dcc3f2eb904f688a4479bbc0a20017},jsx(RadixThemesText,{as:"p",size:"2"},c_rx_state_))))))))))
    )
});
Foreach_comp_4ea6f20010d7e42cddf5539838ab3eda_c064f271.displayName = "Foreach";
return Foreach_comp_4ea6f20010d7e42cddf5539838ab3eda_c064f271;
})();

export const Cond_comp_7808e2ff0281b268fc47eefe05381897_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_7808e2ff0281b268fc47eefe05381897_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        ((reflex___state____state__cop_app___state___community_admin____community_config_state.audit_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7808e2ff0281b268fc47eefe05381897_c064f271.displayName = "Cond";
return Cond_comp_7808e2ff0281b268fc47eefe05381897_c064f271;
})();

export const Link_link_365cb293722497d6e59df8db3ee84a06_c064f271 = /*#__PURE__*/ (() => {
const Link_link_365cb293722497d6e59df8db3ee84a06_c064f271 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["name"], asChild:true, css:({ ["color"] : "inherit", ["height"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), underline:"none" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["slug"])},jsx(RadixThemesCard,{className:"community-card",css:({ ["height"] : "100%" }),size:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["height"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:"4"},reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["name"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["selective"]?(jsx(Fragment,{},jsx(RadixThemesTooltip,{content:"Join requests are reviewed by the leads"},jsx(RadixThemesBadge,{color:"gray"},jsx(LucideLock,{size:12},),"Selective")))):(jsx(Fragment,{},jsx(RadixThemesTooltip,{content:"Anyone can join"},jsx(RadixThemesBadge,{color:"green",highContrast:true},jsx(LucideDoorOpen,{size:12},),"Open"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["tagline"]),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"1",wrap:"wrap"},Array.prototype.map.call(reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["focus"] ?? [],((badge_rx_state_,index_60dd43d1a7dc2db29fce3d3e968a78a8)=>(jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(badge_rx_state_?.["code"])) {case JSON.stringify("practitioner_support"):  return ("teal");  break;case JSON.stringify("business_support"):  return ("amber");  break;case JSON.stringify("learning"):  return ("blue");  break;case JSON.stringify("innovation"):  return ("purple");  break;case JSON.stringify("coordination"):  return ("crimson");  break;default:  return ("gray");  break;};})(),highContrast:true,key:index_60dd43d1a7dc2db29fce3d3e968a78a8,radius:"full",variant:(badge_rx_state_?.["primary"] ? "solid" : "outline")},badge_rx_state_?.["name"]))))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"4",wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUsers,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},((reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["member_count"]+" ")+"members"))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideMessagesSquare,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},((reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["thread_count"]+" ")+"threads"))),jsx(Fragment,{},(!((reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["last_activity"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideClock,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},reflex___state____state__cop_app___state___community_admin____community_config_state.preview_card_rx_state_?.["last_activity"])))):(jsx(Fragment,{},)))))))))
    )
});
Link_link_365cb293722497d6e59df8db3ee84a06_c064f271.displayName = "Link";
return Link_link_365cb293722497d6e59df8db3ee84a06_c064f271;
})();

export const Foreach_comp_576fd48750dafcdb582b9315765fa12b_c064f271 = /*#__PURE__*/ (() => {
const Foreach_comp_576fd48750dafcdb582b9315765fa12b_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community_admin____community_config_state.preview_targets_rx_state_ ?? [],((row_rx_state_,index_7d7a624ad71f522fe294f17f5966fb70)=>(jsx("li",{key:index_7d7a624ad71f522fe294f17f5966fb70},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(RadixThemesBadge,{highContrast:true,radius:"full",variant:(row_rx_state_?.["primary"] ? "solid" : "outline")},row_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : (!((row_rx_state_?.["target"]?.valueOf?.() === ""?.valueOf?.())) ? "var(--gray-12)" : "var(--gray-11)") }),size:"2"},(!((row_rx_state_?.["target"]?.valueOf?.() === ""?.valueOf?.())) ? row_rx_state_?.["target"] : "No target: the figure is shown but not judged")))))))
    )
});
Foreach_comp_576fd48750dafcdb582b9315765fa12b_c064f271.displayName = "Foreach";
return Foreach_comp_576fd48750dafcdb582b9315765fa12b_c064f271;
})();

export const Cond_comp_2c6c38df4914c2b644f47676c3d7c248_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_2c6c38df4914c2b644f47676c3d7c248_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        ((reflex___state____state__cop_app___state___community_admin____community_config_state.preview_targets_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2c6c38df4914c2b644f47676c3d7c248_c064f271.displayName = "Cond";
return Cond_comp_2c6c38df4914c2b644f47676c3d7c248_c064f271;
})();

export const Cond_comp_412002cf9e4b613ab9e70972c27714bb_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_412002cf9e4b613ab9e70972c27714bb_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (!(reflex___state____state__cop_app___state___community_admin____community_config_state.archived_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_412002cf9e4b613ab9e70972c27714bb_c064f271.displayName = "Cond";
return Cond_comp_412002cf9e4b613ab9e70972c27714bb_c064f271;
})();

export const Cond_comp_58a3d433b17f7b3594a876bdaa7a6a5e_c064f271 = /*#__PURE__*/ (() => {
const Cond_comp_58a3d433b17f7b3594a876bdaa7a6a5e_c064f271 = memo(({children}) => {
    const reflex___state____state__cop_app___state___community_admin____community_config_state = useStateContext("reflex___state____state.cop_app___state___community_admin____community_config_state")
    return(
        (reflex___state____state__cop_app___state___community_admin____community_config_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_58a3d433b17f7b3594a876bdaa7a6a5e_c064f271.displayName = "Cond";
return Cond_comp_58a3d433b17f7b3594a876bdaa7a6a5e_c064f271;
})();
