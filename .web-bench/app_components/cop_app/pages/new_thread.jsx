
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {ColorModeContext,addEvents} from "$/utils/context"
import {Link as ReactRouterLink} from "react-router"
import ReactMarkdown from "react-markdown"
import remarkMath from "remark-math"
import remarkGfm from "remark-gfm"
import rehypeKatex from "rehype-katex"
import "katex/dist/katex.min.css"
import rehypeUnwrapImages from "rehype-unwrap-images"
import {PrismAsyncLight as SyntaxHighlighter} from "react-syntax-highlighter"
import oneLight from "react-syntax-highlighter/dist/esm/styles/prism/one-light"
import oneDark from "react-syntax-highlighter/dist/esm/styles/prism/one-dark"
import {Root as RadixFormRoot} from "@radix-ui/react-form"




        function ComponentMap_be323a9fc62b2edaf3c6658862475cb9 () {
            const { resolvedColorMode } = useContext(ColorModeContext)
            return (
                ({ ["h1"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"6",...props},children))), ["h2"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h2",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"5",...props},children))), ["h3"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h3",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"4",...props},children))), ["h4"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h4",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"3",...props},children))), ["h5"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h5",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"2",...props},children))), ["h6"] : (({node, children, ...props}) => (jsx(RadixThemesHeading,{as:"h6",css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),size:"1",...props},children))), ["p"] : (({node, children, ...props}) => (jsx(RadixThemesText,{as:"p",css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),...props},children))), ["ul"] : (({node, children, ...props}) => (jsx("ul",{css:({ ["listStyleType"] : "disc", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["ol"] : (({node, children, ...props}) => (jsx("ol",{css:({ ["listStyleType"] : "decimal", ["marginTop"] : "1em", ["marginBottom"] : "1em", ["marginLeft"] : "1.5rem", ["direction"] : "column" }),...props},children))), ["li"] : (({node, children, ...props}) => (jsx("li",{css:({ ["marginTop"] : "0.5em", ["marginBottom"] : "0.5em" }),...props},children))), ["a"] : (({node, children, ...props}) => (jsx(RadixThemesLink,{css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true,href:"#",rel:"nofollow noopener noreferrer",target:"_blank",...props},children))), ["code"] : (({node, children, ...props}) => (jsx(RadixThemesCode,{...props},children))), ["pre"] : (({node, ...rest}) => { const {node: childNode, className, children: components, ...props} = rest.children.props; const children = String(Array.isArray(components) ? components.join('\n') : components).replace(/\n$/, ''); const match = (className || '').match(/language-(?<lang>.*)/); let _language = match ? match[1] : ''; ;             return jsx(SyntaxHighlighter,{children:children,codeTagProps:({ ["style"] : ({ ["whiteSpace"] : "pre-wrap" }) }),css:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),customStyle:({ ["marginTop"] : "1em", ["marginBottom"] : "1em" }),language:_language,style:((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.()) ? oneLight : oneDark),wrapLongLines:true,...props},);         }) })
            )
        }
        




export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_b8af1de0 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_b8af1de0 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_b8af1de0.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_b8af1de0;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_b8af1de0.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_b8af1de0;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_b8af1de0 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_b8af1de0 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_b8af1de0.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_b8af1de0;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_b8af1de0 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_b8af1de0 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_b8af1de0.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_b8af1de0;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b8af1de0 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b8af1de0 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b8af1de0.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b8af1de0;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_b8af1de0.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_b8af1de0;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_b8af1de0 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_b8af1de0 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_b8af1de0.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_b8af1de0;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_b8af1de0.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_b8af1de0;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_b8af1de0.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_b8af1de0;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_b8af1de0 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_b8af1de0 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_b8af1de0.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_b8af1de0;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_b8af1de0.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_b8af1de0;
})();

export const Link_link_641047ebfcc0be6a6fa17b4f5d86b686_b8af1de0 = /*#__PURE__*/ (() => {
const Link_link_641047ebfcc0be6a6fa17b4f5d86b686_b8af1de0 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___new_thread____new_thread_state.community_slug_rx_state_)},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:14},),reflex___state____state__cop_app___state___new_thread____new_thread_state.community_name_rx_state_)))
    )
});
Link_link_641047ebfcc0be6a6fa17b4f5d86b686_b8af1de0.displayName = "Link";
return Link_link_641047ebfcc0be6a6fa17b4f5d86b686_b8af1de0;
})();

export const Bare_comp_e1c41ae2127586b8316c27b678210203_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_e1c41ae2127586b8316c27b678210203_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["form"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["form"] : "")
    )
});
Bare_comp_e1c41ae2127586b8316c27b678210203_b8af1de0.displayName = "Bare";
return Bare_comp_e1c41ae2127586b8316c27b678210203_b8af1de0;
})();

export const Cond_comp_b6b931d3ed6a13ff4dceb313ba744bfe_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_b6b931d3ed6a13ff4dceb313ba744bfe_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["form"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["form"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b6b931d3ed6a13ff4dceb313ba744bfe_b8af1de0.displayName = "Cond";
return Cond_comp_b6b931d3ed6a13ff4dceb313ba744bfe_b8af1de0;
})();

export const Input_input_95479e852b8246b07119211c3debd534_b8af1de0 = /*#__PURE__*/ (() => {
const Input_input_95479e852b8246b07119211c3debd534_b8af1de0 = memo(({children, ...rest}) => {
    const on_change_d95230113d184772f2959d92a0ed4f1f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.set_kind", ({ ["value"] : "question" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ checked:(reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "question"?.valueOf?.()), name:"kind", onChange:on_change_d95230113d184772f2959d92a0ed4f1f, type:"radio", value:(isNotNullOrUndefined("question") ? "question" : "") }))},)
    )
});
Input_input_95479e852b8246b07119211c3debd534_b8af1de0.displayName = "Input";
return Input_input_95479e852b8246b07119211c3debd534_b8af1de0;
})();

export const Input_input_4ebf8c88a100cc9de1eb711a370e6fbf_b8af1de0 = /*#__PURE__*/ (() => {
const Input_input_4ebf8c88a100cc9de1eb711a370e6fbf_b8af1de0 = memo(({children, ...rest}) => {
    const on_change_b57b1627477241cd3f86040558bb72c2 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.set_kind", ({ ["value"] : "helpdesk" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ checked:(reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "helpdesk"?.valueOf?.()), name:"kind", onChange:on_change_b57b1627477241cd3f86040558bb72c2, type:"radio", value:(isNotNullOrUndefined("helpdesk") ? "helpdesk" : "") }))},)
    )
});
Input_input_4ebf8c88a100cc9de1eb711a370e6fbf_b8af1de0.displayName = "Input";
return Input_input_4ebf8c88a100cc9de1eb711a370e6fbf_b8af1de0;
})();

export const Input_input_f55133b90255fc27d2a177264327041a_b8af1de0 = /*#__PURE__*/ (() => {
const Input_input_f55133b90255fc27d2a177264327041a_b8af1de0 = memo(({children, ...rest}) => {
    const on_change_8e2fc984a48ae5991a73e4ba2a66a23e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.set_kind", ({ ["value"] : "discussion" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ checked:(reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "discussion"?.valueOf?.()), name:"kind", onChange:on_change_8e2fc984a48ae5991a73e4ba2a66a23e, type:"radio", value:(isNotNullOrUndefined("discussion") ? "discussion" : "") }))},)
    )
});
Input_input_f55133b90255fc27d2a177264327041a_b8af1de0.displayName = "Input";
return Input_input_f55133b90255fc27d2a177264327041a_b8af1de0;
})();

export const Input_input_d82fb717b5c22bbe37dcd85c76807d8e_b8af1de0 = /*#__PURE__*/ (() => {
const Input_input_d82fb717b5c22bbe37dcd85c76807d8e_b8af1de0 = memo(({children, ...rest}) => {
    const on_change_7bde392539486af8ed0f125c71fb1c4e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.set_kind", ({ ["value"] : "knowledge" }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ checked:(reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "knowledge"?.valueOf?.()), name:"kind", onChange:on_change_7bde392539486af8ed0f125c71fb1c4e, type:"radio", value:(isNotNullOrUndefined("knowledge") ? "knowledge" : "") }))},)
    )
});
Input_input_d82fb717b5c22bbe37dcd85c76807d8e_b8af1de0.displayName = "Input";
return Input_input_d82fb717b5c22bbe37dcd85c76807d8e_b8af1de0;
})();

export const Bare_comp_77d4fbbd9adfe6f831df8ae49c6df077_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_77d4fbbd9adfe6f831df8ae49c6df077_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["kind"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["kind"] : "")
    )
});
Bare_comp_77d4fbbd9adfe6f831df8ae49c6df077_b8af1de0.displayName = "Bare";
return Bare_comp_77d4fbbd9adfe6f831df8ae49c6df077_b8af1de0;
})();

export const Cond_comp_67ab9d0d2f15760bebdb1e13f6bba2b0_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_67ab9d0d2f15760bebdb1e13f6bba2b0_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["kind"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["kind"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_67ab9d0d2f15760bebdb1e13f6bba2b0_b8af1de0.displayName = "Cond";
return Cond_comp_67ab9d0d2f15760bebdb1e13f6bba2b0_b8af1de0;
})();

export const Bare_comp_a85d3bb1e207cd451981d1c0c2a11cbe_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_a85d3bb1e207cd451981d1c0c2a11cbe_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["knowledge_subtype"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["knowledge_subtype"] : "")
    )
});
Bare_comp_a85d3bb1e207cd451981d1c0c2a11cbe_b8af1de0.displayName = "Bare";
return Bare_comp_a85d3bb1e207cd451981d1c0c2a11cbe_b8af1de0;
})();

export const Cond_comp_e67611cef0cf4db1b221578718df7eba_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_e67611cef0cf4db1b221578718df7eba_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["knowledge_subtype"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["knowledge_subtype"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e67611cef0cf4db1b221578718df7eba_b8af1de0.displayName = "Cond";
return Cond_comp_e67611cef0cf4db1b221578718df7eba_b8af1de0;
})();

export const Cond_comp_532691450a50f54e541aca1774328dfd_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_532691450a50f54e541aca1774328dfd_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        ((reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "knowledge"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_532691450a50f54e541aca1774328dfd_b8af1de0.displayName = "Cond";
return Cond_comp_532691450a50f54e541aca1774328dfd_b8af1de0;
})();

export const Textfieldroot_textfield__root_d28a54d9c914efe00320cd6e6196190e_b8af1de0 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_d28a54d9c914efe00320cd6e6196190e_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_title = useRef(null); refs["ref_field_title"] = ref_field_title;
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-title-hint field-title-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-title", maxLength:200, name:"title", ref:ref_field_title, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_d28a54d9c914efe00320cd6e6196190e_b8af1de0.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_d28a54d9c914efe00320cd6e6196190e_b8af1de0;
})();

export const Bare_comp_b6575d63bdb2001e3b65d0018317b9f4_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_b6575d63bdb2001e3b65d0018317b9f4_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"] : "")
    )
});
Bare_comp_b6575d63bdb2001e3b65d0018317b9f4_b8af1de0.displayName = "Bare";
return Bare_comp_b6575d63bdb2001e3b65d0018317b9f4_b8af1de0;
})();

export const Cond_comp_72feb646c1341c415dff470c8623599e_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_72feb646c1341c415dff470c8623599e_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["title"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_72feb646c1341c415dff470c8623599e_b8af1de0.displayName = "Cond";
return Cond_comp_72feb646c1341c415dff470c8623599e_b8af1de0;
})();

export const Textarea_textarea_1f3fcd6e706680e597749224f39b5f63_b8af1de0 = /*#__PURE__*/ (() => {
const Textarea_textarea_1f3fcd6e706680e597749224f39b5f63_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_body = useRef(null); refs["ref_field_body"] = ref_field_body;
const on_blur_635bf5ad26d91985a5c4c324b9585863 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.set_draft", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ "aria-describedby":"field-body-hint field-body-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["& textarea"] : null, ["width"] : "100%" }), id:"field-body", name:"body", onBlur:on_blur_635bf5ad26d91985a5c4c324b9585863, placeholder:"", ref:ref_field_body, rows:"10" }))},)
    )
});
Textarea_textarea_1f3fcd6e706680e597749224f39b5f63_b8af1de0.displayName = "TextArea";
return Textarea_textarea_1f3fcd6e706680e597749224f39b5f63_b8af1de0;
})();

export const Markdown_reactmarkdown_5b0daf8815c7c71366ff5e35461d9c66_b8af1de0 = /*#__PURE__*/ (() => {
const Markdown_reactmarkdown_5b0daf8815c7c71366ff5e35461d9c66_b8af1de0 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(ReactMarkdown,{...mergeSlotProps(rest, ({ components:ComponentMap_be323a9fc62b2edaf3c6658862475cb9(), rehypePlugins:[rehypeKatex, rehypeUnwrapImages], remarkPlugins:[remarkMath, remarkGfm] }))},reflex___state____state__cop_app___state___new_thread____new_thread_state.draft_rx_state_)
    )
});
Markdown_reactmarkdown_5b0daf8815c7c71366ff5e35461d9c66_b8af1de0.displayName = "Markdown";
return Markdown_reactmarkdown_5b0daf8815c7c71366ff5e35461d9c66_b8af1de0;
})();

export const Cond_comp_424d41e90290f83834a2dc0928d6e448_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_424d41e90290f83834a2dc0928d6e448_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!((reflex___state____state__cop_app___state___new_thread____new_thread_state.draft_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_424d41e90290f83834a2dc0928d6e448_b8af1de0.displayName = "Cond";
return Cond_comp_424d41e90290f83834a2dc0928d6e448_b8af1de0;
})();

export const Bare_comp_cdf19c4696bdd411f106575ef8bf9812_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_cdf19c4696bdd411f106575ef8bf9812_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"] : "")
    )
});
Bare_comp_cdf19c4696bdd411f106575ef8bf9812_b8af1de0.displayName = "Bare";
return Bare_comp_cdf19c4696bdd411f106575ef8bf9812_b8af1de0;
})();

export const Cond_comp_ace2ebdca5e7212c7c0bb3e8ad1a6261_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_ace2ebdca5e7212c7c0bb3e8ad1a6261_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["body"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ace2ebdca5e7212c7c0bb3e8ad1a6261_b8af1de0.displayName = "Cond";
return Cond_comp_ace2ebdca5e7212c7c0bb3e8ad1a6261_b8af1de0;
})();

export const Bare_comp_83497c531a000479987273c2fb88d65d_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_83497c531a000479987273c2fb88d65d_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (("This community's help desk promises: "+reflex___state____state__cop_app___state___new_thread____new_thread_state.target_rx_state_)+".")
    )
});
Bare_comp_83497c531a000479987273c2fb88d65d_b8af1de0.displayName = "Bare";
return Bare_comp_83497c531a000479987273c2fb88d65d_b8af1de0;
})();

export const Cond_comp_42c2c583682db4312171ae2c5607b06b_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_42c2c583682db4312171ae2c5607b06b_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!((reflex___state____state__cop_app___state___new_thread____new_thread_state.target_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_42c2c583682db4312171ae2c5607b06b_b8af1de0.displayName = "Cond";
return Cond_comp_42c2c583682db4312171ae2c5607b06b_b8af1de0;
})();

export const Bare_comp_b9fe465a0ce5c5a39dd1cac9f0c0b737_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_b9fe465a0ce5c5a39dd1cac9f0c0b737_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["urgency"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["urgency"] : "")
    )
});
Bare_comp_b9fe465a0ce5c5a39dd1cac9f0c0b737_b8af1de0.displayName = "Bare";
return Bare_comp_b9fe465a0ce5c5a39dd1cac9f0c0b737_b8af1de0;
})();

export const Cond_comp_ce7baf95181ae9800053f7cd373c1b26_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_ce7baf95181ae9800053f7cd373c1b26_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["urgency"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["urgency"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ce7baf95181ae9800053f7cd373c1b26_b8af1de0.displayName = "Cond";
return Cond_comp_ce7baf95181ae9800053f7cd373c1b26_b8af1de0;
})();

export const Textfieldroot_textfield__root_d6c4adf5c6052c5af222f26015793bd7_b8af1de0 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_d6c4adf5c6052c5af222f26015793bd7_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_context_country = useRef(null); refs["ref_field_context_country"] = ref_field_context_country;
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-context_country-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-context_country", maxLength:80, name:"context_country", ref:ref_field_context_country, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_d6c4adf5c6052c5af222f26015793bd7_b8af1de0.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_d6c4adf5c6052c5af222f26015793bd7_b8af1de0;
})();

export const Bare_comp_0d084e0c14d780e6e075cbd4f6fa855f_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_0d084e0c14d780e6e075cbd4f6fa855f_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"] : "")
    )
});
Bare_comp_0d084e0c14d780e6e075cbd4f6fa855f_b8af1de0.displayName = "Bare";
return Bare_comp_0d084e0c14d780e6e075cbd4f6fa855f_b8af1de0;
})();

export const Cond_comp_313e818f9fd9a8e926d98d620b8b5962_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_313e818f9fd9a8e926d98d620b8b5962_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_country"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_313e818f9fd9a8e926d98d620b8b5962_b8af1de0.displayName = "Cond";
return Cond_comp_313e818f9fd9a8e926d98d620b8b5962_b8af1de0;
})();

export const Textfieldroot_textfield__root_368611762ef198177a971218cc72bde1_b8af1de0 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_368611762ef198177a971218cc72bde1_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_context_project = useRef(null); refs["ref_field_context_project"] = ref_field_context_project;
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-context_project-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-context_project", maxLength:120, name:"context_project", ref:ref_field_context_project, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_368611762ef198177a971218cc72bde1_b8af1de0.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_368611762ef198177a971218cc72bde1_b8af1de0;
})();

export const Bare_comp_d9303b418630c42e81e262cf3f189153_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_d9303b418630c42e81e262cf3f189153_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"] : "")
    )
});
Bare_comp_d9303b418630c42e81e262cf3f189153_b8af1de0.displayName = "Bare";
return Bare_comp_d9303b418630c42e81e262cf3f189153_b8af1de0;
})();

export const Cond_comp_c9c5b375d66dc1d53f5af80ffc29aa69_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_c9c5b375d66dc1d53f5af80ffc29aa69_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["context_project"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c9c5b375d66dc1d53f5af80ffc29aa69_b8af1de0.displayName = "Cond";
return Cond_comp_c9c5b375d66dc1d53f5af80ffc29aa69_b8af1de0;
})();

export const Cond_comp_50e962f699ecc8691cbae043160bfc49_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_50e962f699ecc8691cbae043160bfc49_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        ((reflex___state____state__cop_app___state___new_thread____new_thread_state.kind_rx_state_?.valueOf?.() === "helpdesk"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_50e962f699ecc8691cbae043160bfc49_b8af1de0.displayName = "Cond";
return Cond_comp_50e962f699ecc8691cbae043160bfc49_b8af1de0;
})();

export const Foreach_comp_68b7b462245e06d2167547920e632294_b8af1de0 = /*#__PURE__*/ (() => {
const Foreach_comp_68b7b462245e06d2167547920e632294_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        Array.prototype.map.call(Object.entries(reflex___state____state__cop_app___state___new_thread____new_thread_state.focus_choices_rx_state_ ?? {}) ?? [],((item_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx("option",{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:item_rx_state_?.at?.(0)},item_rx_state_?.at?.(1)))))
    )
});
Foreach_comp_68b7b462245e06d2167547920e632294_b8af1de0.displayName = "Foreach";
return Foreach_comp_68b7b462245e06d2167547920e632294_b8af1de0;
})();

export const Select_select_459a6e02c22b8e112d84c316e68c0163_b8af1de0 = /*#__PURE__*/ (() => {
const Select_select_459a6e02c22b8e112d84c316e68c0163_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_focus_area = useRef(null); refs["ref_field_focus_area"] = ref_field_focus_area;
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ "aria-describedby":"field-focus_area-hint field-focus_area-error", className:"native-select", defaultValue:reflex___state____state__cop_app___state___new_thread____new_thread_state.focus_area_rx_state_, id:"field-focus_area", key:reflex___state____state__cop_app___state___new_thread____new_thread_state.focus_area_rx_state_, name:"focus_area", ref:ref_field_focus_area }))},children)
    )
});
Select_select_459a6e02c22b8e112d84c316e68c0163_b8af1de0.displayName = "Select";
return Select_select_459a6e02c22b8e112d84c316e68c0163_b8af1de0;
})();

export const Bare_comp_615f579e9f5a9c8a1a91fbed2f0de43d_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_615f579e9f5a9c8a1a91fbed2f0de43d_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["focus_area"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["focus_area"] : "")
    )
});
Bare_comp_615f579e9f5a9c8a1a91fbed2f0de43d_b8af1de0.displayName = "Bare";
return Bare_comp_615f579e9f5a9c8a1a91fbed2f0de43d_b8af1de0;
})();

export const Cond_comp_7dcce720cec51f8fe4aa8ceb6942c259_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_7dcce720cec51f8fe4aa8ceb6942c259_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["focus_area"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["focus_area"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7dcce720cec51f8fe4aa8ceb6942c259_b8af1de0.displayName = "Cond";
return Cond_comp_7dcce720cec51f8fe4aa8ceb6942c259_b8af1de0;
})();

export const Textfieldroot_textfield__root_b48379f56937860114ea96f854c1dfc5_b8af1de0 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_b48379f56937860114ea96f854c1dfc5_b8af1de0 = memo(({children, ...rest}) => {
    const ref_field_tags = useRef(null); refs["ref_field_tags"] = ref_field_tags;
const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-tags-hint field-tags-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), id:"field-tags", name:"tags", ref:ref_field_tags, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_b48379f56937860114ea96f854c1dfc5_b8af1de0.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_b48379f56937860114ea96f854c1dfc5_b8af1de0;
})();

export const Bare_comp_425be47590f8477d488f97dea1fd5442_b8af1de0 = /*#__PURE__*/ (() => {
const Bare_comp_425be47590f8477d488f97dea1fd5442_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"] : "")
    )
});
Bare_comp_425be47590f8477d488f97dea1fd5442_b8af1de0.displayName = "Bare";
return Bare_comp_425be47590f8477d488f97dea1fd5442_b8af1de0;
})();

export const Cond_comp_ac148eb88304ded0bde130e7b822300e_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_ac148eb88304ded0bde130e7b822300e_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"]) ? reflex___state____state__cop_app___state___new_thread____new_thread_state.errors_rx_state_?.["tags"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ac148eb88304ded0bde130e7b822300e_b8af1de0.displayName = "Cond";
return Cond_comp_ac148eb88304ded0bde130e7b822300e_b8af1de0;
})();

export const Link_link_b0f9e41ed62cf43f1f8240cfde459d98_b8af1de0 = /*#__PURE__*/ (() => {
const Link_link_b0f9e41ed62cf43f1f8240cfde459d98_b8af1de0 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, size:"2" }))},jsx(ReactRouterLink,{to:("/c/"+reflex___state____state__cop_app___state___new_thread____new_thread_state.community_slug_rx_state_)},"Cancel"))
    )
});
Link_link_b0f9e41ed62cf43f1f8240cfde459d98_b8af1de0.displayName = "Link";
return Link_link_b0f9e41ed62cf43f1f8240cfde459d98_b8af1de0;
})();

export const Form_root_69fd866e26ebcc7942fe884f28471d47_b8af1de0 = /*#__PURE__*/ (() => {
const Form_root_69fd866e26ebcc7942fe884f28471d47_b8af1de0 = memo(({children, ...rest}) => {
    
    const handleSubmit_d36c233b6020c53426aeb34b171da2a1 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_knowledge_subtype"] : getRefValue(refs["ref_field_knowledge_subtype"]), ["field_title"] : getRefValue(refs["ref_field_title"]), ["field_body"] : getRefValue(refs["ref_field_body"]), ["field_urgency"] : getRefValue(refs["ref_field_urgency"]), ["field_context_country"] : getRefValue(refs["ref_field_context_country"]), ["field_context_project"] : getRefValue(refs["ref_field_context_project"]), ["field_focus_area"] : getRefValue(refs["ref_field_focus_area"]), ["field_tags"] : getRefValue(refs["ref_field_tags"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___new_thread____new_thread_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_d36c233b6020c53426aeb34b171da2a1 }))},children)
    )
});
Form_root_69fd866e26ebcc7942fe884f28471d47_b8af1de0.displayName = "Form";
return Form_root_69fd866e26ebcc7942fe884f28471d47_b8af1de0;
})();

export const Cond_comp_9fd17e4f50858a81bde583b576f61e7c_b8af1de0 = /*#__PURE__*/ (() => {
const Cond_comp_9fd17e4f50858a81bde583b576f61e7c_b8af1de0 = memo(({children}) => {
    const reflex___state____state__cop_app___state___new_thread____new_thread_state = useStateContext("reflex___state____state.cop_app___state___new_thread____new_thread_state")
    return(
        (reflex___state____state__cop_app___state___new_thread____new_thread_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_9fd17e4f50858a81bde583b576f61e7c_b8af1de0.displayName = "Cond";
return Cond_comp_9fd17e4f50858a81bde583b576f61e7c_b8af1de0;
})();
