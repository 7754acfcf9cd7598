
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Blockquote as RadixThemesBlockquote,Button as RadixThemesButton,Card as RadixThemesCard,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_16198c2f = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_16198c2f = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_16198c2f.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_16198c2f;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_16198c2f.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_16198c2f;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_16198c2f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_16198c2f = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_16198c2f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_16198c2f;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_16198c2f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_16198c2f = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_16198c2f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_16198c2f;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_16198c2f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_16198c2f = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_16198c2f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_16198c2f;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_16198c2f.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_16198c2f;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_16198c2f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_16198c2f = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_16198c2f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_16198c2f;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_16198c2f.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_16198c2f;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_16198c2f.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_16198c2f;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_16198c2f = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_16198c2f = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_16198c2f.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_16198c2f;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_16198c2f.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_16198c2f;
})();

export const Bare_comp_ccaed5b4f847bdaa05ad9ba7a080b3d7_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_ccaed5b4f847bdaa05ad9ba7a080b3d7_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        ("Member accounts: "+reflex___state____state__cop_app___state___admin____admin_state.accounts_rx_state_)
    )
});
Bare_comp_ccaed5b4f847bdaa05ad9ba7a080b3d7_16198c2f.displayName = "Bare";
return Bare_comp_ccaed5b4f847bdaa05ad9ba7a080b3d7_16198c2f;
})();

export const Foreach_comp_c5c9ddc6fed22a90c65544fdd847fcb4_16198c2f = /*#__PURE__*/ (() => {
const Foreach_comp_c5c9ddc6fed22a90c65544fdd847fcb4_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___admin____admin_state.communities_rx_state_ ?? [],((row_rx_state_,index_593e1df2cf1d4f7c51cb80038d2c8204)=>(jsx(RadixThemesTable.Row,{key:index_593e1df2cf1d4f7c51cb80038d2c8204},jsx(RadixThemesTable.RowHeaderCell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true},jsx(ReactRouterLink,{to:("/c/"+row_rx_state_?.["slug"])},row_rx_state_?.["name"])),jsx(Fragment,{},(row_rx_state_?.["archived"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["marginLeft"] : "0.5rem" })},"Archived"))):(jsx(Fragment,{},))))),jsx(RadixThemesTable.Cell,{},((row_rx_state_?.["openness"]?.valueOf?.() === "selective"?.valueOf?.()) ? "Selective" : "Open")),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["members"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["threads"]),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(!((row_rx_state_?.["pending"]?.valueOf?.() === "0"?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true},jsx(ReactRouterLink,{to:(("/c/"+row_rx_state_?.["slug"])+"/requests")},row_rx_state_?.["pending"])))):(jsx(Fragment,{},row_rx_state_?.["pending"]))))),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["created"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesLink,{"aria-label":("Configure "+row_rx_state_?.["name"]),asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true},jsx(ReactRouterLink,{to:("/admin/communities/"+row_rx_state_?.["slug"])},"Configure")))))))
    )
});
Foreach_comp_c5c9ddc6fed22a90c65544fdd847fcb4_16198c2f.displayName = "Foreach";
return Foreach_comp_c5c9ddc6fed22a90c65544fdd847fcb4_16198c2f;
})();

export const Textfieldroot_textfield__root_4ac599d97399434bc7b93005c7792143_16198c2f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_4ac599d97399434bc7b93005c7792143_16198c2f = memo(({children, ...rest}) => {
    const ref_field_new_name = useRef(null); refs["ref_field_new_name"] = ref_field_new_name;
const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-new_name-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-new_name", name:"new_name", ref:ref_field_new_name, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_4ac599d97399434bc7b93005c7792143_16198c2f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_4ac599d97399434bc7b93005c7792143_16198c2f;
})();

export const Bare_comp_d01562ae6916b8c8eea62a23aa248d0f_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_d01562ae6916b8c8eea62a23aa248d0f_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"] : "")
    )
});
Bare_comp_d01562ae6916b8c8eea62a23aa248d0f_16198c2f.displayName = "Bare";
return Bare_comp_d01562ae6916b8c8eea62a23aa248d0f_16198c2f;
})();

export const Cond_comp_e15f77855994b9bd54cdf8102dd1f553_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_e15f77855994b9bd54cdf8102dd1f553_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e15f77855994b9bd54cdf8102dd1f553_16198c2f.displayName = "Cond";
return Cond_comp_e15f77855994b9bd54cdf8102dd1f553_16198c2f;
})();

export const Textfieldroot_textfield__root_81f1d035d9d471f4381e3dee9a758d97_16198c2f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_81f1d035d9d471f4381e3dee9a758d97_16198c2f = memo(({children, ...rest}) => {
    const ref_field_new_slug = useRef(null); refs["ref_field_new_slug"] = ref_field_new_slug;
const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-new_slug-hint field-new_slug-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-new_slug", name:"new_slug", ref:ref_field_new_slug, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_81f1d035d9d471f4381e3dee9a758d97_16198c2f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_81f1d035d9d471f4381e3dee9a758d97_16198c2f;
})();

export const Bare_comp_9d739a223532dd40ff5367a71627ee47_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_9d739a223532dd40ff5367a71627ee47_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"] : "")
    )
});
Bare_comp_9d739a223532dd40ff5367a71627ee47_16198c2f.displayName = "Bare";
return Bare_comp_9d739a223532dd40ff5367a71627ee47_16198c2f;
})();

export const Cond_comp_a1b841db2fd5faeb73ba4d31dd532f40_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_a1b841db2fd5faeb73ba4d31dd532f40_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_slug"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a1b841db2fd5faeb73ba4d31dd532f40_16198c2f.displayName = "Cond";
return Cond_comp_a1b841db2fd5faeb73ba4d31dd532f40_16198c2f;
})();

export const Textfieldroot_textfield__root_ead776cc27fa0aed339a00477a397dd7_16198c2f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_ead776cc27fa0aed339a00477a397dd7_16198c2f = memo(({children, ...rest}) => {
    const ref_field_new_tagline = useRef(null); refs["ref_field_new_tagline"] = ref_field_new_tagline;
const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-new_tagline-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-new_tagline", maxLength:200, name:"new_tagline", ref:ref_field_new_tagline, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_ead776cc27fa0aed339a00477a397dd7_16198c2f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_ead776cc27fa0aed339a00477a397dd7_16198c2f;
})();

export const Bare_comp_926c51ccac751a5ac6da766ad9a269c5_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_926c51ccac751a5ac6da766ad9a269c5_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"] : "")
    )
});
Bare_comp_926c51ccac751a5ac6da766ad9a269c5_16198c2f.displayName = "Bare";
return Bare_comp_926c51ccac751a5ac6da766ad9a269c5_16198c2f;
})();

export const Cond_comp_fce0e94486fddc936cb91068839dc514_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_fce0e94486fddc936cb91068839dc514_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_tagline"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fce0e94486fddc936cb91068839dc514_16198c2f.displayName = "Cond";
return Cond_comp_fce0e94486fddc936cb91068839dc514_16198c2f;
})();

export const Bare_comp_9e0153ebe703c3daeb83b97cf7192310_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_9e0153ebe703c3daeb83b97cf7192310_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_openness"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_openness"] : "")
    )
});
Bare_comp_9e0153ebe703c3daeb83b97cf7192310_16198c2f.displayName = "Bare";
return Bare_comp_9e0153ebe703c3daeb83b97cf7192310_16198c2f;
})();

export const Cond_comp_fedfad59e8de82c3992afc48047e1722_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_fedfad59e8de82c3992afc48047e1722_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_openness"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_openness"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fedfad59e8de82c3992afc48047e1722_16198c2f.displayName = "Cond";
return Cond_comp_fedfad59e8de82c3992afc48047e1722_16198c2f;
})();

export const Foreach_comp_bf02f3c3b9f569cb8eb49911c43f1796_16198c2f = /*#__PURE__*/ (() => {
const Foreach_comp_bf02f3c3b9f569cb8eb49911c43f1796_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___admin____admin_state.areas_rx_state_ ?? [],((area_rx_state_,index_89495575b69b7a5463e020d6b2d14fd8)=>(jsx("label",{className:"check-option",key:index_89495575b69b7a5463e020d6b2d14fd8},jsx("input",{name:("primary_"+area_rx_state_?.["code"]),type:"checkbox"},),(" "+area_rx_state_?.["name"])))))
    )
});
Foreach_comp_bf02f3c3b9f569cb8eb49911c43f1796_16198c2f.displayName = "Foreach";
return Foreach_comp_bf02f3c3b9f569cb8eb49911c43f1796_16198c2f;
})();

export const Bare_comp_160902e856fab81cd0750d62f660add9_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_160902e856fab81cd0750d62f660add9_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_primary"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_primary"] : "")
    )
});
Bare_comp_160902e856fab81cd0750d62f660add9_16198c2f.displayName = "Bare";
return Bare_comp_160902e856fab81cd0750d62f660add9_16198c2f;
})();

export const Cond_comp_f8f7385220c784436e15a68d22a914ee_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_f8f7385220c784436e15a68d22a914ee_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_primary"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_primary"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f8f7385220c784436e15a68d22a914ee_16198c2f.displayName = "Cond";
return Cond_comp_f8f7385220c784436e15a68d22a914ee_16198c2f;
})();

export const Textfieldroot_textfield__root_2fac8602ba460c447aad0297dbf03fc9_16198c2f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_2fac8602ba460c447aad0297dbf03fc9_16198c2f = memo(({children, ...rest}) => {
    const ref_field_new_lead = useRef(null); refs["ref_field_new_lead"] = ref_field_new_lead;
const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-new_lead-hint field-new_lead-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-new_lead", name:"new_lead", ref:ref_field_new_lead, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_2fac8602ba460c447aad0297dbf03fc9_16198c2f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_2fac8602ba460c447aad0297dbf03fc9_16198c2f;
})();

export const Bare_comp_de7faad12547025b810840da725205c3_16198c2f = /*#__PURE__*/ (() => {
const Bare_comp_de7faad12547025b810840da725205c3_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"] : "")
    )
});
Bare_comp_de7faad12547025b810840da725205c3_16198c2f.displayName = "Bare";
return Bare_comp_de7faad12547025b810840da725205c3_16198c2f;
})();

export const Cond_comp_b2c416f8a8735ede883c82ae587a3c23_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_b2c416f8a8735ede883c82ae587a3c23_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"]) ? reflex___state____state__cop_app___state___admin____admin_state.errors_rx_state_?.["new_lead"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b2c416f8a8735ede883c82ae587a3c23_16198c2f.displayName = "Cond";
return Cond_comp_b2c416f8a8735ede883c82ae587a3c23_16198c2f;
})();

export const Form_root_19aaf4cddb62bd5beb3fd9ad7f663510_16198c2f = /*#__PURE__*/ (() => {
const Form_root_19aaf4cddb62bd5beb3fd9ad7f663510_16198c2f = memo(({children, ...rest}) => {
    
    const handleSubmit_78dfe5eccd1197cc4d6eb28020f8e2b0 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_new_name"] : getRefValue(refs["ref_field_new_name"]), ["field_new_slug"] : getRefValue(refs["ref_field_new_slug"]), ["field_new_tagline"] : getRefValue(refs["ref_field_new_tagline"]), ["field_new_lead"] : getRefValue(refs["ref_field_new_lead"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___admin____admin_state.create_community", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ "aria-labelledby":"create-heading", className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_78dfe5eccd1197cc4d6eb28020f8e2b0 }))},children)
    )
});
Form_root_19aaf4cddb62bd5beb3fd9ad7f663510_16198c2f.displayName = "Form";
return Form_root_19aaf4cddb62bd5beb3fd9ad7f663510_16198c2f;
})();

export const Cond_comp_b6cc4294ae816478c9042e5501d74433_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_b6cc4294ae816478c9042e5501d74433_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____admin_state = useStateContext("reflex___state____state.cop_app___state___admin____admin_state")
    return(
        (reflex___state____state__cop_app___state___admin____admin_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6cc4294ae816478c9042e5501d74433_16198c2f.displayName = "Cond";
return Cond_comp_b6cc4294ae816478c9042e5501d74433_16198c2f;
})();

export const Link_link_fc36d8c08c55dc3566a3b4142ea9a4e1_16198c2f = /*#__PURE__*/ (() => {
const Link_link_fc36d8c08c55dc3566a3b4142ea9a4e1_16198c2f = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___admin____join_requests_state = useStateContext("reflex___state____state.cop_app___state___admin____join_requests_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___admin____join_requests_state.community_slug_rx_state_)},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),reflex___state____state__cop_app___state___admin____join_requests_state.community_name_rx_state_)))
    )
});
Link_link_fc36d8c08c55dc3566a3b4142ea9a4e1_16198c2f.displayName = "Link";
return Link_link_fc36d8c08c55dc3566a3b4142ea9a4e1_16198c2f;
})();

export const Foreach_comp_1968bca7d446d86966bade8ab88a8308_16198c2f = /*#__PURE__*/ (() => {
const Foreach_comp_1968bca7d446d86966bade8ab88a8308_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____join_requests_state = useStateContext("reflex___state____state.cop_app___state___admin____join_requests_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___admin____join_requests_state.requests_rx_state_ ?? [],((req_rx_state_,index_e68293c75d1e0885bb24fca05c8167ff)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),key:index_e68293c75d1e0885bb24fca05c8167ff},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:"4"},req_rx_state_?.["name"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},req_rx_state_?.["requested"])),jsx(Fragment,{},(!((req_rx_state_?.["about"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},req_rx_state_?.["about"]))):(jsx(Fragment,{},)))),jsx(Fragment,{},(!((req_rx_state_?.["can_help"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",size:"2"},("Can help with: "+req_rx_state_?.["can_help"])))):(jsx(Fragment,{},)))),jsx(RadixThemesBlockquote,{size:"2"},req_rx_state_?.["motivation"]),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{"aria-label":("Approve "+req_rx_state_?.["name"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___admin____join_requests_state.decide", ({ ["membership_id"] : req_rx_state_?.["id"], ["approve"] : true }), ({  })))], [_e], ({  }))))},"Approve"),jsx(RadixThemesButton,{"aria-label":("Decline "+req_rx_state_?.["name"]),color:"red",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___admin____join_requests_state.decide", ({ ["membership_id"] : req_rx_state_?.["id"], ["approve"] : false }), ({  })))], [_e], ({  })))),variant:"soft"},"Decline")))))))
    )
});
Foreach_comp_1968bca7d446d86966bade8ab88a8308_16198c2f.displayName = "Foreach";
return Foreach_comp_1968bca7d446d86966bade8ab88a8308_16198c2f;
})();

export const Cond_comp_3120370f46ac33952e1027769f8ebd30_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_3120370f46ac33952e1027769f8ebd30_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____join_requests_state = useStateContext("reflex___state____state.cop_app___state___admin____join_requests_state")
    return(
        ((reflex___state____state__cop_app___state___admin____join_requests_state.requests_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3120370f46ac33952e1027769f8ebd30_16198c2f.displayName = "Cond";
return Cond_comp_3120370f46ac33952e1027769f8ebd30_16198c2f;
})();

export const Cond_comp_33975758c1181f0c3c78729ba198a9cd_16198c2f = /*#__PURE__*/ (() => {
const Cond_comp_33975758c1181f0c3c78729ba198a9cd_16198c2f = memo(({children}) => {
    const reflex___state____state__cop_app___state___admin____join_requests_state = useStateContext("reflex___state____state.cop_app___state___admin____join_requests_state")
    return(
        (reflex___state____state__cop_app___state___admin____join_requests_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_33975758c1181f0c3c78729ba198a9cd_16198c2f.displayName = "Cond";
return Cond_comp_33975758c1181f0c3c78729ba198a9cd_16198c2f;
})();
