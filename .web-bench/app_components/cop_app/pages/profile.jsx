
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_bc8dc70e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_bc8dc70e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_bc8dc70e;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_bc8dc70e.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_bc8dc70e;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_bc8dc70e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_bc8dc70e = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_bc8dc70e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_bc8dc70e;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_bc8dc70e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_bc8dc70e = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_bc8dc70e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_bc8dc70e;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_bc8dc70e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_bc8dc70e = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_bc8dc70e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_bc8dc70e;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_bc8dc70e.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_bc8dc70e;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_bc8dc70e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_bc8dc70e = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_bc8dc70e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_bc8dc70e;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_bc8dc70e.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_bc8dc70e;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_bc8dc70e.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_bc8dc70e;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_bc8dc70e = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_bc8dc70e = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_bc8dc70e.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_bc8dc70e;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_bc8dc70e.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_bc8dc70e;
})();

export const Textfieldroot_textfield__root_60f8d6f004c269156e5d6c65125552ac_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_60f8d6f004c269156e5d6c65125552ac_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_display_name = useRef(null); refs["ref_field_display_name"] = ref_field_display_name;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-display_name-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.display_name_rx_state_, id:"field-display_name", maxLength:80, name:"display_name", ref:ref_field_display_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_60f8d6f004c269156e5d6c65125552ac_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_60f8d6f004c269156e5d6c65125552ac_bc8dc70e;
})();

export const Bare_comp_c500999141d8c13ec73b41eb8cf50a3f_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_c500999141d8c13ec73b41eb8cf50a3f_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"] : "")
    )
});
Bare_comp_c500999141d8c13ec73b41eb8cf50a3f_bc8dc70e.displayName = "Bare";
return Bare_comp_c500999141d8c13ec73b41eb8cf50a3f_bc8dc70e;
})();

export const Cond_comp_545b1771095e1c6117fb48910b49b0ba_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_545b1771095e1c6117fb48910b49b0ba_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["display_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_545b1771095e1c6117fb48910b49b0ba_bc8dc70e.displayName = "Cond";
return Cond_comp_545b1771095e1c6117fb48910b49b0ba_bc8dc70e;
})();

export const Textfieldroot_textfield__root_027840f6ea1bd410e8d16336efc749ff_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_027840f6ea1bd410e8d16336efc749ff_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_organisation = useRef(null); refs["ref_field_organisation"] = ref_field_organisation;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-organisation-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.organisation_rx_state_, id:"field-organisation", name:"organisation", ref:ref_field_organisation, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_027840f6ea1bd410e8d16336efc749ff_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_027840f6ea1bd410e8d16336efc749ff_bc8dc70e;
})();

export const Bare_comp_33c8c70911e738c57e64acfe9a6a960c_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_33c8c70911e738c57e64acfe9a6a960c_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"] : "")
    )
});
Bare_comp_33c8c70911e738c57e64acfe9a6a960c_bc8dc70e.displayName = "Bare";
return Bare_comp_33c8c70911e738c57e64acfe9a6a960c_bc8dc70e;
})();

export const Cond_comp_8b1164f81834e16eb725a23a1fe07981_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_8b1164f81834e16eb725a23a1fe07981_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["organisation"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8b1164f81834e16eb725a23a1fe07981_bc8dc70e.displayName = "Cond";
return Cond_comp_8b1164f81834e16eb725a23a1fe07981_bc8dc70e;
})();

export const Select_select_fb8ef5c5eaaa1247d81542fcdfef1c89_bc8dc70e = /*#__PURE__*/ (() => {
const Select_select_fb8ef5c5eaaa1247d81542fcdfef1c89_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_org_type = useRef(null); refs["ref_field_org_type"] = ref_field_org_type;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ "aria-describedby":"field-org_type-error", className:"native-select", defaultValue:reflex___state____state__cop_app___state___profile____profile_state.org_type_rx_state_, id:"field-org_type", name:"org_type", ref:ref_field_org_type }))},children)
    )
});
Select_select_fb8ef5c5eaaa1247d81542fcdfef1c89_bc8dc70e.displayName = "Select";
return Select_select_fb8ef5c5eaaa1247d81542fcdfef1c89_bc8dc70e;
})();

export const Bare_comp_4dde4071e7af099d5cb960d8c365d131_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_4dde4071e7af099d5cb960d8c365d131_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["org_type"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["org_type"] : "")
    )
});
Bare_comp_4dde4071e7af099d5cb960d8c365d131_bc8dc70e.displayName = "Bare";
return Bare_comp_4dde4071e7af099d5cb960d8c365d131_bc8dc70e;
})();

export const Cond_comp_f864450b54b0f72e3a276f3ddee74099_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_f864450b54b0f72e3a276f3ddee74099_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["org_type"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["org_type"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f864450b54b0f72e3a276f3ddee74099_bc8dc70e.displayName = "Cond";
return Cond_comp_f864450b54b0f72e3a276f3ddee74099_bc8dc70e;
})();

export const Textfieldroot_textfield__root_c0ae7f209c31a40012c93331b0faf0c5_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_c0ae7f209c31a40012c93331b0faf0c5_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_discipline = useRef(null); refs["ref_field_discipline"] = ref_field_discipline;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-discipline-hint field-discipline-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.discipline_rx_state_, id:"field-discipline", name:"discipline", ref:ref_field_discipline, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_c0ae7f209c31a40012c93331b0faf0c5_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_c0ae7f209c31a40012c93331b0faf0c5_bc8dc70e;
})();

export const Bare_comp_f1f45215d78ad21374ae5e83af175d2e_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_f1f45215d78ad21374ae5e83af175d2e_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"] : "")
    )
});
Bare_comp_f1f45215d78ad21374ae5e83af175d2e_bc8dc70e.displayName = "Bare";
return Bare_comp_f1f45215d78ad21374ae5e83af175d2e_bc8dc70e;
})();

export const Cond_comp_c99dc003c98ec6dbd8b073699cc45507_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_c99dc003c98ec6dbd8b073699cc45507_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["discipline"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c99dc003c98ec6dbd8b073699cc45507_bc8dc70e.displayName = "Cond";
return Cond_comp_c99dc003c98ec6dbd8b073699cc45507_bc8dc70e;
})();

export const Textfieldroot_textfield__root_18b14f6b111792c5c6b6557c31e31aaa_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_18b14f6b111792c5c6b6557c31e31aaa_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_region = useRef(null); refs["ref_field_region"] = ref_field_region;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-region-hint field-region-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.region_rx_state_, id:"field-region", name:"region", ref:ref_field_region, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_18b14f6b111792c5c6b6557c31e31aaa_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_18b14f6b111792c5c6b6557c31e31aaa_bc8dc70e;
})();

export const Bare_comp_6e1b75450cfd980a00f742991acd55bc_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_6e1b75450cfd980a00f742991acd55bc_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"] : "")
    )
});
Bare_comp_6e1b75450cfd980a00f742991acd55bc_bc8dc70e.displayName = "Bare";
return Bare_comp_6e1b75450cfd980a00f742991acd55bc_bc8dc70e;
})();

export const Cond_comp_6dcaec7c23357beed54ef3bf76750941_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_6dcaec7c23357beed54ef3bf76750941_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["region"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6dcaec7c23357beed54ef3bf76750941_bc8dc70e.displayName = "Cond";
return Cond_comp_6dcaec7c23357beed54ef3bf76750941_bc8dc70e;
})();

export const Checkboxinput_input_7f49ed4186afcc72074c49779afefa81_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_7f49ed4186afcc72074c49779afefa81_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("en"), name:"lang_en", type:"checkbox" }))},)
    )
});
Checkboxinput_input_7f49ed4186afcc72074c49779afefa81_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_7f49ed4186afcc72074c49779afefa81_bc8dc70e;
})();

export const Checkboxinput_input_71c1c8f7cacc92257c67c6de56eb1fe1_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_71c1c8f7cacc92257c67c6de56eb1fe1_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("fr"), name:"lang_fr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_71c1c8f7cacc92257c67c6de56eb1fe1_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_71c1c8f7cacc92257c67c6de56eb1fe1_bc8dc70e;
})();

export const Checkboxinput_input_96bf8f026efaa23f79ab0f845af29e74_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_96bf8f026efaa23f79ab0f845af29e74_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("es"), name:"lang_es", type:"checkbox" }))},)
    )
});
Checkboxinput_input_96bf8f026efaa23f79ab0f845af29e74_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_96bf8f026efaa23f79ab0f845af29e74_bc8dc70e;
})();

export const Checkboxinput_input_00504cb8203e97e9c26bf6d4bef64055_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_00504cb8203e97e9c26bf6d4bef64055_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("pt"), name:"lang_pt", type:"checkbox" }))},)
    )
});
Checkboxinput_input_00504cb8203e97e9c26bf6d4bef64055_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_00504cb8203e97e9c26bf6d4bef64055_bc8dc70e;
})();

export const Checkboxinput_input_613f5fa3193cce728440594c9b91ebf4_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_613f5fa3193cce728440594c9b91ebf4_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ar"), name:"lang_ar", type:"checkbox" }))},)
    )
});
Checkboxinput_input_613f5fa3193cce728440594c9b91ebf4_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_613f5fa3193cce728440594c9b91ebf4_bc8dc70e;
})();

export const Checkboxinput_input_2253b79591f5a2c772df363b8738d51f_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_2253b79591f5a2c772df363b8738d51f_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ru"), name:"lang_ru", type:"checkbox" }))},)
    )
});
Checkboxinput_input_2253b79591f5a2c772df363b8738d51f_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_2253b79591f5a2c772df363b8738d51f_bc8dc70e;
})();

export const Checkboxinput_input_e94047c9abbc73a54c608d4999546335_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_e94047c9abbc73a54c608d4999546335_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("zh"), name:"lang_zh", type:"checkbox" }))},)
    )
});
Checkboxinput_input_e94047c9abbc73a54c608d4999546335_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_e94047c9abbc73a54c608d4999546335_bc8dc70e;
})();

export const Checkboxinput_input_761be05cda5554a3747812bbde004407_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_761be05cda5554a3747812bbde004407_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("de"), name:"lang_de", type:"checkbox" }))},)
    )
});
Checkboxinput_input_761be05cda5554a3747812bbde004407_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_761be05cda5554a3747812bbde004407_bc8dc70e;
})();

export const Checkboxinput_input_1edccd44399ef9f5e99a056c0cb7a020_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_1edccd44399ef9f5e99a056c0cb7a020_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("it"), name:"lang_it", type:"checkbox" }))},)
    )
});
Checkboxinput_input_1edccd44399ef9f5e99a056c0cb7a020_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_1edccd44399ef9f5e99a056c0cb7a020_bc8dc70e;
})();

export const Checkboxinput_input_de5d23a78f9633eb9a8018b599e5f8ee_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_de5d23a78f9633eb9a8018b599e5f8ee_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("nl"), name:"lang_nl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_de5d23a78f9633eb9a8018b599e5f8ee_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_de5d23a78f9633eb9a8018b599e5f8ee_bc8dc70e;
})();

export const Checkboxinput_input_68472eb945e05f6f2fe8e4111b98f427_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_68472eb945e05f6f2fe8e4111b98f427_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("tr"), name:"lang_tr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_68472eb945e05f6f2fe8e4111b98f427_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_68472eb945e05f6f2fe8e4111b98f427_bc8dc70e;
})();

export const Checkboxinput_input_ae3309e2c796bc77d408b37980394505_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_ae3309e2c796bc77d408b37980394505_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("uk"), name:"lang_uk", type:"checkbox" }))},)
    )
});
Checkboxinput_input_ae3309e2c796bc77d408b37980394505_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_ae3309e2c796bc77d408b37980394505_bc8dc70e;
})();

export const Checkboxinput_input_8df6b09b31aef2c7043b692d1fe87e6e_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_8df6b09b31aef2c7043b692d1fe87e6e_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ka"), name:"lang_ka", type:"checkbox" }))},)
    )
});
Checkboxinput_input_8df6b09b31aef2c7043b692d1fe87e6e_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_8df6b09b31aef2c7043b692d1fe87e6e_bc8dc70e;
})();

export const Checkboxinput_input_78848ce8ed861ce5105f8f6779ae32f3_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_78848ce8ed861ce5105f8f6779ae32f3_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("sr"), name:"lang_sr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_78848ce8ed861ce5105f8f6779ae32f3_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_78848ce8ed861ce5105f8f6779ae32f3_bc8dc70e;
})();

export const Checkboxinput_input_cc7b3d07f4159807e0a6d611ef1fa015_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_cc7b3d07f4159807e0a6d611ef1fa015_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("fa"), name:"lang_fa", type:"checkbox" }))},)
    )
});
Checkboxinput_input_cc7b3d07f4159807e0a6d611ef1fa015_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_cc7b3d07f4159807e0a6d611ef1fa015_bc8dc70e;
})();

export const Checkboxinput_input_2b1f0651c1280e4ec66c463c017972b8_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_2b1f0651c1280e4ec66c463c017972b8_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ur"), name:"lang_ur", type:"checkbox" }))},)
    )
});
Checkboxinput_input_2b1f0651c1280e4ec66c463c017972b8_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_2b1f0651c1280e4ec66c463c017972b8_bc8dc70e;
})();

export const Checkboxinput_input_b694c02cce0dd315a514bd1ce20eb595_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_b694c02cce0dd315a514bd1ce20eb595_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("hi"), name:"lang_hi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_b694c02cce0dd315a514bd1ce20eb595_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_b694c02cce0dd315a514bd1ce20eb595_bc8dc70e;
})();

export const Checkboxinput_input_6e48f57ba369ef45cd41eac57415358e_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_6e48f57ba369ef45cd41eac57415358e_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("bn"), name:"lang_bn", type:"checkbox" }))},)
    )
});
Checkboxinput_input_6e48f57ba369ef45cd41eac57415358e_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_6e48f57ba369ef45cd41eac57415358e_bc8dc70e;
})();

export const Checkboxinput_input_eff66db81f6c4543210179ca2db71998_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_eff66db81f6c4543210179ca2db71998_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ne"), name:"lang_ne", type:"checkbox" }))},)
    )
});
Checkboxinput_input_eff66db81f6c4543210179ca2db71998_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_eff66db81f6c4543210179ca2db71998_bc8dc70e;
})();

export const Checkboxinput_input_9c5b09943c4f17f52a9d39d0cb9ceb54_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_9c5b09943c4f17f52a9d39d0cb9ceb54_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("sw"), name:"lang_sw", type:"checkbox" }))},)
    )
});
Checkboxinput_input_9c5b09943c4f17f52a9d39d0cb9ceb54_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_9c5b09943c4f17f52a9d39d0cb9ceb54_bc8dc70e;
})();

export const Checkboxinput_input_5c164fdd42a185a0e44df9a464f07180_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_5c164fdd42a185a0e44df9a464f07180_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("am"), name:"lang_am", type:"checkbox" }))},)
    )
});
Checkboxinput_input_5c164fdd42a185a0e44df9a464f07180_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_5c164fdd42a185a0e44df9a464f07180_bc8dc70e;
})();

export const Checkboxinput_input_d0c746d3ffe13077cf7535409fea1653_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_d0c746d3ffe13077cf7535409fea1653_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ha"), name:"lang_ha", type:"checkbox" }))},)
    )
});
Checkboxinput_input_d0c746d3ffe13077cf7535409fea1653_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_d0c746d3ffe13077cf7535409fea1653_bc8dc70e;
})();

export const Checkboxinput_input_983f53ced4555f2e4d905c72f2d2bb93_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_983f53ced4555f2e4d905c72f2d2bb93_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("id"), name:"lang_id", type:"checkbox" }))},)
    )
});
Checkboxinput_input_983f53ced4555f2e4d905c72f2d2bb93_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_983f53ced4555f2e4d905c72f2d2bb93_bc8dc70e;
})();

export const Checkboxinput_input_46183c46916f7d14235e135a63c6bbf0_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_46183c46916f7d14235e135a63c6bbf0_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("vi"), name:"lang_vi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_46183c46916f7d14235e135a63c6bbf0_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_46183c46916f7d14235e135a63c6bbf0_bc8dc70e;
})();

export const Checkboxinput_input_f6d018ecef3295bf5b7d0b2548b17d99_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_f6d018ecef3295bf5b7d0b2548b17d99_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("tl"), name:"lang_tl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_f6d018ecef3295bf5b7d0b2548b17d99_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_f6d018ecef3295bf5b7d0b2548b17d99_bc8dc70e;
})();

export const Checkboxinput_input_123e4461254f598a9d806a12fc3bf00c_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_123e4461254f598a9d806a12fc3bf00c_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("th"), name:"lang_th", type:"checkbox" }))},)
    )
});
Checkboxinput_input_123e4461254f598a9d806a12fc3bf00c_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_123e4461254f598a9d806a12fc3bf00c_bc8dc70e;
})();

export const Checkboxinput_input_fd53f49ff553f9173a56e83889a3f154_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_fd53f49ff553f9173a56e83889a3f154_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ja"), name:"lang_ja", type:"checkbox" }))},)
    )
});
Checkboxinput_input_fd53f49ff553f9173a56e83889a3f154_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_fd53f49ff553f9173a56e83889a3f154_bc8dc70e;
})();

export const Checkboxinput_input_48fb6dce257568e72accd43c2be25333_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_48fb6dce257568e72accd43c2be25333_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.languages_rx_state_.includes("ko"), name:"lang_ko", type:"checkbox" }))},)
    )
});
Checkboxinput_input_48fb6dce257568e72accd43c2be25333_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_48fb6dce257568e72accd43c2be25333_bc8dc70e;
})();

export const Bare_comp_66c9a5acc62c0963fb3bb231e4f327f7_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_66c9a5acc62c0963fb3bb231e4f327f7_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["languages"] : "")
    )
});
Bare_comp_66c9a5acc62c0963fb3bb231e4f327f7_bc8dc70e.displayName = "Bare";
return Bare_comp_66c9a5acc62c0963fb3bb231e4f327f7_bc8dc70e;
})();

export const Cond_comp_d8d9f097e30af9682e539efa1d73d9a5_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_d8d9f097e30af9682e539efa1d73d9a5_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["languages"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d8d9f097e30af9682e539efa1d73d9a5_bc8dc70e.displayName = "Cond";
return Cond_comp_d8d9f097e30af9682e539efa1d73d9a5_bc8dc70e;
})();

export const Textfieldroot_textfield__root_5d7ee1fbaa822ee007ca1c6542dad970_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_5d7ee1fbaa822ee007ca1c6542dad970_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_can_help = useRef(null); refs["ref_field_can_help"] = ref_field_can_help;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-can_help-hint field-can_help-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.can_help_rx_state_, id:"field-can_help", name:"can_help", ref:ref_field_can_help, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_5d7ee1fbaa822ee007ca1c6542dad970_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_5d7ee1fbaa822ee007ca1c6542dad970_bc8dc70e;
})();

export const Bare_comp_6715071cad62955d6d5604fdfdcd84e8_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_6715071cad62955d6d5604fdfdcd84e8_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"] : "")
    )
});
Bare_comp_6715071cad62955d6d5604fdfdcd84e8_bc8dc70e.displayName = "Bare";
return Bare_comp_6715071cad62955d6d5604fdfdcd84e8_bc8dc70e;
})();

export const Cond_comp_de4e612bc1626d72087b013b43069d6b_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_de4e612bc1626d72087b013b43069d6b_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["can_help"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_de4e612bc1626d72087b013b43069d6b_bc8dc70e.displayName = "Cond";
return Cond_comp_de4e612bc1626d72087b013b43069d6b_bc8dc70e;
})();

export const Textfieldroot_textfield__root_87decc4c49df9ded5d6b07a3a38663a4_bc8dc70e = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_87decc4c49df9ded5d6b07a3a38663a4_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_looking_for = useRef(null); refs["ref_field_looking_for"] = ref_field_looking_for;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-looking_for-hint field-looking_for-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.looking_for_rx_state_, id:"field-looking_for", name:"looking_for", ref:ref_field_looking_for, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_87decc4c49df9ded5d6b07a3a38663a4_bc8dc70e.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_87decc4c49df9ded5d6b07a3a38663a4_bc8dc70e;
})();

export const Bare_comp_d5d085adf866b2d21a42cedca2bf3ae5_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_d5d085adf866b2d21a42cedca2bf3ae5_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"] : "")
    )
});
Bare_comp_d5d085adf866b2d21a42cedca2bf3ae5_bc8dc70e.displayName = "Bare";
return Bare_comp_d5d085adf866b2d21a42cedca2bf3ae5_bc8dc70e;
})();

export const Cond_comp_2d17bf805a6a9590d595512ad343a857_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_2d17bf805a6a9590d595512ad343a857_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["looking_for"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2d17bf805a6a9590d595512ad343a857_bc8dc70e.displayName = "Cond";
return Cond_comp_2d17bf805a6a9590d595512ad343a857_bc8dc70e;
})();

export const Checkboxinput_input_4baed8d0a6fd35602d42ef4e8d98cd4f_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_4baed8d0a6fd35602d42ef4e8d98cd4f_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.focus_interests_rx_state_.includes("practitioner_support"), name:"focus_practitioner_support", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4baed8d0a6fd35602d42ef4e8d98cd4f_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_4baed8d0a6fd35602d42ef4e8d98cd4f_bc8dc70e;
})();

export const Bare_comp_b80e44f03b6ccf082327b7d8a259933c_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_b80e44f03b6ccf082327b7d8a259933c_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (" "+reflex___state____state__cop_app___state___profile____profile_state.focus_names_rx_state_?.["practitioner_support"])
    )
});
Bare_comp_b80e44f03b6ccf082327b7d8a259933c_bc8dc70e.displayName = "Bare";
return Bare_comp_b80e44f03b6ccf082327b7d8a259933c_bc8dc70e;
})();

export const Checkboxinput_input_cbee729cedfc980caca503fdae475759_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_cbee729cedfc980caca503fdae475759_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.focus_interests_rx_state_.includes("business_support"), name:"focus_business_support", type:"checkbox" }))},)
    )
});
Checkboxinput_input_cbee729cedfc980caca503fdae475759_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_cbee729cedfc980caca503fdae475759_bc8dc70e;
})();

export const Bare_comp_806ccb1b7aad8a14470a2afa03c24946_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_806ccb1b7aad8a14470a2afa03c24946_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (" "+reflex___state____state__cop_app___state___profile____profile_state.focus_names_rx_state_?.["business_support"])
    )
});
Bare_comp_806ccb1b7aad8a14470a2afa03c24946_bc8dc70e.displayName = "Bare";
return Bare_comp_806ccb1b7aad8a14470a2afa03c24946_bc8dc70e;
})();

export const Checkboxinput_input_bbac6403859303072bd0dedb450c7a74_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_bbac6403859303072bd0dedb450c7a74_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.focus_interests_rx_state_.includes("learning"), name:"focus_learning", type:"checkbox" }))},)
    )
});
Checkboxinput_input_bbac6403859303072bd0dedb450c7a74_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_bbac6403859303072bd0dedb450c7a74_bc8dc70e;
})();

export const Bare_comp_8dd1dfcdb52167b192e9f95402c94235_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_8dd1dfcdb52167b192e9f95402c94235_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (" "+reflex___state____state__cop_app___state___profile____profile_state.focus_names_rx_state_?.["learning"])
    )
});
Bare_comp_8dd1dfcdb52167b192e9f95402c94235_bc8dc70e.displayName = "Bare";
return Bare_comp_8dd1dfcdb52167b192e9f95402c94235_bc8dc70e;
})();

export const Checkboxinput_input_0a9058462dd029b2dcabad789734b1a8_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_0a9058462dd029b2dcabad789734b1a8_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.focus_interests_rx_state_.includes("innovation"), name:"focus_innovation", type:"checkbox" }))},)
    )
});
Checkboxinput_input_0a9058462dd029b2dcabad789734b1a8_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_0a9058462dd029b2dcabad789734b1a8_bc8dc70e;
})();

export const Bare_comp_31b85dd1cd55f45b69739eae2b891018_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_31b85dd1cd55f45b69739eae2b891018_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (" "+reflex___state____state__cop_app___state___profile____profile_state.focus_names_rx_state_?.["innovation"])
    )
});
Bare_comp_31b85dd1cd55f45b69739eae2b891018_bc8dc70e.displayName = "Bare";
return Bare_comp_31b85dd1cd55f45b69739eae2b891018_bc8dc70e;
})();

export const Checkboxinput_input_5701e8ca9395375193dd5defb3974e91_bc8dc70e = /*#__PURE__*/ (() => {
const Checkboxinput_input_5701e8ca9395375193dd5defb3974e91_bc8dc70e = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___profile____profile_state.focus_interests_rx_state_.includes("coordination"), name:"focus_coordination", type:"checkbox" }))},)
    )
});
Checkboxinput_input_5701e8ca9395375193dd5defb3974e91_bc8dc70e.displayName = "CheckboxInput";
return Checkboxinput_input_5701e8ca9395375193dd5defb3974e91_bc8dc70e;
})();

export const Bare_comp_6cbd7510d3e76f30bb80b010dce8d2d2_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_6cbd7510d3e76f30bb80b010dce8d2d2_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (" "+reflex___state____state__cop_app___state___profile____profile_state.focus_names_rx_state_?.["coordination"])
    )
});
Bare_comp_6cbd7510d3e76f30bb80b010dce8d2d2_bc8dc70e.displayName = "Bare";
return Bare_comp_6cbd7510d3e76f30bb80b010dce8d2d2_bc8dc70e;
})();

export const Bare_comp_86f65e2991aacda9aee314d77818791c_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_86f65e2991aacda9aee314d77818791c_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["focus_interests"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["focus_interests"] : "")
    )
});
Bare_comp_86f65e2991aacda9aee314d77818791c_bc8dc70e.displayName = "Bare";
return Bare_comp_86f65e2991aacda9aee314d77818791c_bc8dc70e;
})();

export const Cond_comp_913dc0e39176b07eba4f91cb83140b67_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_913dc0e39176b07eba4f91cb83140b67_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["focus_interests"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["focus_interests"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_913dc0e39176b07eba4f91cb83140b67_bc8dc70e.displayName = "Cond";
return Cond_comp_913dc0e39176b07eba4f91cb83140b67_bc8dc70e;
})();

export const Textarea_textarea_85b56eff241b2c3becb21c5726363bb2_bc8dc70e = /*#__PURE__*/ (() => {
const Textarea_textarea_85b56eff241b2c3becb21c5726363bb2_bc8dc70e = memo(({children, ...rest}) => {
    const ref_field_bio = useRef(null); refs["ref_field_bio"] = ref_field_bio;
const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-describedby":"field-bio-error", css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___profile____profile_state.bio_rx_state_, id:"field-bio", name:"bio", ref:ref_field_bio, rows:"4" }))},)
    )
});
Textarea_textarea_85b56eff241b2c3becb21c5726363bb2_bc8dc70e.displayName = "TextArea";
return Textarea_textarea_85b56eff241b2c3becb21c5726363bb2_bc8dc70e;
})();

export const Bare_comp_07b027225b06d9c4907840aa0df9202d_bc8dc70e = /*#__PURE__*/ (() => {
const Bare_comp_07b027225b06d9c4907840aa0df9202d_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["bio"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["bio"] : "")
    )
});
Bare_comp_07b027225b06d9c4907840aa0df9202d_bc8dc70e.displayName = "Bare";
return Bare_comp_07b027225b06d9c4907840aa0df9202d_bc8dc70e;
})();

export const Cond_comp_8aafaefa6aff693a54298399ee40f4d3_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_8aafaefa6aff693a54298399ee40f4d3_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["bio"]) ? reflex___state____state__cop_app___state___profile____profile_state.errors_rx_state_?.["bio"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8aafaefa6aff693a54298399ee40f4d3_bc8dc70e.displayName = "Cond";
return Cond_comp_8aafaefa6aff693a54298399ee40f4d3_bc8dc70e;
})();

export const Form_root_ea890367f65241ca2e7ca0d0f35b2cf0_bc8dc70e = /*#__PURE__*/ (() => {
const Form_root_ea890367f65241ca2e7ca0d0f35b2cf0_bc8dc70e = memo(({children, ...rest}) => {
    
    const handleSubmit_cd42bf3893c3cc7ce25076ae77689459 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_display_name"] : getRefValue(refs["ref_field_display_name"]), ["field_organisation"] : getRefValue(refs["ref_field_organisation"]), ["field_org_type"] : getRefValue(refs["ref_field_org_type"]), ["field_discipline"] : getRefValue(refs["ref_field_discipline"]), ["field_region"] : getRefValue(refs["ref_field_region"]), ["field_can_help"] : getRefValue(refs["ref_field_can_help"]), ["field_looking_for"] : getRefValue(refs["ref_field_looking_for"]), ["field_bio"] : getRefValue(refs["ref_field_bio"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___profile____profile_state.save", ({ ["data"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_cd42bf3893c3cc7ce25076ae77689459 }))},children)
    )
});
Form_root_ea890367f65241ca2e7ca0d0f35b2cf0_bc8dc70e.displayName = "Form";
return Form_root_ea890367f65241ca2e7ca0d0f35b2cf0_bc8dc70e;
})();

export const Cond_comp_89677e035af508410dbb4d9c7570766c_bc8dc70e = /*#__PURE__*/ (() => {
const Cond_comp_89677e035af508410dbb4d9c7570766c_bc8dc70e = memo(({children}) => {
    const reflex___state____state__cop_app___state___profile____profile_state = useStateContext("reflex___state____state.cop_app___state___profile____profile_state")
    return(
        (reflex___state____state__cop_app___state___profile____profile_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_89677e035af508410dbb4d9c7570766c_bc8dc70e.displayName = "Cond";
return Cond_comp_89677e035af508410dbb4d9c7570766c_bc8dc70e;
})();
