
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Text as RadixThemesText} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideMonitorSmartphone from "lucide-react/dist/esm/icons/monitor-smartphone.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {addEvents} from "$/utils/context"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_eb58f657 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_eb58f657 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_eb58f657.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_eb58f657;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_eb58f657 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_eb58f657.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_eb58f657;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_eb58f657 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_eb58f657 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_eb58f657.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_eb58f657;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_eb58f657 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_eb58f657 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_eb58f657.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_eb58f657;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_eb58f657 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_eb58f657 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_eb58f657.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_eb58f657;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_eb58f657 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_eb58f657.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_eb58f657;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_eb58f657 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_eb58f657 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_eb58f657.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_eb58f657;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_eb58f657 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_eb58f657.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_eb58f657;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_eb58f657 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_eb58f657.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_eb58f657;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_eb58f657 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_eb58f657 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_eb58f657.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_eb58f657;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_eb58f657 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_eb58f657.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_eb58f657;
})();

export const Foreach_comp_0c1ab60cb81fed1e1e9aa1ea213c5353_eb58f657 = /*#__PURE__*/ (() => {
const Foreach_comp_0c1ab60cb81fed1e1e9aa1ea213c5353_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___sessions____sessions_state = useStateContext("reflex___state____state.cop_app___state___sessions____sessions_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___sessions____sessions_state.rows_rx_state_ ?? [],((row_rx_state_,index_1b6a2583dfe491214a327eb67181a85c)=>(jsx("li",{css:({ ["padding"] : "0.9rem 1.1rem", ["borderBottom"] : "1px solid var(--gray-4)", ["listStyle"] : "none" }),key:index_1b6a2583dfe491214a327eb67181a85c},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(LucideMonitorSmartphone,{css:({ ["color"] : "var(--gray-11)" }),size:20},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",weight:"medium"},row_rx_state_?.["device"]),jsx(Fragment,{},(row_rx_state_?.["current"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true},"This browser"))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},((((("Signed in "+row_rx_state_?.["signed_in"])+" \u00b7 ")+"last active")+" ")+row_rx_state_?.["last_seen"]))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesButton,{"aria-label":(row_rx_state_?.["current"] ? "Sign out" : ((("Sign out "+row_rx_state_?.["device"])+" ")+row_rx_state_?.["last_seen"])),color:"red",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___sessions____sessions_state.end", ({ ["session_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),variant:"soft"},(row_rx_state_?.["current"] ? "Sign out" : "Sign out")))))))
    )
});
Foreach_comp_0c1ab60cb81fed1e1e9aa1ea213c5353_eb58f657.displayName = "Foreach";
return Foreach_comp_0c1ab60cb81fed1e1e9aa1ea213c5353_eb58f657;
})();

export const Button_button_dd6c0c5dd69adb4ca97b1d99d0d15923_eb58f657 = /*#__PURE__*/ (() => {
const Button_button_dd6c0c5dd69adb4ca97b1d99d0d15923_eb58f657 = memo(({children, ...rest}) => {
    const on_click_8a7ea0e7740b7bae563e2076bd503443 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___sessions____sessions_state.end_others", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", highContrast:true, onClick:on_click_8a7ea0e7740b7bae563e2076bd503443, variant:"outline" }))},children)
    )
});
Button_button_dd6c0c5dd69adb4ca97b1d99d0d15923_eb58f657.displayName = "Button";
return Button_button_dd6c0c5dd69adb4ca97b1d99d0d15923_eb58f657;
})();

export const Cond_comp_b5e1cb602665c3b995b8a091a86de7f7_eb58f657 = /*#__PURE__*/ (() => {
const Cond_comp_b5e1cb602665c3b995b8a091a86de7f7_eb58f657 = memo(({children}) => {
    const reflex___state____state__cop_app___state___sessions____sessions_state = useStateContext("reflex___state____state.cop_app___state___sessions____sessions_state")
    return(
        (reflex___state____state__cop_app___state___sessions____sessions_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b5e1cb602665c3b995b8a091a86de7f7_eb58f657.displayName = "Cond";
return Cond_comp_b5e1cb602665c3b995b8a091a86de7f7_eb58f657;
})();
