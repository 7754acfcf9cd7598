
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,pyAnd,pyStrSlice,refs} from "$/utils/state"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Blockquote as RadixThemesBlockquote,Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,Card as RadixThemesCard,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextArea as RadixThemesTextArea} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideThumbsUp from "lucide-react/dist/esm/icons/thumbs-up.mjs"
import LucideQuote from "lucide-react/dist/esm/icons/quote.mjs"
import LucidePencil from "lucide-react/dist/esm/icons/pencil.mjs"
import LucideTrash2 from "lucide-react/dist/esm/icons/trash-2.mjs"
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
        




export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_7ef790e3 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_7ef790e3.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_7ef790e3;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_7ef790e3.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_7ef790e3;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_7ef790e3 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_7ef790e3.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_7ef790e3;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_7ef790e3 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_7ef790e3.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_7ef790e3;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_7ef790e3 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_7ef790e3.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_7ef790e3;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_7ef790e3.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_7ef790e3;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_7ef790e3 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_7ef790e3.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_7ef790e3;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_7ef790e3.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_7ef790e3;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_7ef790e3.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_7ef790e3;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_7ef790e3 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_7ef790e3.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_7ef790e3;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_7ef790e3.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_7ef790e3;
})();

export const Link_link_b2c01b71b3d12338224053d4ef9e9c53_7ef790e3 = /*#__PURE__*/ (() => {
const Link_link_b2c01b71b3d12338224053d4ef9e9c53_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["community_slug"])},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),("Back to "+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["community_name"]))))
    )
});
Link_link_b2c01b71b3d12338224053d4ef9e9c53_7ef790e3.displayName = "Link";
return Link_link_b2c01b71b3d12338224053d4ef9e9c53_7ef790e3;
})();

export const Bare_comp_2ebaa62628622a33bb8a0d26f6b13cd7_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_2ebaa62628622a33bb8a0d26f6b13cd7_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["kind_label"]
    )
});
Bare_comp_2ebaa62628622a33bb8a0d26f6b13cd7_7ef790e3.displayName = "Bare";
return Bare_comp_2ebaa62628622a33bb8a0d26f6b13cd7_7ef790e3;
})();

export const Bare_comp_c19925f512cf202819030c1665bc1e59_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_c19925f512cf202819030c1665bc1e59_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["focus_label"]
    )
});
Bare_comp_c19925f512cf202819030c1665bc1e59_7ef790e3.displayName = "Bare";
return Bare_comp_c19925f512cf202819030c1665bc1e59_7ef790e3;
})();

export const Cond_comp_e259574a86ff02679bf9dd3048263912_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_e259574a86ff02679bf9dd3048263912_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["focus_label"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e259574a86ff02679bf9dd3048263912_7ef790e3.displayName = "Cond";
return Cond_comp_e259574a86ff02679bf9dd3048263912_7ef790e3;
})();

export const Bare_comp_e4b6255e69902b5b6ea87707ced7e0f7_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_e4b6255e69902b5b6ea87707ced7e0f7_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["status_label"]
    )
});
Bare_comp_e4b6255e69902b5b6ea87707ced7e0f7_7ef790e3.displayName = "Bare";
return Bare_comp_e4b6255e69902b5b6ea87707ced7e0f7_7ef790e3;
})();

export const Cond_comp_029eb742c1493f4e251f54671dcef332_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_029eb742c1493f4e251f54671dcef332_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["answered"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_029eb742c1493f4e251f54671dcef332_7ef790e3.displayName = "Cond";
return Cond_comp_029eb742c1493f4e251f54671dcef332_7ef790e3;
})();

export const Cond_comp_8247a2f9b2b42ebbf5cb07dc21e32f5c_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_8247a2f9b2b42ebbf5cb07dc21e32f5c_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["pinned"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8247a2f9b2b42ebbf5cb07dc21e32f5c_7ef790e3.displayName = "Cond";
return Cond_comp_8247a2f9b2b42ebbf5cb07dc21e32f5c_7ef790e3;
})();

export const Cond_comp_0fee9cd3b545f6bd529080b059cd798e_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_0fee9cd3b545f6bd529080b059cd798e_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["locked"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0fee9cd3b545f6bd529080b059cd798e_7ef790e3.displayName = "Cond";
return Cond_comp_0fee9cd3b545f6bd529080b059cd798e_7ef790e3;
})();

export const Cond_comp_9b8aa93af79b30a8bd61aba316beda3f_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_9b8aa93af79b30a8bd61aba316beda3f_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["hidden"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9b8aa93af79b30a8bd61aba316beda3f_7ef790e3.displayName = "Cond";
return Cond_comp_9b8aa93af79b30a8bd61aba316beda3f_7ef790e3;
})();

export const Foreach_comp_bd812e3375a1ede677da911f9dd41211_7ef790e3 = /*#__PURE__*/ (() => {
const Foreach_comp_bd812e3375a1ede677da911f9dd41211_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["tags"] ?? [],((tag_rx_state_,index_b8290ddb13602f5ab69972933dd19141)=>(jsx(RadixThemesBadge,{highContrast:true,key:index_b8290ddb13602f5ab69972933dd19141,variant:"surface"},("#"+tag_rx_state_)))))
    )
});
Foreach_comp_bd812e3375a1ede677da911f9dd41211_7ef790e3.displayName = "Foreach";
return Foreach_comp_bd812e3375a1ede677da911f9dd41211_7ef790e3;
})();

export const Bare_comp_bd4bc554d2fca6f19e77b71ba15ff3dd_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_bd4bc554d2fca6f19e77b71ba15ff3dd_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["title"]
    )
});
Bare_comp_bd4bc554d2fca6f19e77b71ba15ff3dd_7ef790e3.displayName = "Bare";
return Bare_comp_bd4bc554d2fca6f19e77b71ba15ff3dd_7ef790e3;
})();

export const Bare_comp_35bca454a6f623f238cc4b2348d5a8d2_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_35bca454a6f623f238cc4b2348d5a8d2_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((((((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["author"]+" \u00b7 ")+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["created"])+" \u00b7 ")+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["reply_count"])+" ")+"replies")
    )
});
Bare_comp_35bca454a6f623f238cc4b2348d5a8d2_7ef790e3.displayName = "Bare";
return Bare_comp_35bca454a6f623f238cc4b2348d5a8d2_7ef790e3;
})();

export const Bare_comp_b7356553e2c471b0b22ca0d1d022b4e5_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_b7356553e2c471b0b22ca0d1d022b4e5_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["context"]
    )
});
Bare_comp_b7356553e2c471b0b22ca0d1d022b4e5_7ef790e3.displayName = "Bare";
return Bare_comp_b7356553e2c471b0b22ca0d1d022b4e5_7ef790e3;
})();

export const Cond_comp_dfc9130ac4155df9a8ca8112c45696f7_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_dfc9130ac4155df9a8ca8112c45696f7_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["context"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dfc9130ac4155df9a8ca8112c45696f7_7ef790e3.displayName = "Cond";
return Cond_comp_dfc9130ac4155df9a8ca8112c45696f7_7ef790e3;
})();

export const Bare_comp_4addd79bc3a1a1dd2a30f64ce57edcc3_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_4addd79bc3a1a1dd2a30f64ce57edcc3_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ("First response from another member after "+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["first_response"])
    )
});
Bare_comp_4addd79bc3a1a1dd2a30f64ce57edcc3_7ef790e3.displayName = "Bare";
return Bare_comp_4addd79bc3a1a1dd2a30f64ce57edcc3_7ef790e3;
})();

export const Cond_comp_7f5dae32eea80a6ee74b705ce0765310_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_7f5dae32eea80a6ee74b705ce0765310_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["first_response"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f5dae32eea80a6ee74b705ce0765310_7ef790e3.displayName = "Cond";
return Cond_comp_7f5dae32eea80a6ee74b705ce0765310_7ef790e3;
})();

export const Bare_comp_2378394766c8cd80d6d6b36a8bfdb89b_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_2378394766c8cd80d6d6b36a8bfdb89b_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ("Response target: "+reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["target"])
    )
});
Bare_comp_2378394766c8cd80d6d6b36a8bfdb89b_7ef790e3.displayName = "Bare";
return Bare_comp_2378394766c8cd80d6d6b36a8bfdb89b_7ef790e3;
})();

export const Cond_comp_7bb2aaa4f0635ad81682bf577fbd0f42_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_7bb2aaa4f0635ad81682bf577fbd0f42_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["target"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7bb2aaa4f0635ad81682bf577fbd0f42_7ef790e3.displayName = "Cond";
return Cond_comp_7bb2aaa4f0635ad81682bf577fbd0f42_7ef790e3;
})();

export const Bare_comp_5bab8ac49227a79fe7d38ef59bcccd67_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_5bab8ac49227a79fe7d38ef59bcccd67_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["pinned"] ? "Unpin" : "Pin")
    )
});
Bare_comp_5bab8ac49227a79fe7d38ef59bcccd67_7ef790e3.displayName = "Bare";
return Bare_comp_5bab8ac49227a79fe7d38ef59bcccd67_7ef790e3;
})();

export const Button_button_26d0e0ec759443847dc30a67f753941a_7ef790e3 = /*#__PURE__*/ (() => {
const Button_button_26d0e0ec759443847dc30a67f753941a_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
const on_click_cfc4e04954101571cfc4bd48300fc7c2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.moderate", ({ ["action"] : (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["pinned"] ? "unpin" : "pin") }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__cop_app___state___thread____thread_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_cfc4e04954101571cfc4bd48300fc7c2, size:"1", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_26d0e0ec759443847dc30a67f753941a_7ef790e3.displayName = "Button";
return Button_button_26d0e0ec759443847dc30a67f753941a_7ef790e3;
})();

export const Bare_comp_559723d16b4171b9a36c8a713a6552a6_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_559723d16b4171b9a36c8a713a6552a6_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["locked"] ? "Unlock" : "Lock")
    )
});
Bare_comp_559723d16b4171b9a36c8a713a6552a6_7ef790e3.displayName = "Bare";
return Bare_comp_559723d16b4171b9a36c8a713a6552a6_7ef790e3;
})();

export const Button_button_d83c1471547f11da2656adf0a8022e21_7ef790e3 = /*#__PURE__*/ (() => {
const Button_button_d83c1471547f11da2656adf0a8022e21_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
const on_click_195ed903160889d7ebb57fcc87c5572c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.moderate", ({ ["action"] : (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["locked"] ? "unlock" : "lock") }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__cop_app___state___thread____thread_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_195ed903160889d7ebb57fcc87c5572c, size:"1", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_d83c1471547f11da2656adf0a8022e21_7ef790e3.displayName = "Button";
return Button_button_d83c1471547f11da2656adf0a8022e21_7ef790e3;
})();

export const Bare_comp_ac29cf4c90228fb35f72bf5a74ac63ea_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_ac29cf4c90228fb35f72bf5a74ac63ea_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["hidden"] ? "Unhide" : "Hide")
    )
});
Bare_comp_ac29cf4c90228fb35f72bf5a74ac63ea_7ef790e3.displayName = "Bare";
return Bare_comp_ac29cf4c90228fb35f72bf5a74ac63ea_7ef790e3;
})();

export const Button_button_a95ef45f322b0f2a6446a803a629d8a3_7ef790e3 = /*#__PURE__*/ (() => {
const Button_button_a95ef45f322b0f2a6446a803a629d8a3_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
const on_click_ab90ab20a9a312e55a87f38b6a652eed = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.moderate", ({ ["action"] : (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["hidden"] ? "unhide" : "hide") }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__cop_app___state___thread____thread_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_ab90ab20a9a312e55a87f38b6a652eed, size:"1", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_a95ef45f322b0f2a6446a803a629d8a3_7ef790e3.displayName = "Button";
return Button_button_a95ef45f322b0f2a6446a803a629d8a3_7ef790e3;
})();

export const Foreach_comp_b853f7074b417559d4023f3a792f808c_7ef790e3 = /*#__PURE__*/ (() => {
const Foreach_comp_b853f7074b417559d4023f3a792f808c_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        Array.prototype.map.call(Object.entries(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["move_targets"] ?? {}) ?? [],((kv_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx("option",{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:kv_rx_state_?.at?.(0)},kv_rx_state_?.at?.(1)))))
    )
});
Foreach_comp_b853f7074b417559d4023f3a792f808c_7ef790e3.displayName = "Foreach";
return Foreach_comp_b853f7074b417559d4023f3a792f808c_7ef790e3;
})();

export const Form_root_74fa8b57df77add0fdc66cebfd2278f4_7ef790e3 = /*#__PURE__*/ (() => {
const Form_root_74fa8b57df77add0fdc66cebfd2278f4_7ef790e3 = memo(({children, ...rest}) => {
    
    const handleSubmit_780f7987d992e3cf2e8d7d9d0f5bc15f = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["move_to"] : getRefValue(refs["ref_move_to"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.move", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_780f7987d992e3cf2e8d7d9d0f5bc15f }))},children)
    )
});
Form_root_74fa8b57df77add0fdc66cebfd2278f4_7ef790e3.displayName = "Form";
return Form_root_74fa8b57df77add0fdc66cebfd2278f4_7ef790e3;
})();

export const Cond_comp_65d055767d42415c6b90e43420a8237f_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_65d055767d42415c6b90e43420a8237f_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((Object.keys(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["move_targets"] ?? {}).length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_65d055767d42415c6b90e43420a8237f_7ef790e3.displayName = "Cond";
return Cond_comp_65d055767d42415c6b90e43420a8237f_7ef790e3;
})();

export const Form_root_4efa92a546fec6a849949773e6be137c_7ef790e3 = /*#__PURE__*/ (() => {
const Form_root_4efa92a546fec6a849949773e6be137c_7ef790e3 = memo(({children, ...rest}) => {
    
    const handleSubmit_743384b545401b34f9e7f5bf0e8e7c62 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["knowledge_type"] : getRefValue(refs["ref_knowledge_type"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.make_knowledge", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_743384b545401b34f9e7f5bf0e8e7c62 }))},children)
    )
});
Form_root_4efa92a546fec6a849949773e6be137c_7ef790e3.displayName = "Form";
return Form_root_4efa92a546fec6a849949773e6be137c_7ef790e3;
})();

export const Cond_comp_cf6f12cd5e3cbc4df80dbfc5b0f7577a_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_cf6f12cd5e3cbc4df80dbfc5b0f7577a_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_make_knowledge"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cf6f12cd5e3cbc4df80dbfc5b0f7577a_7ef790e3.displayName = "Cond";
return Cond_comp_cf6f12cd5e3cbc4df80dbfc5b0f7577a_7ef790e3;
})();

export const Cond_comp_7560668c01a43120b1702fef53ec0a0a_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_7560668c01a43120b1702fef53ec0a0a_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_moderate"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7560668c01a43120b1702fef53ec0a0a_7ef790e3.displayName = "Cond";
return Cond_comp_7560668c01a43120b1702fef53ec0a0a_7ef790e3;
})();

export const Foreach_comp_b92b89b33738ba568e288f95a6e5ff55_7ef790e3 = /*#__PURE__*/ (() => {
const Foreach_comp_b92b89b33738ba568e288f95a6e5ff55_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")

    const handleSubmit_53402b711ce10c2ff2d59fa088be3744 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["edit_body"] : getRefValue(refs["ref_edit_body"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.save_edit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
const ref_edit_body = useRef(null); refs["ref_edit_body"] = ref_edit_body;
const ref_edit_body_error = useRef(null); refs["ref_edit_body_error"] = ref_edit_body_error;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___thread____thread_state.posts_rx_state_ ?? [],((p_rx_state_,index_82e23b58eaa4e2ea37858d05e9a6c744)=>(jsx(Fragment,{key:index_82e23b58eaa4e2ea37858d05e9a6c744},(p_rx_state_?.["opening"]?(jsx(Fragment,{},jsx("article",{"aria-label":p_rx_state_?.["author"],css:({ ["width"] : "100%" }),id:("post-"+(JSON.stringify(p_rx_state_?.["id"])))},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["border"] : (p_rx_state_?.["accepted"] ? "2px solid var(--green-8)" : "none") })},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrSlice(p_rx_state_?.["author"], null, 2),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"bold"},p_rx_state_?.["author"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},p_rx_state_?.["author_meta"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(p_rx_state_?.["accepted"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"2"},jsx(LucideCircleCheck,{size:12},),"Accepted answer"))):(jsx(Fragment,{},)))),jsx("time",{dateTime:p_rx_state_?.["created_iso"]},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},p_rx_state_?.["created"])),jsx(Fragment,{},(p_rx_state_?.["edited"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},"\u00b7 edited"))):(jsx(Fragment,{},))))),jsx(Fragment,{},(!((p_rx_state_?.["quote_author"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBlockquote,{css:({ ["color"] : "var(--gray-11)" }),size:"2"},jsx(RadixThemesText,{as:"p",weight:"medium"},((p_rx_state_?.["quote_author"]+" ")+"wrote:")),jsx(RadixThemesText,{as:"p"},p_rx_state_?.["quote_excerpt"])))):(jsx(Fragment,{},)))),jsx(Fragment,{},((reflex___state____state__cop_app___state___thread____thread_state.editing_id_rx_state_?.valueOf?.() === p_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_53402b711ce10c2ff2d59fa088be3744},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx("label",{className:"field-label",htmlFor:"edit-body"},"Edit your post"),jsx(RadixThemesTextArea,{"aria-describedby":"edit-body-error","aria-invalid":(!((reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:p_rx_state_?.["body"],id:"edit-body",name:"body",ref:ref_edit_body,rows:"6"},),jsx(Fragment,{},(!((reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:"edit-body-error",ref:ref_edit_body_error,role:"alert",size:"2"},reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{highContrast:true,type:"submit"},"Save changes"),jsx(RadixThemesButton,{highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.cancel_edit", ({  }), ({  })))], [_e], ({  })))),type:"button",variant:"soft"},"Cancel")))))):(jsx(Fragment,{},jsx(RadixThemesBox,{className:(p_rx_state_?.["deleted"] ? "post-body post-deleted" : "post-body"),css:({ ["width"] : "100%" })},jsx("div",{},jsx(ReactMarkdown,{components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(),rehypePlugins:[rehypeKatex, rehypeUnwrapImages],remarkPlugins:[remarkMath, remarkGfm]},p_rx_state_?.["body"]))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(Fragment,{},(p_rx_state_?.["can_react"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Helpful: "+p_rx_state_?.["author"]),"aria-pressed":(p_rx_state_?.["i_found_helpful"] ? "true" : "false"),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.toggle_helpful", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:(p_rx_state_?.["i_found_helpful"] ? "solid" : "soft")},jsx(LucideThumbsUp,{size:14},),("Helpful \u00b7 "+p_rx_state_?.["helpful"])))):(jsx(Fragment,{},(!((p_rx_state_?.["helpful"]?.valueOf?.() === "0"?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},jsx(LucideThumbsUp,{size:12},),(((" "+p_rx_state_?.["helpful"])+" ")+"found this helpful")))):(jsx(Fragment,{},))))))),jsx(Fragment,{},(pyAnd(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_reply"], () => (!(p_rx_state_?.["deleted"])))?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Quote: "+p_rx_state_?.["author"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.quote", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideQuote,{size:14},),"Quote"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(p_rx_state_?.["can_accept"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Accept as answer: "+p_rx_state_?.["author"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.accept", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideCircleCheck,{size:14},),"Accept as answer"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(pyAnd(p_rx_state_?.["mine"], () => (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_reply"]))?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":((("Edit: "+p_rx_state_?.["author"])+", ")+p_rx_state_?.["created"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.start_edit", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:14},),"Edit"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(p_rx_state_?.["can_delete"]?(jsx(Fragment,{},jsx(RadixThemesAlertDialog.Root,{},jsx(RadixThemesAlertDialog.Trigger,{},jsx(RadixThemesButton,{"aria-label":((("Delete: "+p_rx_state_?.["author"])+", ")+p_rx_state_?.["created"]),color:"red",highContrast:true,size:"1",type:"button",variant:"ghost"},jsx(LucideTrash2,{size:14},),"Delete")),jsx(RadixThemesAlertDialog.Content,{},jsx(RadixThemesAlertDialog.Title,{},"Delete this post?"),jsx(RadixThemesAlertDialog.Description,{css:({ ["size"] : "2" })},"The post is replaced by a note saying it was deleted. Replies that quote it keep their own text."),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["marginTop"] : "1rem" }),direction:"row",justify:"end",gap:"3"},jsx(RadixThemesAlertDialog.Cancel,{},jsx(RadixThemesButton,{highContrast:true,variant:"soft"},"Keep it")),jsx(RadixThemesAlertDialog.Action,{},jsx(RadixThemesFlex,{},jsx(RadixThemesButton,{color:"red",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.delete_post", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},"Delete the post")))))))):(jsx(Fragment,{},)))))))))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_b92b89b33738ba568e288f95a6e5ff55_7ef790e3.displayName = "Foreach";
return Foreach_comp_b92b89b33738ba568e288f95a6e5ff55_7ef790e3;
})();

export const Foreach_comp_422899caabf4cfca7d418eee3ac09e60_7ef790e3 = /*#__PURE__*/ (() => {
const Foreach_comp_422899caabf4cfca7d418eee3ac09e60_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
const ref_accepted_answer = useRef(null); refs["ref_accepted_answer"] = ref_accepted_answer;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___thread____thread_state.posts_rx_state_ ?? [],((post_rx_state_,index_c2855a65bba8b09a9e5215e0ed5b1fc0)=>(jsx(Fragment,{key:index_c2855a65bba8b09a9e5215e0ed5b1fc0},(post_rx_state_?.["accepted"]?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:"green",css:({ ["icon"] : "circle-check", ["width"] : "100%" }),highContrast:true,id:"accepted-answer",ref:ref_accepted_answer},jsx(RadixThemesCallout.Icon,{},jsx(LucideCircleCheck,{},)),jsx(RadixThemesCallout.Text,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",weight:"bold"},("Accepted answer \u00b7 "+post_rx_state_?.["author"])),jsx(RadixThemesBox,{className:"post-body"},jsx("div",{},jsx(ReactMarkdown,{components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(),rehypePlugins:[rehypeKatex, rehypeUnwrapImages],remarkPlugins:[remarkMath, remarkGfm]},post_rx_state_?.["body"]))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,size:"2"},jsx(ReactRouterLink,{to:("#post-"+(JSON.stringify(post_rx_state_?.["id"])))},"Go to the answer in the thread"))))))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_422899caabf4cfca7d418eee3ac09e60_7ef790e3.displayName = "Foreach";
return Foreach_comp_422899caabf4cfca7d418eee3ac09e60_7ef790e3;
})();

export const Bare_comp_5c2406e204f923c079bf549b318c49ee_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_5c2406e204f923c079bf549b318c49ee_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["reply_count"]+" ")+"replies")
    )
});
Bare_comp_5c2406e204f923c079bf549b318c49ee_7ef790e3.displayName = "Bare";
return Bare_comp_5c2406e204f923c079bf549b318c49ee_7ef790e3;
})();

export const Cond_comp_4ad8a53e9aaaf486bdb690d9ce3e7501_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_4ad8a53e9aaaf486bdb690d9ce3e7501_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((reflex___state____state__cop_app___state___thread____thread_state.posts_rx_state_.length > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4ad8a53e9aaaf486bdb690d9ce3e7501_7ef790e3.displayName = "Cond";
return Cond_comp_4ad8a53e9aaaf486bdb690d9ce3e7501_7ef790e3;
})();

export const Bare_comp_2fe1e4665754ef3420c071996c661327_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_2fe1e4665754ef3420c071996c661327_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (("Show earlier replies ("+(JSON.stringify(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["earlier"])))+")")
    )
});
Bare_comp_2fe1e4665754ef3420c071996c661327_7ef790e3.displayName = "Bare";
return Bare_comp_2fe1e4665754ef3420c071996c661327_7ef790e3;
})();

export const Button_button_4e3e59cb9e6d9e5b800cae4e51eed4cf_7ef790e3 = /*#__PURE__*/ (() => {
const Button_button_4e3e59cb9e6d9e5b800cae4e51eed4cf_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_bfd71748fbe2b25226c6108600c48537 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.show_earlier", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), highContrast:true, onClick:on_click_bfd71748fbe2b25226c6108600c48537, variant:"soft" }))},children)
    )
});
Button_button_4e3e59cb9e6d9e5b800cae4e51eed4cf_7ef790e3.displayName = "Button";
return Button_button_4e3e59cb9e6d9e5b800cae4e51eed4cf_7ef790e3;
})();

export const Cond_comp_202601dbdcb87729f69f06c449073da7_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_202601dbdcb87729f69f06c449073da7_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["earlier"] > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_202601dbdcb87729f69f06c449073da7_7ef790e3.displayName = "Cond";
return Cond_comp_202601dbdcb87729f69f06c449073da7_7ef790e3;
})();

export const Foreach_comp_6f65303f29e7bb6d9eba713688ec3d2e_7ef790e3 = /*#__PURE__*/ (() => {
const Foreach_comp_6f65303f29e7bb6d9eba713688ec3d2e_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")

    const handleSubmit_53402b711ce10c2ff2d59fa088be3744 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["edit_body"] : getRefValue(refs["ref_edit_body"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.save_edit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
const ref_edit_body = useRef(null); refs["ref_edit_body"] = ref_edit_body;
const ref_edit_body_error = useRef(null); refs["ref_edit_body_error"] = ref_edit_body_error;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___thread____thread_state.posts_rx_state_ ?? [],((p_rx_state_,index_8b81a46e331d2de11bd7590d89cf5927)=>(jsx(Fragment,{key:index_8b81a46e331d2de11bd7590d89cf5927},(!(p_rx_state_?.["opening"])?(jsx(Fragment,{},jsx("article",{"aria-label":p_rx_state_?.["author"],css:({ ["width"] : "100%" }),id:("post-"+(JSON.stringify(p_rx_state_?.["id"])))},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["border"] : (p_rx_state_?.["accepted"] ? "2px solid var(--green-8)" : "none") })},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesAvatar,{fallback:pyStrSlice(p_rx_state_?.["author"], null, 2),radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:"bold"},p_rx_state_?.["author"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},p_rx_state_?.["author_meta"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(Fragment,{},(p_rx_state_?.["accepted"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",highContrast:true,size:"2"},jsx(LucideCircleCheck,{size:12},),"Accepted answer"))):(jsx(Fragment,{},)))),jsx("time",{dateTime:p_rx_state_?.["created_iso"]},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},p_rx_state_?.["created"])),jsx(Fragment,{},(p_rx_state_?.["edited"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},"\u00b7 edited"))):(jsx(Fragment,{},))))),jsx(Fragment,{},(!((p_rx_state_?.["quote_author"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBlockquote,{css:({ ["color"] : "var(--gray-11)" }),size:"2"},jsx(RadixThemesText,{as:"p",weight:"medium"},((p_rx_state_?.["quote_author"]+" ")+"wrote:")),jsx(RadixThemesText,{as:"p"},p_rx_state_?.["quote_excerpt"])))):(jsx(Fragment,{},)))),jsx(Fragment,{},((reflex___state____state__cop_app___state___thread____thread_state.editing_id_rx_state_?.valueOf?.() === p_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_53402b711ce10c2ff2d59fa088be3744},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx("label",{className:"field-label",htmlFor:"edit-body"},"Edit your post"),jsx(RadixThemesTextArea,{"aria-describedby":"edit-body-error","aria-invalid":(!((reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:p_rx_state_?.["body"],id:"edit-body",name:"body",ref:ref_edit_body,rows:"6"},),jsx(Fragment,{},(!((reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:"edit-body-error",ref:ref_edit_body_error,role:"alert",size:"2"},reflex___state____state__cop_app___state___thread____thread_state.edit_error_rx_state_))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesButton,{highContrast:true,type:"submit"},"Save changes"),jsx(RadixThemesButton,{highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.cancel_edit", ({  }), ({  })))], [_e], ({  })))),type:"button",variant:"soft"},"Cancel")))))):(jsx(Fragment,{},jsx(RadixThemesBox,{className:(p_rx_state_?.["deleted"] ? "post-body post-deleted" : "post-body"),css:({ ["width"] : "100%" })},jsx("div",{},jsx(ReactMarkdown,{components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(),rehypePlugins:[rehypeKatex, rehypeUnwrapImages],remarkPlugins:[remarkMath, remarkGfm]},p_rx_state_?.["body"]))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(Fragment,{},(p_rx_state_?.["can_react"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Helpful: "+p_rx_state_?.["author"]),"aria-pressed":(p_rx_state_?.["i_found_helpful"] ? "true" : "false"),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.toggle_helpful", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:(p_rx_state_?.["i_found_helpful"] ? "solid" : "soft")},jsx(LucideThumbsUp,{size:14},),("Helpful \u00b7 "+p_rx_state_?.["helpful"])))):(jsx(Fragment,{},(!((p_rx_state_?.["helpful"]?.valueOf?.() === "0"?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},jsx(LucideThumbsUp,{size:12},),(((" "+p_rx_state_?.["helpful"])+" ")+"found this helpful")))):(jsx(Fragment,{},))))))),jsx(Fragment,{},(pyAnd(reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_reply"], () => (!(p_rx_state_?.["deleted"])))?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Quote: "+p_rx_state_?.["author"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.quote", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideQuote,{size:14},),"Quote"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(p_rx_state_?.["can_accept"]?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":("Accept as answer: "+p_rx_state_?.["author"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.accept", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideCircleCheck,{size:14},),"Accept as answer"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(pyAnd(p_rx_state_?.["mine"], () => (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_reply"]))?(jsx(Fragment,{},jsx(RadixThemesButton,{"aria-label":((("Edit: "+p_rx_state_?.["author"])+", ")+p_rx_state_?.["created"]),highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.start_edit", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:14},),"Edit"))):(jsx(Fragment,{},)))),jsx(Fragment,{},(p_rx_state_?.["can_delete"]?(jsx(Fragment,{},jsx(RadixThemesAlertDialog.Root,{},jsx(RadixThemesAlertDialog.Trigger,{},jsx(RadixThemesButton,{"aria-label":((("Delete: "+p_rx_state_?.["author"])+", ")+p_rx_state_?.["created"]),color:"red",highContrast:true,size:"1",type:"button",variant:"ghost"},jsx(LucideTrash2,{size:14},),"Delete")),jsx(RadixThemesAlertDialog.Content,{},jsx(RadixThemesAlertDialog.Title,{},"Delete this post?"),jsx(RadixThemesAlertDialog.Description,{css:({ ["size"] : "2" })},"The post is replaced by a note saying it was deleted. Replies that quote it keep their own text."),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["marginTop"] : "1rem" }),direction:"row",justify:"end",gap:"3"},jsx(RadixThemesAlertDialog.Cancel,{},jsx(RadixThemesButton,{highContrast:true,variant:"soft"},"Keep it")),jsx(RadixThemesAlertDialog.Action,{},jsx(RadixThemesFlex,{},jsx(RadixThemesButton,{color:"red",highContrast:true,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.delete_post", ({ ["post_id"] : p_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},"Delete the post")))))))):(jsx(Fragment,{},)))))))))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_6f65303f29e7bb6d9eba713688ec3d2e_7ef790e3.displayName = "Foreach";
return Foreach_comp_6f65303f29e7bb6d9eba713688ec3d2e_7ef790e3;
})();

export const Bare_comp_4e6e1796e97afd5b200ee2c4beb5eeb3_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_4e6e1796e97afd5b200ee2c4beb5eeb3_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.quote_label_rx_state_
    )
});
Bare_comp_4e6e1796e97afd5b200ee2c4beb5eeb3_7ef790e3.displayName = "Bare";
return Bare_comp_4e6e1796e97afd5b200ee2c4beb5eeb3_7ef790e3;
})();

export const Button_button_830489cdce46a2f018d274a4879ea51a_7ef790e3 = /*#__PURE__*/ (() => {
const Button_button_830489cdce46a2f018d274a4879ea51a_7ef790e3 = memo(({children, ...rest}) => {
    const on_click_61f78d0272482bf46b2d47c7f3a200ef = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.unquote", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_61f78d0272482bf46b2d47c7f3a200ef, size:"1", type:"button", variant:"ghost" }))},children)
    )
});
Button_button_830489cdce46a2f018d274a4879ea51a_7ef790e3.displayName = "Button";
return Button_button_830489cdce46a2f018d274a4879ea51a_7ef790e3;
})();

export const Cond_comp_568d431117f3c4f51887608f9e342529_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_568d431117f3c4f51887608f9e342529_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        ((reflex___state____state__cop_app___state___thread____thread_state.quote_id_rx_state_?.valueOf?.() !== 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_568d431117f3c4f51887608f9e342529_7ef790e3.displayName = "Cond";
return Cond_comp_568d431117f3c4f51887608f9e342529_7ef790e3;
})();

export const Textarea_textarea_f25a865d5a710dd866b218ecc51483b0_7ef790e3 = /*#__PURE__*/ (() => {
const Textarea_textarea_f25a865d5a710dd866b218ecc51483b0_7ef790e3 = memo(({children, ...rest}) => {
    const ref_reply_body = useRef(null); refs["ref_reply_body"] = ref_reply_body;
const on_blur_7818b0f3823855a95f742f9b8405ac49 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.set_draft", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-describedby":"reply-body-hint reply-body-error", "aria-invalid":(!((reflex___state____state__cop_app___state___thread____thread_state.reply_error_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["& textarea"] : null, ["width"] : "100%" }), id:"reply-body", name:"body", onBlur:on_blur_7818b0f3823855a95f742f9b8405ac49, placeholder:"Share what you know, a reference, or a follow-up question.", ref:ref_reply_body, rows:"5" }))},)
    )
});
Textarea_textarea_f25a865d5a710dd866b218ecc51483b0_7ef790e3.displayName = "TextArea";
return Textarea_textarea_f25a865d5a710dd866b218ecc51483b0_7ef790e3;
})();

export const Markdown_reactmarkdown_4467ded0486d1791383b3c13f44a6394_7ef790e3 = /*#__PURE__*/ (() => {
const Markdown_reactmarkdown_4467ded0486d1791383b3c13f44a6394_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        jsx(ReactMarkdown,{...mergeSlotProps(rest, ({ components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(), rehypePlugins:[rehypeKatex, rehypeUnwrapImages], remarkPlugins:[remarkMath, remarkGfm] }))},reflex___state____state__cop_app___state___thread____thread_state.draft_rx_state_)
    )
});
Markdown_reactmarkdown_4467ded0486d1791383b3c13f44a6394_7ef790e3.displayName = "Markdown";
return Markdown_reactmarkdown_4467ded0486d1791383b3c13f44a6394_7ef790e3;
})();

export const Cond_comp_8a65f89bfb0e6e8098a57346ff8a7f43_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_8a65f89bfb0e6e8098a57346ff8a7f43_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.draft_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8a65f89bfb0e6e8098a57346ff8a7f43_7ef790e3.displayName = "Cond";
return Cond_comp_8a65f89bfb0e6e8098a57346ff8a7f43_7ef790e3;
})();

export const Bare_comp_a6567b16fa93a934ef1d97ad3b934fe4_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_a6567b16fa93a934ef1d97ad3b934fe4_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.reply_error_rx_state_
    )
});
Bare_comp_a6567b16fa93a934ef1d97ad3b934fe4_7ef790e3.displayName = "Bare";
return Bare_comp_a6567b16fa93a934ef1d97ad3b934fe4_7ef790e3;
})();

export const Cond_comp_0d7408ed61712f166531a08f91aef32c_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_0d7408ed61712f166531a08f91aef32c_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (!((reflex___state____state__cop_app___state___thread____thread_state.reply_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0d7408ed61712f166531a08f91aef32c_7ef790e3.displayName = "Cond";
return Cond_comp_0d7408ed61712f166531a08f91aef32c_7ef790e3;
})();

export const Form_root_fb3851a0f018aa4dd73a0cae14ade6e9_7ef790e3 = /*#__PURE__*/ (() => {
const Form_root_fb3851a0f018aa4dd73a0cae14ade6e9_7ef790e3 = memo(({children, ...rest}) => {
    
    const handleSubmit_f2fd34cb2a8c4cc646598a915ba4d501 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["reply_body"] : getRefValue(refs["ref_reply_body"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___thread____thread_state.reply", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f2fd34cb2a8c4cc646598a915ba4d501 }))},children)
    )
});
Form_root_fb3851a0f018aa4dd73a0cae14ade6e9_7ef790e3.displayName = "Form";
return Form_root_fb3851a0f018aa4dd73a0cae14ade6e9_7ef790e3;
})();

export const Bare_comp_46a05dbf746bbb463ff0d0574f15092f_7ef790e3 = /*#__PURE__*/ (() => {
const Bare_comp_46a05dbf746bbb463ff0d0574f15092f_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["reply_block"]
    )
});
Bare_comp_46a05dbf746bbb463ff0d0574f15092f_7ef790e3.displayName = "Bare";
return Bare_comp_46a05dbf746bbb463ff0d0574f15092f_7ef790e3;
})();

export const Link_link_2d32191913f045620d17372eb20cb2b9_7ef790e3 = /*#__PURE__*/ (() => {
const Link_link_2d32191913f045620d17372eb20cb2b9_7ef790e3 = memo(({children, ...rest}) => {
    const reflex___state____state = useStateContext("reflex___state____state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true }))},jsx(ReactRouterLink,{to:("/login?next="+reflex___state____state.rx_router_page_rx_state_?.["raw_path"])},"Sign in"))
    )
});
Link_link_2d32191913f045620d17372eb20cb2b9_7ef790e3.displayName = "Link";
return Link_link_2d32191913f045620d17372eb20cb2b9_7ef790e3;
})();

export const Cond_comp_20ead7f299199027e82adb1b47d54b87_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_20ead7f299199027e82adb1b47d54b87_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!(reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_20ead7f299199027e82adb1b47d54b87_7ef790e3.displayName = "Cond";
return Cond_comp_20ead7f299199027e82adb1b47d54b87_7ef790e3;
})();

export const Cond_comp_db544257d44149a743941c6850d425ae_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_db544257d44149a743941c6850d425ae_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.header_rx_state_?.["can_reply"]?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_db544257d44149a743941c6850d425ae_7ef790e3.displayName = "Cond";
return Cond_comp_db544257d44149a743941c6850d425ae_7ef790e3;
})();

export const Cond_comp_779a29cc13dfeefdd19d964113ca6830_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_779a29cc13dfeefdd19d964113ca6830_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_779a29cc13dfeefdd19d964113ca6830_7ef790e3.displayName = "Cond";
return Cond_comp_779a29cc13dfeefdd19d964113ca6830_7ef790e3;
})();

export const Cond_comp_b3a5b9b53ee6da026276f98dff1f5281_7ef790e3 = /*#__PURE__*/ (() => {
const Cond_comp_b3a5b9b53ee6da026276f98dff1f5281_7ef790e3 = memo(({children}) => {
    const reflex___state____state__cop_app___state___thread____thread_state = useStateContext("reflex___state____state.cop_app___state___thread____thread_state")
    return(
        (reflex___state____state__cop_app___state___thread____thread_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b3a5b9b53ee6da026276f98dff1f5281_7ef790e3.displayName = "Cond";
return Cond_comp_b3a5b9b53ee6da026276f98dff1f5281_7ef790e3;
})();
