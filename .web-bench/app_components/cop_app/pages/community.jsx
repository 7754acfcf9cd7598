
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyOr,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucidePlus from "lucide-react/dist/esm/icons/plus.mjs"
import LucidePin from "lucide-react/dist/esm/icons/pin.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircleHelp from "lucide-react/dist/esm/icons/circle-help.mjs"
import LucideMessageCircle from "lucide-react/dist/esm/icons/message-circle.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import ReactMarkdown from "react-markdown"
import remarkMath from "remark-math"
import remarkGfm from "remark-gfm"
import rehypeKatex from "rehype-katex"
import "katex/dist/katex.min.css"
import rehypeUnwrapImages from "rehype-unwrap-images"
import {PrismAsyncLight as SyntaxHighlighter} from "react-syntax-highlighter"
import oneLight from "react-syntax-highlighter/dist/esm/styles/prism/one-light"
import oneDark from "react-syntax-highlighter/dist/esm/styles/prism/one-dark"




        function ComponentMap_be323a9fc62b2edaf3c6658862475cb9 () {
            const { resolvedColorMode } = useContext(ColorModeContext)
            return (
                ({ ["h1"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"6",...props},children))), ["h2"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h2",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"5",...props},children))), ["h3"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h3",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"4",...props},children))), ["h4"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h4",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"3",...props},children))), ["h5"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h5",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"2",...props},children))), ["h6"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h6",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"1",...props},children))), ["p"] : (({node, children, ...props}) => (jsx(RadixThemesText,{as:"p",css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),...props},children))), ["ul"] : (({node, children, ...props}) => (jsx("ul",{css:({ ["listStyleType"] : "disc", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["ol"] : (({node, children, ...props}) => (jsx("ol",{css:({ ["listStyleType"] : "decimal", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["li"] : (({node, children, ...props}) => (jsx("li",{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),...props},children))), ["a"] : (({node, children, ...props}) => (jsx(RadixThemesLink,{css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,href:"#",rel:"nofollow noopener noreferrer",target:"_blank",...props},children))), ["code"] : (({node, children, ...props}) => (jsx(RadixThemesCode,{...props},children))), ["pre"] : (({node, ...rest}) => { const {node: childNode, className, children: components, ...props} = rest.children.props; const children = String(Array.isArray(components) ? components.join('\n') : components).replace(/\n$/, ''); const match = (className || '').match(/language-(?<lang>.*)/); let _language = match ? match[1] : ''; ;             return jsx(SyntaxHighlighter,{children:children,codeTagProps:({ ["style"] : ({ ["whiteSpace"] : "pre-wrap" }) }),css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),customStyle:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),language:_language,style:((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.()) ? oneLight : oneDark),wrapLongLines:true,...props},);         }) })
            )
        }
        




export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c880020c = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c880020c.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c880020c;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c880020c.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c880020c;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c880020c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c880020c = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c880020c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c880020c;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c880020c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c880020c = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c880020c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c880020c;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c880020c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c880020c = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c880020c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c880020c;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_c880020c.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_c880020c;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c880020c = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c880020c = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c880020c.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c880020c;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c880020c.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c880020c;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c880020c.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c880020c;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c880020c = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c880020c = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c880020c.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c880020c;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_c880020c.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_c880020c;
})();

export const Bare_comp_75bc2b2c82f4bc4b3dfdff17fbf422d0_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_75bc2b2c82f4bc4b3dfdff17fbf422d0_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["name"]
    )
});
Bare_comp_75bc2b2c82f4bc4b3dfdff17fbf422d0_c880020c.displayName = "Bare";
return Bare_comp_75bc2b2c82f4bc4b3dfdff17fbf422d0_c880020c;
})();

export const Cond_comp_3028fccf5ee4a434dcd8053548d4a489_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_3028fccf5ee4a434dcd8053548d4a489_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["selective"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3028fccf5ee4a434dcd8053548d4a489_c880020c.displayName = "Cond";
return Cond_comp_3028fccf5ee4a434dcd8053548d4a489_c880020c;
})();

export const Bare_comp_dd93f6ec8e859de01f31c90341d828ab_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_dd93f6ec8e859de01f31c90341d828ab_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["tagline"]
    )
});
Bare_comp_dd93f6ec8e859de01f31c90341d828ab_c880020c.displayName = "Bare";
return Bare_comp_dd93f6ec8e859de01f31c90341d828ab_c880020c;
})();

export const Cond_comp_6019cc48850a4418f2030a03d83a06cc_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_6019cc48850a4418f2030a03d83a06cc_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["archived"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6019cc48850a4418f2030a03d83a06cc_c880020c.displayName = "Cond";
return Cond_comp_6019cc48850a4418f2030a03d83a06cc_c880020c;
})();

export const Foreach_comp_268aa256788b2c2098e556581bbbff24_c880020c = /*#__PURE__*/ (() => {
const Foreach_comp_268aa256788b2c2098e556581bbbff24_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["focus"] ?? [],((badge_rx_state_,index_60dd43d1a7dc2db29fce3d3e968a78a8)=>(jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(badge_rx_state_?.["code"])) {case JSON.stringify("practitioner_support"):  return ("teal");  break;case JSON.stringify("business_support"):  return ("amber");  break;case JSON.stringify("learning"):  return ("blue");  break;case JSON.stringify("innovation"):  return ("purple");  break;case JSON.stringify("coordination"):  return ("crimson");  break;default:  return ("gray");  break;};})(),highContrast:true,key:index_60dd43d1a7dc2db29fce3d3e968a78a8,radius:"full",variant:(badge_rx_state_?.["primary"] ? "solid" : "outline")},badge_rx_state_?.["name"]))))
    )
});
Foreach_comp_268aa256788b2c2098e556581bbbff24_c880020c.displayName = "Foreach";
return Foreach_comp_268aa256788b2c2098e556581bbbff24_c880020c;
})();

export const Link_link_2549e33cb5989624060f4e288f8673f4_c880020c = /*#__PURE__*/ (() => {
const Link_link_2549e33cb5989624060f4e288f8673f4_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/login?next=/c/"+reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["slug"])},"Sign in to join this community"))
    )
});
Link_link_2549e33cb5989624060f4e288f8673f4_c880020c.displayName = "Link";
return Link_link_2549e33cb5989624060f4e288f8673f4_c880020c;
})();

export const Bare_comp_b96771f7ac9c90023f689972435cf320_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_b96771f7ac9c90023f689972435cf320_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        reflex___state____state__cop_app___state___community____community_state.join_error_rx_state_
    )
});
Bare_comp_b96771f7ac9c90023f689972435cf320_c880020c.displayName = "Bare";
return Bare_comp_b96771f7ac9c90023f689972435cf320_c880020c;
})();

export const Cond_comp_25cdf8440bfa3d431001452745072aa4_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_25cdf8440bfa3d431001452745072aa4_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (!((reflex___state____state__cop_app___state___community____community_state.join_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25cdf8440bfa3d431001452745072aa4_c880020c.displayName = "Cond";
return Cond_comp_25cdf8440bfa3d431001452745072aa4_c880020c;
})();

export const Form_root_3970d15497e1f52ea22243790d55e907_c880020c = /*#__PURE__*/ (() => {
const Form_root_3970d15497e1f52ea22243790d55e907_c880020c = memo(({children, ...rest}) => {
    
    const handleSubmit_ebc0be348270fe03eb2196d00b2d9433 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["join_motivation"] : getRefValue(refs["ref_join_motivation"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.join", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["maxWidth"] : "32rem" }), onSubmit:handleSubmit_ebc0be348270fe03eb2196d00b2d9433 }))},children)
    )
});
Form_root_3970d15497e1f52ea22243790d55e907_c880020c.displayName = "Form";
return Form_root_3970d15497e1f52ea22243790d55e907_c880020c;
})();

export const Button_button_4c3f2c9849933fe3d8974d1ce0732b16_c880020c = /*#__PURE__*/ (() => {
const Button_button_4c3f2c9849933fe3d8974d1ce0732b16_c880020c = memo(({children, ...rest}) => {
    const on_click_61cb7b89203645ccd758d928c71aed19 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.join", ({ ["form"] : ({  }) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_61cb7b89203645ccd758d928c71aed19 }))},children)
    )
});
Button_button_4c3f2c9849933fe3d8974d1ce0732b16_c880020c.displayName = "Button";
return Button_button_4c3f2c9849933fe3d8974d1ce0732b16_c880020c;
})();

export const Match_comp_a75fc41b01d7b6985f8b74a496968e28_c880020c = /*#__PURE__*/ (() => {
const Match_comp_a75fc41b01d7b6985f8b74a496968e28_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__cop_app___state___community____community_state.membership_rx_state_)) {
    case JSON.stringify("active"):
      return children?.at?.(0);
      break;
    case JSON.stringify("pending"):
      return children?.at?.(1);
      break;
    case JSON.stringify("declined"):
      return children?.at?.(2);
      break;
    default:
      return children?.at?.(3);
      break;
  }
})()
    )
});
Match_comp_a75fc41b01d7b6985f8b74a496968e28_c880020c.displayName = "Match";
return Match_comp_a75fc41b01d7b6985f8b74a496968e28_c880020c;
})();

export const Cond_comp_20ead7f299199027e82adb1b47d54b87_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_20ead7f299199027e82adb1b47d54b87_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!(reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_20ead7f299199027e82adb1b47d54b87_c880020c.displayName = "Cond";
return Cond_comp_20ead7f299199027e82adb1b47d54b87_c880020c;
})();

export const Markdown_reactmarkdown_b69a7df76d4361d5491e845fbe5553fb_c880020c = /*#__PURE__*/ (() => {
const Markdown_reactmarkdown_b69a7df76d4361d5491e845fbe5553fb_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx(ReactMarkdown,{...mergeSlotProps(rest, ({ components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(), rehypePlugins:[rehypeKatex, rehypeUnwrapImages], remarkPlugins:[remarkMath, remarkGfm] }))},reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["description"])
    )
});
Markdown_reactmarkdown_b69a7df76d4361d5491e845fbe5553fb_c880020c.displayName = "Markdown";
return Markdown_reactmarkdown_b69a7df76d4361d5491e845fbe5553fb_c880020c;
})();

export const Bare_comp_f863d41c5e7728018b8e2ee2cc0344c3_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_f863d41c5e7728018b8e2ee2cc0344c3_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        ((reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["member_count"]+" ")+"members")
    )
});
Bare_comp_f863d41c5e7728018b8e2ee2cc0344c3_c880020c.displayName = "Bare";
return Bare_comp_f863d41c5e7728018b8e2ee2cc0344c3_c880020c;
})();

export const Bare_comp_9111c2901131fa67746fb0ff72b40e4f_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_9111c2901131fa67746fb0ff72b40e4f_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        ((reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["thread_count"]+" ")+"threads")
    )
});
Bare_comp_9111c2901131fa67746fb0ff72b40e4f_c880020c.displayName = "Bare";
return Bare_comp_9111c2901131fa67746fb0ff72b40e4f_c880020c;
})();

export const Bare_comp_e412657c7095e18e0a8cf7d6e5dc6ebe_c880020c = /*#__PURE__*/ (() => {
const Bare_comp_e412657c7095e18e0a8cf7d6e5dc6ebe_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        ("Languages: "+reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["languages"])
    )
});
Bare_comp_e412657c7095e18e0a8cf7d6e5dc6ebe_c880020c.displayName = "Bare";
return Bare_comp_e412657c7095e18e0a8cf7d6e5dc6ebe_c880020c;
})();

export const Cond_comp_b3bdc03e7596282d8dde193f9bfdc9a5_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_b3bdc03e7596282d8dde193f9bfdc9a5_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (!((reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["languages"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b3bdc03e7596282d8dde193f9bfdc9a5_c880020c.displayName = "Cond";
return Cond_comp_b3bdc03e7596282d8dde193f9bfdc9a5_c880020c;
})();

export const Link_link_f5a1e4927d76e9796e0810e32d57b9b2_c880020c = /*#__PURE__*/ (() => {
const Link_link_f5a1e4927d76e9796e0810e32d57b9b2_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:(("/c/"+reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["slug"])+"/queue")},"Help-desk queue"))
    )
});
Link_link_f5a1e4927d76e9796e0810e32d57b9b2_c880020c.displayName = "Link";
return Link_link_f5a1e4927d76e9796e0810e32d57b9b2_c880020c;
})();

export const Cond_comp_d4992ec8f7105e4c736dd3f82ddcfe42_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_d4992ec8f7105e4c736dd3f82ddcfe42_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.can_moderate_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d4992ec8f7105e4c736dd3f82ddcfe42_c880020c.displayName = "Cond";
return Cond_comp_d4992ec8f7105e4c736dd3f82ddcfe42_c880020c;
})();

export const Link_link_04261182bc6fe13c04bcffac4182eafe_c880020c = /*#__PURE__*/ (() => {
const Link_link_04261182bc6fe13c04bcffac4182eafe_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:(("/c/"+reflex___state____state__cop_app___state___community____community_state.header_rx_state_?.["slug"])+"/new")},jsx(RadixThemesButton,{highContrast:true,size:"2"},jsx(LucidePlus,{size:16},),"New thread")))
    )
});
Link_link_04261182bc6fe13c04bcffac4182eafe_c880020c.displayName = "Link";
return Link_link_04261182bc6fe13c04bcffac4182eafe_c880020c;
})();

export const Cond_comp_27f64b00657697265ac1e6476de6477e_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_27f64b00657697265ac1e6476de6477e_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.can_post_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_27f64b00657697265ac1e6476de6477e_c880020c.displayName = "Cond";
return Cond_comp_27f64b00657697265ac1e6476de6477e_c880020c;
})();

export const Form_root_e779637999603c576779d46dca356838_c880020c = /*#__PURE__*/ (() => {
const Form_root_e779637999603c576779d46dca356838_c880020c = memo(({children, ...rest}) => {
    
    const handleSubmit_ae6ed40826bc7e57f0c37935b8d0cca9 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["search_q"] : getRefValue(refs["ref_search_q"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.search", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ "aria-label":"Search this community", className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae6ed40826bc7e57f0c37935b8d0cca9, role:"search" }))},children)
    )
});
Form_root_e779637999603c576779d46dca356838_c880020c.displayName = "Form";
return Form_root_e779637999603c576779d46dca356838_c880020c;
})();

export const Select_select_4cb336e2d028a25db312a4454390a6af_c880020c = /*#__PURE__*/ (() => {
const Select_select_4cb336e2d028a25db312a4454390a6af_c880020c = memo(({children, ...rest}) => {
    const ref_filter_kind = useRef(null); refs["ref_filter_kind"] = ref_filter_kind;
const on_change_b4aa15c4c871874026b7a57b2dbea9bb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.set_filter", ({ ["name"] : "kind", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ className:"native-select", defaultValue:reflex___state____state__cop_app___state___community____community_state.kind_rx_state_, id:"filter-kind", key:reflex___state____state__cop_app___state___community____community_state.kind_rx_state_, onChange:on_change_b4aa15c4c871874026b7a57b2dbea9bb, ref:ref_filter_kind }))},children)
    )
});
Select_select_4cb336e2d028a25db312a4454390a6af_c880020c.displayName = "Select";
return Select_select_4cb336e2d028a25db312a4454390a6af_c880020c;
})();

export const Foreach_comp_5435f8dc30c90d96fef6d5462daff98d_c880020c = /*#__PURE__*/ (() => {
const Foreach_comp_5435f8dc30c90d96fef6d5462daff98d_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        Array.prototype.map.call(Object.entries(reflex___state____state__cop_app___state___community____community_state.focus_choices_rx_state_ ?? {}) ?? [],((item_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx("option",{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:item_rx_state_?.at?.(0)},item_rx_state_?.at?.(1)))))
    )
});
Foreach_comp_5435f8dc30c90d96fef6d5462daff98d_c880020c.displayName = "Foreach";
return Foreach_comp_5435f8dc30c90d96fef6d5462daff98d_c880020c;
})();

export const Select_select_cd4b78d839396e94b187f0797f279426_c880020c = /*#__PURE__*/ (() => {
const Select_select_cd4b78d839396e94b187f0797f279426_c880020c = memo(({children, ...rest}) => {
    const ref_filter_focus = useRef(null); refs["ref_filter_focus"] = ref_filter_focus;
const on_change_6bc104e58b8e754d7e788071306e8646 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.set_filter", ({ ["name"] : "focus", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ className:"native-select", defaultValue:reflex___state____state__cop_app___state___community____community_state.focus_rx_state_, id:"filter-focus", key:reflex___state____state__cop_app___state___community____community_state.focus_rx_state_, onChange:on_change_6bc104e58b8e754d7e788071306e8646, ref:ref_filter_focus }))},children)
    )
});
Select_select_cd4b78d839396e94b187f0797f279426_c880020c.displayName = "Select";
return Select_select_cd4b78d839396e94b187f0797f279426_c880020c;
})();

export const Select_select_fd6f0d9ee8ba55a157023e1f72f3d280_c880020c = /*#__PURE__*/ (() => {
const Select_select_fd6f0d9ee8ba55a157023e1f72f3d280_c880020c = memo(({children, ...rest}) => {
    const ref_filter_sort = useRef(null); refs["ref_filter_sort"] = ref_filter_sort;
const on_change_2be8136538336b5e3f9457395d1697a7 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.set_filter", ({ ["name"] : "sort", ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ className:"native-select", defaultValue:reflex___state____state__cop_app___state___community____community_state.sort_rx_state_, id:"filter-sort", key:reflex___state____state__cop_app___state___community____community_state.sort_rx_state_, onChange:on_change_2be8136538336b5e3f9457395d1697a7, ref:ref_filter_sort }))},children)
    )
});
Select_select_fd6f0d9ee8ba55a157023e1f72f3d280_c880020c.displayName = "Select";
return Select_select_fd6f0d9ee8ba55a157023e1f72f3d280_c880020c;
})();

export const Checkboxinput_input_18d0c05f834884fd5238366fa8856bd7_c880020c = /*#__PURE__*/ (() => {
const Checkboxinput_input_18d0c05f834884fd5238366fa8856bd7_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
const on_change_6c36237e19ca881c8778bc7836cdc1d0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.set_filter", ({ ["name"] : "unanswered", ["value"] : !(reflex___state____state__cop_app___state___community____community_state.unanswered_rx_state_) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__cop_app___state___community____community_state])
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community____community_state.unanswered_rx_state_, key:(JSON.stringify(reflex___state____state__cop_app___state___community____community_state.unanswered_rx_state_)), onChange:on_change_6c36237e19ca881c8778bc7836cdc1d0, type:"checkbox" }))},)
    )
});
Checkboxinput_input_18d0c05f834884fd5238366fa8856bd7_c880020c.displayName = "CheckboxInput";
return Checkboxinput_input_18d0c05f834884fd5238366fa8856bd7_c880020c;
})();

export const Checkboxinput_input_2ee775508bb1d4383d58178f6877bb0c_c880020c = /*#__PURE__*/ (() => {
const Checkboxinput_input_2ee775508bb1d4383d58178f6877bb0c_c880020c = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
const on_change_e820216906135542fd62b5c6fcaf3d8a = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.set_filter", ({ ["name"] : "mine", ["value"] : !(reflex___state____state__cop_app___state___community____community_state.mine_rx_state_) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__cop_app___state___community____community_state])
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___community____community_state.mine_rx_state_, key:(JSON.stringify(reflex___state____state__cop_app___state___community____community_state.mine_rx_state_)), onChange:on_change_e820216906135542fd62b5c6fcaf3d8a, type:"checkbox" }))},)
    )
});
Checkboxinput_input_2ee775508bb1d4383d58178f6877bb0c_c880020c.displayName = "CheckboxInput";
return Checkboxinput_input_2ee775508bb1d4383d58178f6877bb0c_c880020c;
})();

export const Button_button_57e84a719f1655966f0859cf19331fc7_c880020c = /*#__PURE__*/ (() => {
const Button_button_57e84a719f1655966f0859cf19331fc7_c880020c = memo(({children, ...rest}) => {
    const on_click_34eeedcf12e7dea06863ccd87a9a8255 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.clear_filters", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_34eeedcf12e7dea06863ccd87a9a8255, size:"2", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_57e84a719f1655966f0859cf19331fc7_c880020c.displayName = "Button";
return Button_button_57e84a719f1655966f0859cf19331fc7_c880020c;
})();

export const Cond_comp_f566da8b726f096e5655d6bd336cf333_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_f566da8b726f096e5655d6bd336cf333_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (pyOr(pyOr(pyOr(pyOr(!((reflex___state____state__cop_app___state___community____community_state.kind_rx_state_?.valueOf?.() === ""?.valueOf?.())), () => (!((reflex___state____state__cop_app___state___community____community_state.focus_rx_state_?.valueOf?.() === ""?.valueOf?.())))), () => (reflex___state____state__cop_app___state___community____community_state.unanswered_rx_state_)), () => (reflex___state____state__cop_app___state___community____community_state.mine_rx_state_)), () => (!((reflex___state____state__cop_app___state___community____community_state.sort_rx_state_?.valueOf?.() === "activity"?.valueOf?.()))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f566da8b726f096e5655d6bd336cf333_c880020c.displayName = "Cond";
return Cond_comp_f566da8b726f096e5655d6bd336cf333_c880020c;
})();

export const Form_form_717d514bb4e33351ce068491057fbdfa_c880020c = /*#__PURE__*/ (() => {
const Form_form_717d514bb4e33351ce068491057fbdfa_c880020c = memo(({children, ...rest}) => {
    
    const handleSubmit_d9a380dbf67d1464c625c8f0ed70dc76 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["filter_kind"] : getRefValue(refs["ref_filter_kind"]), ["filter_focus"] : getRefValue(refs["ref_filter_focus"]), ["filter_sort"] : getRefValue(refs["ref_filter_sort"]) }));

        (((...args) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => null), ["callback"] : null }), ({ ["preventDefault"] : true })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx("form",{...mergeSlotProps(rest, ({ "aria-label":"Filter threads", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_d9a380dbf67d1464c625c8f0ed70dc76, role:"search" }))},children)
    )
});
Form_form_717d514bb4e33351ce068491057fbdfa_c880020c.displayName = "Form";
return Form_form_717d514bb4e33351ce068491057fbdfa_c880020c;
})();

export const Foreach_comp_5bb416d44f063651a371f6a306dc41f1_c880020c = /*#__PURE__*/ (() => {
const Foreach_comp_5bb416d44f063651a371f6a306dc41f1_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___community____community_state.threads_rx_state_ ?? [],((row_rx_state_,index_4747953a8329c37e1044ece4fe794b56)=>(jsx("li",{css:({ ["padding"] : "0.9rem 1.1rem", ["borderBottom"] : "1px solid var(--gray-4)", ["listStyle"] : "none" }),key:index_4747953a8329c37e1044ece4fe794b56},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["minWidth"] : "0" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2",wrap:"wrap"},jsx(Fragment,{},(row_rx_state_?.["pinned"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"iris"},jsx(LucidePin,{size:12},),"Pinned"))):(jsx(Fragment,{},)))),jsx(RadixThemesBadge,{color:"gray",variant:"soft"},row_rx_state_?.["kind_label"]),jsx(Fragment,{},(!((row_rx_state_?.["focus_label"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},row_rx_state_?.["focus_label"]))):(jsx(Fragment,{},))))),jsx(RadixThemesLink,{asChild:true,className:"thread-link",css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,size:"3",weight:"medium"},jsx(ReactRouterLink,{to:row_rx_state_?.["url"]},row_rx_state_?.["title"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},((row_rx_state_?.["author"]+" \u00b7 ")+row_rx_state_?.["last_activity"]))),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesFlex,{align:"end",className:"rx-Stack",css:({ ["flexShrink"] : "0" }),direction:"column",gap:"2"},jsx(Fragment,{},(row_rx_state_?.["answered"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true},jsx(LucideCircleCheck,{size:12},),"Answered"))):(jsx(Fragment,{},(row_rx_state_?.["unanswered"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"orange",highContrast:true},jsx(LucideCircleHelp,{size:12},),"Unanswered"))):(jsx(Fragment,{},))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideMessageCircle,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},row_rx_state_?.["replies"],jsx("span",{className:"sr-only"}," replies")))))))))
    )
});
Foreach_comp_5bb416d44f063651a371f6a306dc41f1_c880020c.displayName = "Foreach";
return Foreach_comp_5bb416d44f063651a371f6a306dc41f1_c880020c;
})();

export const Cond_comp_34a68f94fbc65b51d61db6d6d982562c_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_34a68f94fbc65b51d61db6d6d982562c_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        ((reflex___state____state__cop_app___state___community____community_state.threads_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_34a68f94fbc65b51d61db6d6d982562c_c880020c.displayName = "Cond";
return Cond_comp_34a68f94fbc65b51d61db6d6d982562c_c880020c;
})();

export const Button_button_ccb6dccef162372f416275ce65d208a0_c880020c = /*#__PURE__*/ (() => {
const Button_button_ccb6dccef162372f416275ce65d208a0_c880020c = memo(({children, ...rest}) => {
    const on_click_cc6e929cb6dddd4517f39cb381e2899d = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___community____community_state.show_more", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), highContrast:true, onClick:on_click_cc6e929cb6dddd4517f39cb381e2899d, variant:"soft" }))},children)
    )
});
Button_button_ccb6dccef162372f416275ce65d208a0_c880020c.displayName = "Button";
return Button_button_ccb6dccef162372f416275ce65d208a0_c880020c;
})();

export const Cond_comp_a53e7302d8c8df2a2ddc9c53e4c6acc6_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_a53e7302d8c8df2a2ddc9c53e4c6acc6_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (!((reflex___state____state__cop_app___state___community____community_state.next_cursor_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a53e7302d8c8df2a2ddc9c53e4c6acc6_c880020c.displayName = "Cond";
return Cond_comp_a53e7302d8c8df2a2ddc9c53e4c6acc6_c880020c;
})();

export const Cond_comp_323f7808d07859cb8aee18c6fb191558_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_323f7808d07859cb8aee18c6fb191558_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_323f7808d07859cb8aee18c6fb191558_c880020c.displayName = "Cond";
return Cond_comp_323f7808d07859cb8aee18c6fb191558_c880020c;
})();

export const Cond_comp_221ea774e5823a76717e1e51ed240dc4_c880020c = /*#__PURE__*/ (() => {
const Cond_comp_221ea774e5823a76717e1e51ed240dc4_c880020c = memo(({children}) => {
    const reflex___state____state__cop_app___state___community____community_state = useStateContext("reflex___state____state.cop_app___state___community____community_state")
    return(
        (reflex___state____state__cop_app___state___community____community_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_221ea774e5823a76717e1e51ed240dc4_c880020c.displayName = "Cond";
return Cond_comp_221ea774e5823a76717e1e51ed240dc4_c880020c;
})();
