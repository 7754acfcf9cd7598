
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Card as RadixThemesCard,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,Tooltip as RadixThemesTooltip} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideLock from "lucide-react/dist/esm/icons/lock.mjs"
import LucideDoorOpen from "lucide-react/dist/esm/icons/door-open.mjs"
import LucideUsers from "lucide-react/dist/esm/icons/users.mjs"
import LucideMessagesSquare from "lucide-react/dist/esm/icons/messages-square.mjs"
import LucideClock from "lucide-react/dist/esm/icons/clock.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect} from "react"
import {addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_ae10df99 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_ae10df99 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_ae10df99.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_ae10df99;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_ae10df99 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_ae10df99.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_ae10df99;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_ae10df99 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_ae10df99 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_ae10df99.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_ae10df99;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_ae10df99 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_ae10df99 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_ae10df99.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_ae10df99;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae10df99 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae10df99 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae10df99.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae10df99;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_ae10df99.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_ae10df99;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_ae10df99 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_ae10df99 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_ae10df99.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_ae10df99;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_ae10df99.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_ae10df99;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_ae10df99 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_ae10df99.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_ae10df99;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_ae10df99 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_ae10df99 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_ae10df99.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_ae10df99;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_ae10df99.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_ae10df99;
})();

export const Foreach_comp_5c29198afcf77be772b7d5c97b3784e4_ae10df99 = /*#__PURE__*/ (() => {
const Foreach_comp_5c29198afcf77be772b7d5c97b3784e4_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___home____home_state.mine_rx_state_ ?? [],((item_rx_state_,index_29c158a662b123b6b61dfb4d04019d1a)=>(jsx("li",{key:index_29c158a662b123b6b61dfb4d04019d1a},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,weight:"medium"},jsx(ReactRouterLink,{to:("/c/"+item_rx_state_?.["slug"])},item_rx_state_?.["name"]))," ",jsx(Fragment,{},(() => {
  switch (JSON.stringify(item_rx_state_?.["status"])) {
    case JSON.stringify("active"):
      return jsx(RadixThemesBadge,{color:"green",highContrast:true},"Member");
      break;
    case JSON.stringify("pending"):
      return jsx(RadixThemesBadge,{color:"amber",highContrast:true},"Request waiting for a lead");
      break;
    default:
      return jsx(RadixThemesBadge,{color:"gray",highContrast:true},"Request declined");
      break;
  }
})())))))
    )
});
Foreach_comp_5c29198afcf77be772b7d5c97b3784e4_ae10df99.displayName = "Foreach";
return Foreach_comp_5c29198afcf77be772b7d5c97b3784e4_ae10df99;
})();

export const Cond_comp_483d53b53e05b2abcf1dfbcf894c567e_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_483d53b53e05b2abcf1dfbcf894c567e_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        ((reflex___state____state__cop_app___state___home____home_state.mine_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_483d53b53e05b2abcf1dfbcf894c567e_ae10df99.displayName = "Cond";
return Cond_comp_483d53b53e05b2abcf1dfbcf894c567e_ae10df99;
})();

export const Cond_comp_6edcf7de97159c39bdda4e83bf3f0ea8_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_6edcf7de97159c39bdda4e83bf3f0ea8_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        (reflex___state____state__cop_app___state___home____home_state.onboarding_unfinished_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6edcf7de97159c39bdda4e83bf3f0ea8_ae10df99.displayName = "Cond";
return Cond_comp_6edcf7de97159c39bdda4e83bf3f0ea8_ae10df99;
})();

export const Cond_comp_1eed4a71c1cc7998288af595430ead06_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_1eed4a71c1cc7998288af595430ead06_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        (reflex___state____state__cop_app___state___home____home_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1eed4a71c1cc7998288af595430ead06_ae10df99.displayName = "Cond";
return Cond_comp_1eed4a71c1cc7998288af595430ead06_ae10df99;
})();

export const Foreach_comp_f19a3082fdbfc585d4dcb6b0fe31bd65_ae10df99 = /*#__PURE__*/ (() => {
const Foreach_comp_f19a3082fdbfc585d4dcb6b0fe31bd65_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___home____home_state.cards_rx_state_ ?? [],((card_rx_state_,index_2b2afea4bd1952db9a1d6aca8b3214d6)=>(jsx(RadixThemesLink,{"aria-label":card_rx_state_?.["name"],asChild:true,css:({ ["color"] : "inherit", ["height"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),key:index_2b2afea4bd1952db9a1d6aca8b3214d6,underline:"none"},jsx(ReactRouterLink,{to:("/c/"+card_rx_state_?.["slug"])},jsx(RadixThemesCard,{className:"community-card",css:({ ["height"] : "100%" }),size:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["height"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:"4"},card_rx_state_?.["name"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(card_rx_state_?.["selective"]?(jsx(Fragment,{},jsx(RadixThemesTooltip,{content:"Join requests are reviewed by the leads"},jsx(RadixThemesBadge,{color:"gray"},jsx(LucideLock,{size:12},),"Selective")))):(jsx(Fragment,{},jsx(RadixThemesTooltip,{content:"Anyone can join"},jsx(RadixThemesBadge,{color:"green",highContrast:true},jsx(LucideDoorOpen,{size:12},),"Open"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},card_rx_state_?.["tagline"]),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"1",wrap:"wrap"},Array.prototype.map.call(card_rx_state_?.["focus"] ?? [],((badge_rx_state_,index_60dd43d1a7dc2db29fce3d3e968a78a8)=>(jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(badge_rx_state_?.["code"])) {case JSON.stringify("practitioner_support"):  return ("teal");  break;case JSON.stringify("business_support"):  return ("amber");  break;case JSON.stringify("learning"):  return ("blue");  break;case JSON.stringify("innovation"):  return ("purple");  break;case JSON.stringify("coordination"):  return ("crimson");  break;default:  return ("gray");  break;};})(),highContrast:true,key:index_60dd43d1a7dc2db29fce3d3e968a78a8,radius:"full",variant:(badge_rx_state_?.["primary"] ? "solid" : "outline")},badge_rx_state_?.["name"]))))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"4",wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUsers,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},((card_rx_state_?.["member_count"]+" ")+"members"))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideMessagesSquare,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},((card_rx_state_?.["thread_count"]+" ")+"threads"))),jsx(Fragment,{},(!((card_rx_state_?.["last_activity"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideClock,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},card_rx_state_?.["last_activity"])))):(jsx(Fragment,{},))))))))))))
    )
});
Foreach_comp_f19a3082fdbfc585d4dcb6b0fe31bd65_ae10df99.displayName = "Foreach";
return Foreach_comp_f19a3082fdbfc585d4dcb6b0fe31bd65_ae10df99;
})();

export const Cond_comp_c28209cd9dd202c61e708a5c43838071_ae10df99 = /*#__PURE__*/ (() => {
const Cond_comp_c28209cd9dd202c61e708a5c43838071_ae10df99 = memo(({children}) => {
    const reflex___state____state__cop_app___state___home____home_state = useStateContext("reflex___state____state.cop_app___state___home____home_state")
    return(
        ((reflex___state____state__cop_app___state___home____home_state.cards_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c28209cd9dd202c61e708a5c43838071_ae10df99.displayName = "Cond";
return Cond_comp_c28209cd9dd202c61e708a5c43838071_ae10df99;
})();
