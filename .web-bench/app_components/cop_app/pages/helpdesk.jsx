
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import LucideAlarmClock from "lucide-react/dist/esm/icons/alarm-clock.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_a15c4679 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_a15c4679 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_a15c4679.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_a15c4679;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_a15c4679 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_a15c4679.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_a15c4679;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_a15c4679 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_a15c4679 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_a15c4679.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_a15c4679;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_a15c4679 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_a15c4679 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_a15c4679.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_a15c4679;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a15c4679 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a15c4679 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a15c4679.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a15c4679;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_a15c4679 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_a15c4679.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_a15c4679;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_a15c4679 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_a15c4679 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_a15c4679.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_a15c4679;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_a15c4679 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_a15c4679.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_a15c4679;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_a15c4679 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_a15c4679.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_a15c4679;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_a15c4679 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_a15c4679 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_a15c4679.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_a15c4679;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_a15c4679 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_a15c4679.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_a15c4679;
})();

export const Link_link_563863d591e0a033f54d243624805116_a15c4679 = /*#__PURE__*/ (() => {
const Link_link_563863d591e0a033f54d243624805116_a15c4679 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___helpdesk____helpdesk_state = useStateContext("reflex___state____state.cop_app___state___helpdesk____helpdesk_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___helpdesk____helpdesk_state.community_slug_rx_state_)},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),reflex___state____state__cop_app___state___helpdesk____helpdesk_state.community_name_rx_state_)))
    )
});
Link_link_563863d591e0a033f54d243624805116_a15c4679.displayName = "Link";
return Link_link_563863d591e0a033f54d243624805116_a15c4679;
})();

export const Foreach_comp_1b231dd1ee841fecf3768971239ae50e_a15c4679 = /*#__PURE__*/ (() => {
const Foreach_comp_1b231dd1ee841fecf3768971239ae50e_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___helpdesk____helpdesk_state = useStateContext("reflex___state____state.cop_app___state___helpdesk____helpdesk_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___helpdesk____helpdesk_state.items_rx_state_ ?? [],((item_rx_state_,index_656f18fd7ece89cafb8387a61764b1e3)=>(jsx("li",{className:(item_rx_state_?.["overdue"] ? "queue-item queue-overdue" : "queue-item"),key:index_656f18fd7ece89cafb8387a61764b1e3},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0", ["flex"] : "1" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(Fragment,{},(item_rx_state_?.["overdue"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",highContrast:true,variant:"solid"},jsx(LucideAlarmClock,{size:12},),"Overdue"))):(jsx(Fragment,{},)))),jsx(RadixThemesBadge,{color:"gray",variant:"soft"},item_rx_state_?.["kind_label"]),jsx(Fragment,{},((item_rx_state_?.["urgency"]?.valueOf?.() === "high"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange",highContrast:true},"High urgency"))):(jsx(Fragment,{},))))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,weight:"medium"},jsx(ReactRouterLink,{to:item_rx_state_?.["url"]},item_rx_state_?.["title"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},((((item_rx_state_?.["author"]+" \u00b7 ")+"asked")+" ")+item_rx_state_?.["asked"]))),jsx(RadixThemesFlex,{align:"end",className:"rx-Stack",css:({ ["flexShrink"] : "0" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : (item_rx_state_?.["overdue"] ? "var(--red-11)" : "var(--gray-12)") }),size:"2",weight:"bold"},item_rx_state_?.["due"]),jsx("label",{className:"field-label",htmlFor:("assign-"+(JSON.stringify(item_rx_state_?.["id"])))},"Assigned to"),jsx("select",{className:"native-select",id:("assign-"+(JSON.stringify(item_rx_state_?.["id"]))),onChange:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___helpdesk____helpdesk_state.assign", ({ ["thread_id"] : item_rx_state_?.["id"], ["assignee"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))),value:((item_rx_state_?.["assignee_id"]?.valueOf?.() !== 0?.valueOf?.()) ? (JSON.stringify(item_rx_state_?.["assignee_id"])) : "")},jsx("option",{value:""},"Nobody yet"),Array.prototype.map.call(reflex___state____state__cop_app___state___helpdesk____helpdesk_state.helpers_rx_state_ ?? [],((h_rx_state_,index_6d5659af3f265f200c282a34b32a4adb)=>(jsx("option",{key:index_6d5659af3f265f200c282a34b32a4adb,value:(JSON.stringify(h_rx_state_?.["id"]))},h_rx_state_?.["name"])))))))))))
    )
});
Foreach_comp_1b231dd1ee841fecf3768971239ae50e_a15c4679.displayName = "Foreach";
return Foreach_comp_1b231dd1ee841fecf3768971239ae50e_a15c4679;
})();

export const Cond_comp_037d20cad0f1069b0ef89ea1e90e6a8b_a15c4679 = /*#__PURE__*/ (() => {
const Cond_comp_037d20cad0f1069b0ef89ea1e90e6a8b_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___helpdesk____helpdesk_state = useStateContext("reflex___state____state.cop_app___state___helpdesk____helpdesk_state")
    return(
        ((reflex___state____state__cop_app___state___helpdesk____helpdesk_state.items_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_037d20cad0f1069b0ef89ea1e90e6a8b_a15c4679.displayName = "Cond";
return Cond_comp_037d20cad0f1069b0ef89ea1e90e6a8b_a15c4679;
})();

export const Cond_comp_2c69e0e2d6b3611a55047c5ce4e6fc9f_a15c4679 = /*#__PURE__*/ (() => {
const Cond_comp_2c69e0e2d6b3611a55047c5ce4e6fc9f_a15c4679 = memo(({children}) => {
    const reflex___state____state__cop_app___state___helpdesk____helpdesk_state = useStateContext("reflex___state____state.cop_app___state___helpdesk____helpdesk_state")
    return(
        (reflex___state____state__cop_app___state___helpdesk____helpdesk_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2c69e0e2d6b3611a55047c5ce4e6fc9f_a15c4679.displayName = "Cond";
return Cond_comp_2c69e0e2d6b3611a55047c5ce4e6fc9f_a15c4679;
})();
