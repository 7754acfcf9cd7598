
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import LucideSearch from "lucide-react/dist/esm/icons/search.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_4582b170 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_4582b170 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_4582b170.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_4582b170;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_4582b170 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_4582b170.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_4582b170;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_4582b170 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_4582b170 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_4582b170.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_4582b170;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_4582b170 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_4582b170 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_4582b170.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_4582b170;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4582b170 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4582b170 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4582b170.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4582b170;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_4582b170.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_4582b170;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_4582b170 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_4582b170 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_4582b170.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_4582b170;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_4582b170.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_4582b170;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_4582b170 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_4582b170.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_4582b170;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_4582b170 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_4582b170 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_4582b170.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_4582b170;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_4582b170.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_4582b170;
})();

export const Link_link_cbaec66738f82cd404adf62fa6c4ae4e_4582b170 = /*#__PURE__*/ (() => {
const Link_link_cbaec66738f82cd404adf62fa6c4ae4e_4582b170 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___search____search_state.community_slug_rx_state_)},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),reflex___state____state__cop_app___state___search____search_state.community_name_rx_state_)))
    )
});
Link_link_cbaec66738f82cd404adf62fa6c4ae4e_4582b170.displayName = "Link";
return Link_link_cbaec66738f82cd404adf62fa6c4ae4e_4582b170;
})();

export const Bare_comp_9e0b5c9a69149d3870038a237667b1be_4582b170 = /*#__PURE__*/ (() => {
const Bare_comp_9e0b5c9a69149d3870038a237667b1be_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        ("Search: "+reflex___state____state__cop_app___state___search____search_state.community_name_rx_state_)
    )
});
Bare_comp_9e0b5c9a69149d3870038a237667b1be_4582b170.displayName = "Bare";
return Bare_comp_9e0b5c9a69149d3870038a237667b1be_4582b170;
})();

export const Textfieldroot_textfield__root_4353472454ac68939a31b924530cb003_4582b170 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_4353472454ac68939a31b924530cb003_4582b170 = memo(({children, ...rest}) => {
    const ref_search_q = useRef(null); refs["ref_search_q"] = ref_search_q;
const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___search____search_state.query_rx_state_, id:"search-q", maxLength:200, name:"q", placeholder:"Search threads and replies, e.g. grievance redress", ref:ref_search_q, size:"3", type:"search" }))},jsx(RadixThemesTextField.Slot,{},jsx(LucideSearch,{size:16},)))
    )
});
Textfieldroot_textfield__root_4353472454ac68939a31b924530cb003_4582b170.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_4353472454ac68939a31b924530cb003_4582b170;
})();

export const Form_root_19b1d42f090889c933d6d7f1d7aa3cd1_4582b170 = /*#__PURE__*/ (() => {
const Form_root_19b1d42f090889c933d6d7f1d7aa3cd1_4582b170 = memo(({children, ...rest}) => {
    
    const handleSubmit_92c94d33c0126b3a5e356f4db52282e7 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["search_q"] : getRefValue(refs["ref_search_q"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___search____search_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ "aria-label":"Search this community", className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_92c94d33c0126b3a5e356f4db52282e7, role:"search" }))},children)
    )
});
Form_root_19b1d42f090889c933d6d7f1d7aa3cd1_4582b170.displayName = "Form";
return Form_root_19b1d42f090889c933d6d7f1d7aa3cd1_4582b170;
})();

export const Bare_comp_4adf649a9ada6d16e58824f852da3568_4582b170 = /*#__PURE__*/ (() => {
const Bare_comp_4adf649a9ada6d16e58824f852da3568_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        ((((((JSON.stringify(reflex___state____state__cop_app___state___search____search_state.hits_rx_state_.length))+" ")+"threads match")+" \u201c")+reflex___state____state__cop_app___state___search____search_state.query_rx_state_)+"\u201d")
    )
});
Bare_comp_4adf649a9ada6d16e58824f852da3568_4582b170.displayName = "Bare";
return Bare_comp_4adf649a9ada6d16e58824f852da3568_4582b170;
})();

export const Foreach_comp_6834adf2c99f87e8c2c5935f352ea3a4_4582b170 = /*#__PURE__*/ (() => {
const Foreach_comp_6834adf2c99f87e8c2c5935f352ea3a4_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___search____search_state.hits_rx_state_ ?? [],((hit_rx_state_,index_2b1d1131a44586131a6bbbb4f6c46fc4)=>(jsx("li",{className:"queue-item",key:index_2b1d1131a44586131a6bbbb4f6c46fc4},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBadge,{color:"gray",variant:"soft"},hit_rx_state_?.["kind_label"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},((hit_rx_state_?.["author"]+" \u00b7 ")+hit_rx_state_?.["when"]))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,size:"3",weight:"medium"},jsx(ReactRouterLink,{to:hit_rx_state_?.["url"]},Array.prototype.map.call(hit_rx_state_?.["title"] ?? [],((segment_rx_state_,index_e1c78b0e9c4806a76b9ca2462af508f3)=>(jsx(Fragment,{key:index_e1c78b0e9c4806a76b9ca2462af508f3},(segment_rx_state_?.["hit"]?(jsx(Fragment,{},jsx("mark",{},segment_rx_state_?.["text"]))):(jsx(Fragment,{},jsx("span",{},segment_rx_state_?.["text"])))))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},Array.prototype.map.call(hit_rx_state_?.["snippet"] ?? [],((segment_rx_state_,index_e1c78b0e9c4806a76b9ca2462af508f3)=>(jsx(Fragment,{key:index_e1c78b0e9c4806a76b9ca2462af508f3},(segment_rx_state_?.["hit"]?(jsx(Fragment,{},jsx("mark",{},segment_rx_state_?.["text"]))):(jsx(Fragment,{},jsx("span",{},segment_rx_state_?.["text"]))))))))))))))
    )
});
Foreach_comp_6834adf2c99f87e8c2c5935f352ea3a4_4582b170.displayName = "Foreach";
return Foreach_comp_6834adf2c99f87e8c2c5935f352ea3a4_4582b170;
})();

export const Bare_comp_c40c1623980fa0015331ea808a6dac74_4582b170 = /*#__PURE__*/ (() => {
const Bare_comp_c40c1623980fa0015331ea808a6dac74_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        (("No thread or reply matches \u201c"+reflex___state____state__cop_app___state___search____search_state.query_rx_state_)+"\u201d.")
    )
});
Bare_comp_c40c1623980fa0015331ea808a6dac74_4582b170.displayName = "Bare";
return Bare_comp_c40c1623980fa0015331ea808a6dac74_4582b170;
})();

export const Cond_comp_0a0e8f1f8d79fcdf59941f6373b4e1e1_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_0a0e8f1f8d79fcdf59941f6373b4e1e1_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        (reflex___state____state__cop_app___state___search____search_state.searched_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0a0e8f1f8d79fcdf59941f6373b4e1e1_4582b170.displayName = "Cond";
return Cond_comp_0a0e8f1f8d79fcdf59941f6373b4e1e1_4582b170;
})();

export const Cond_comp_b7166e3bdbd4849a1876e962849d5e22_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_b7166e3bdbd4849a1876e962849d5e22_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        ((reflex___state____state__cop_app___state___search____search_state.hits_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b7166e3bdbd4849a1876e962849d5e22_4582b170.displayName = "Cond";
return Cond_comp_b7166e3bdbd4849a1876e962849d5e22_4582b170;
})();

export const Cond_comp_749ba2e42bef02d9212c5d0e7a4c810b_4582b170 = /*#__PURE__*/ (() => {
const Cond_comp_749ba2e42bef02d9212c5d0e7a4c810b_4582b170 = memo(({children}) => {
    const reflex___state____state__cop_app___state___search____search_state = useStateContext("reflex___state____state.cop_app___state___search____search_state")
    return(
        (reflex___state____state__cop_app___state___search____search_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_749ba2e42bef02d9212c5d0e7a4c810b_4582b170.displayName = "Cond";
return Cond_comp_749ba2e42bef02d9212c5d0e7a4c810b_4582b170;
})();
