
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Card as RadixThemesCard,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Progress as RadixThemesProgress,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideX from "lucide-react/dist/esm/icons/x.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Link as ReactRouterLink} from "react-router"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_e7f91a65 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_e7f91a65.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_e7f91a65;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_e7f91a65.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_e7f91a65;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_e7f91a65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_e7f91a65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_e7f91a65;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_e7f91a65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_e7f91a65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_e7f91a65;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_e7f91a65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_e7f91a65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_e7f91a65;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_e7f91a65.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_e7f91a65;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_e7f91a65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_e7f91a65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_e7f91a65;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_e7f91a65.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_e7f91a65;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_e7f91a65.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_e7f91a65;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_e7f91a65 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_e7f91a65.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_e7f91a65;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_e7f91a65.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_e7f91a65;
})();

export const Bare_comp_8882380d03eefc73c6b64c511724888b_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_8882380d03eefc73c6b64c511724888b_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (((("Step "+(JSON.stringify(reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_)))+" ")+"of")+" 6")
    )
});
Bare_comp_8882380d03eefc73c6b64c511724888b_e7f91a65.displayName = "Bare";
return Bare_comp_8882380d03eefc73c6b64c511724888b_e7f91a65;
})();

export const Text_text_83effd19f0377ea77d594eac6135865d_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_83effd19f0377ea77d594eac6135865d_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 1) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 1?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_83effd19f0377ea77d594eac6135865d_e7f91a65.displayName = "Text";
return Text_text_83effd19f0377ea77d594eac6135865d_e7f91a65;
})();

export const Li_li_5d00fbe0688ac88df899828545a9885f_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_5d00fbe0688ac88df899828545a9885f_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 1?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 1?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_5d00fbe0688ac88df899828545a9885f_e7f91a65.displayName = "Li";
return Li_li_5d00fbe0688ac88df899828545a9885f_e7f91a65;
})();

export const Text_text_b6c143204247e0403a77fc0432e11cc8_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_b6c143204247e0403a77fc0432e11cc8_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 2) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 2?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_b6c143204247e0403a77fc0432e11cc8_e7f91a65.displayName = "Text";
return Text_text_b6c143204247e0403a77fc0432e11cc8_e7f91a65;
})();

export const Li_li_d38a42aad023e069d98de9b905f5d3fb_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_d38a42aad023e069d98de9b905f5d3fb_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 2?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 2?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_d38a42aad023e069d98de9b905f5d3fb_e7f91a65.displayName = "Li";
return Li_li_d38a42aad023e069d98de9b905f5d3fb_e7f91a65;
})();

export const Text_text_39ec0731df2b26bbf2fd534a7c1babcf_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_39ec0731df2b26bbf2fd534a7c1babcf_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 3) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 3?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_39ec0731df2b26bbf2fd534a7c1babcf_e7f91a65.displayName = "Text";
return Text_text_39ec0731df2b26bbf2fd534a7c1babcf_e7f91a65;
})();

export const Li_li_a321babd7753d6ab807e943965e49603_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_a321babd7753d6ab807e943965e49603_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 3?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 3?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_a321babd7753d6ab807e943965e49603_e7f91a65.displayName = "Li";
return Li_li_a321babd7753d6ab807e943965e49603_e7f91a65;
})();

export const Text_text_5f653b0fb7a02d22e3533b61bf0b5140_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_5f653b0fb7a02d22e3533b61bf0b5140_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 4) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 4?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_5f653b0fb7a02d22e3533b61bf0b5140_e7f91a65.displayName = "Text";
return Text_text_5f653b0fb7a02d22e3533b61bf0b5140_e7f91a65;
})();

export const Li_li_c0aea52b5ae6169efc57273629a34831_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_c0aea52b5ae6169efc57273629a34831_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 4?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 4?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_c0aea52b5ae6169efc57273629a34831_e7f91a65.displayName = "Li";
return Li_li_c0aea52b5ae6169efc57273629a34831_e7f91a65;
})();

export const Text_text_9457705ba6233ef515520775c32fe82d_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_9457705ba6233ef515520775c32fe82d_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 5) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 5?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_9457705ba6233ef515520775c32fe82d_e7f91a65.displayName = "Text";
return Text_text_9457705ba6233ef515520775c32fe82d_e7f91a65;
})();

export const Li_li_f96df9a9a66ea96f59c0304504560a59_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_f96df9a9a66ea96f59c0304504560a59_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 5?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 5?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_f96df9a9a66ea96f59c0304504560a59_e7f91a65.displayName = "Li";
return Li_li_f96df9a9a66ea96f59c0304504560a59_e7f91a65;
})();

export const Text_text_4f25da9cb537170124bf4a0d08d74aab_e7f91a65 = /*#__PURE__*/ (() => {
const Text_text_4f25da9cb537170124bf4a0d08d74aab_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesText,{...mergeSlotProps(rest, ({ as:"p", css:({ ["color"] : ((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ >= 6) ? "var(--gray-12)" : "var(--gray-11)") }), size:"1", weight:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 6?.valueOf?.()) ? "bold" : "regular") }))},children)
    )
});
Text_text_4f25da9cb537170124bf4a0d08d74aab_e7f91a65.displayName = "Text";
return Text_text_4f25da9cb537170124bf4a0d08d74aab_e7f91a65;
})();

export const Li_li_0848a286f0acbc400fbac098532f1d59_e7f91a65 = /*#__PURE__*/ (() => {
const Li_li_0848a286f0acbc400fbac098532f1d59_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("li",{...mergeSlotProps(rest, ({ "aria-current":((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 6?.valueOf?.()) ? "step" : "false"), className:((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_?.valueOf?.() === 6?.valueOf?.()) ? "wizard-step current" : "wizard-step") }))},children)
    )
});
Li_li_0848a286f0acbc400fbac098532f1d59_e7f91a65.displayName = "Li";
return Li_li_0848a286f0acbc400fbac098532f1d59_e7f91a65;
})();

export const Progress_progress_a5d749be207b9f4ea15078a46d755a9c_e7f91a65 = /*#__PURE__*/ (() => {
const Progress_progress_a5d749be207b9f4ea15078a46d755a9c_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ "aria-label":"Your progress", css:({ ["width"] : "100%" }), max:100, value:Math.floor((reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_ * 100) / 6) }))},)
    )
});
Progress_progress_a5d749be207b9f4ea15078a46d755a9c_e7f91a65.displayName = "Progress";
return Progress_progress_a5d749be207b9f4ea15078a46d755a9c_e7f91a65;
})();

export const Button_button_6815149777e5f9a7780979f3b7acad98_e7f91a65 = /*#__PURE__*/ (() => {
const Button_button_6815149777e5f9a7780979f3b7acad98_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_be9675a76e8624844997b763ef412354 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.start", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_be9675a76e8624844997b763ef412354, size:"3" }))},children)
    )
});
Button_button_6815149777e5f9a7780979f3b7acad98_e7f91a65.displayName = "Button";
return Button_button_6815149777e5f9a7780979f3b7acad98_e7f91a65;
})();

export const Textfieldroot_textfield__root_8d03c892bb0ec1112c63003ad7791355_e7f91a65 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_8d03c892bb0ec1112c63003ad7791355_e7f91a65 = memo(({children, ...rest}) => {
    const ref_field_organisation = useRef(null); refs["ref_field_organisation"] = ref_field_organisation;
const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-organisation-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___onboarding____onboarding_state.organisation_rx_state_, id:"field-organisation", name:"organisation", ref:ref_field_organisation, required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_8d03c892bb0ec1112c63003ad7791355_e7f91a65.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_8d03c892bb0ec1112c63003ad7791355_e7f91a65;
})();

export const Bare_comp_233873e8852ccdaeec1387f81711fa1d_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_233873e8852ccdaeec1387f81711fa1d_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"] : "")
    )
});
Bare_comp_233873e8852ccdaeec1387f81711fa1d_e7f91a65.displayName = "Bare";
return Bare_comp_233873e8852ccdaeec1387f81711fa1d_e7f91a65;
})();

export const Cond_comp_2bc943124b752959a60a8b865d2e9dc2_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_2bc943124b752959a60a8b865d2e9dc2_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["organisation"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2bc943124b752959a60a8b865d2e9dc2_e7f91a65.displayName = "Cond";
return Cond_comp_2bc943124b752959a60a8b865d2e9dc2_e7f91a65;
})();

export const Select_select_92fb0188ab08949a4d596d7200eb21a5_e7f91a65 = /*#__PURE__*/ (() => {
const Select_select_92fb0188ab08949a4d596d7200eb21a5_e7f91a65 = memo(({children, ...rest}) => {
    const ref_field_org_type = useRef(null); refs["ref_field_org_type"] = ref_field_org_type;
const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("select",{...mergeSlotProps(rest, ({ "aria-describedby":"field-org_type-error", className:"native-select", defaultValue:reflex___state____state__cop_app___state___onboarding____onboarding_state.org_type_rx_state_, id:"field-org_type", name:"org_type", ref:ref_field_org_type }))},children)
    )
});
Select_select_92fb0188ab08949a4d596d7200eb21a5_e7f91a65.displayName = "Select";
return Select_select_92fb0188ab08949a4d596d7200eb21a5_e7f91a65;
})();

export const Bare_comp_abcd87e4aae12fedc2c1a2650bdc1012_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_abcd87e4aae12fedc2c1a2650bdc1012_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["org_type"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["org_type"] : "")
    )
});
Bare_comp_abcd87e4aae12fedc2c1a2650bdc1012_e7f91a65.displayName = "Bare";
return Bare_comp_abcd87e4aae12fedc2c1a2650bdc1012_e7f91a65;
})();

export const Cond_comp_ac0686eddd093542b8abdd0c00639928_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_ac0686eddd093542b8abdd0c00639928_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["org_type"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["org_type"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ac0686eddd093542b8abdd0c00639928_e7f91a65.displayName = "Cond";
return Cond_comp_ac0686eddd093542b8abdd0c00639928_e7f91a65;
})();

export const Textfieldroot_textfield__root_51dcd4fa2379a6569f9abb2313eaf650_e7f91a65 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_51dcd4fa2379a6569f9abb2313eaf650_e7f91a65 = memo(({children, ...rest}) => {
    const ref_field_discipline = useRef(null); refs["ref_field_discipline"] = ref_field_discipline;
const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-discipline-hint field-discipline-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___onboarding____onboarding_state.discipline_rx_state_, id:"field-discipline", name:"discipline", ref:ref_field_discipline, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_51dcd4fa2379a6569f9abb2313eaf650_e7f91a65.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_51dcd4fa2379a6569f9abb2313eaf650_e7f91a65;
})();

export const Bare_comp_84bd573fce9fa876ea30d8be95966c47_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_84bd573fce9fa876ea30d8be95966c47_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"] : "")
    )
});
Bare_comp_84bd573fce9fa876ea30d8be95966c47_e7f91a65.displayName = "Bare";
return Bare_comp_84bd573fce9fa876ea30d8be95966c47_e7f91a65;
})();

export const Cond_comp_5416b3968536a442673c88769248f909_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_5416b3968536a442673c88769248f909_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["discipline"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5416b3968536a442673c88769248f909_e7f91a65.displayName = "Cond";
return Cond_comp_5416b3968536a442673c88769248f909_e7f91a65;
})();

export const Textfieldroot_textfield__root_fdfb36d6eaf459c8cf6ad08344e275c0_e7f91a65 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_fdfb36d6eaf459c8cf6ad08344e275c0_e7f91a65 = memo(({children, ...rest}) => {
    const ref_field_region = useRef(null); refs["ref_field_region"] = ref_field_region;
const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-region-hint field-region-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__cop_app___state___onboarding____onboarding_state.region_rx_state_, id:"field-region", name:"region", ref:ref_field_region, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_fdfb36d6eaf459c8cf6ad08344e275c0_e7f91a65.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_fdfb36d6eaf459c8cf6ad08344e275c0_e7f91a65;
})();

export const Bare_comp_7d477e02e8a4e98d96d54db17491796c_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_7d477e02e8a4e98d96d54db17491796c_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"] : "")
    )
});
Bare_comp_7d477e02e8a4e98d96d54db17491796c_e7f91a65.displayName = "Bare";
return Bare_comp_7d477e02e8a4e98d96d54db17491796c_e7f91a65;
})();

export const Cond_comp_ab0539eca70d5f68206712a0df67ec4e_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_ab0539eca70d5f68206712a0df67ec4e_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["region"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ab0539eca70d5f68206712a0df67ec4e_e7f91a65.displayName = "Cond";
return Cond_comp_ab0539eca70d5f68206712a0df67ec4e_e7f91a65;
})();

export const Checkboxinput_input_401c4d628df9c8bc6b5086522328483f_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_401c4d628df9c8bc6b5086522328483f_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("en"), name:"lang_en", type:"checkbox" }))},)
    )
});
Checkboxinput_input_401c4d628df9c8bc6b5086522328483f_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_401c4d628df9c8bc6b5086522328483f_e7f91a65;
})();

export const Checkboxinput_input_57b72d8598321c3a0cba073f925afd00_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_57b72d8598321c3a0cba073f925afd00_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("fr"), name:"lang_fr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_57b72d8598321c3a0cba073f925afd00_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_57b72d8598321c3a0cba073f925afd00_e7f91a65;
})();

export const Checkboxinput_input_4df4b2c613eb871334c0bc2ba3fb4622_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_4df4b2c613eb871334c0bc2ba3fb4622_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("es"), name:"lang_es", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4df4b2c613eb871334c0bc2ba3fb4622_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_4df4b2c613eb871334c0bc2ba3fb4622_e7f91a65;
})();

export const Checkboxinput_input_df43106a0149fdf73cc520c7cc93b0b5_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_df43106a0149fdf73cc520c7cc93b0b5_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("pt"), name:"lang_pt", type:"checkbox" }))},)
    )
});
Checkboxinput_input_df43106a0149fdf73cc520c7cc93b0b5_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_df43106a0149fdf73cc520c7cc93b0b5_e7f91a65;
})();

export const Checkboxinput_input_34ec05ce15913aa49b67ff45e44fa103_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_34ec05ce15913aa49b67ff45e44fa103_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ar"), name:"lang_ar", type:"checkbox" }))},)
    )
});
Checkboxinput_input_34ec05ce15913aa49b67ff45e44fa103_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_34ec05ce15913aa49b67ff45e44fa103_e7f91a65;
})();

export const Checkboxinput_input_e396d8108babe813b3bad74c02a28de6_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_e396d8108babe813b3bad74c02a28de6_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ru"), name:"lang_ru", type:"checkbox" }))},)
    )
});
Checkboxinput_input_e396d8108babe813b3bad74c02a28de6_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_e396d8108babe813b3bad74c02a28de6_e7f91a65;
})();

export const Checkboxinput_input_ce63634e64ca93340f4e6215129edd3a_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_ce63634e64ca93340f4e6215129edd3a_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("zh"), name:"lang_zh", type:"checkbox" }))},)
    )
});
Checkboxinput_input_ce63634e64ca93340f4e6215129edd3a_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_ce63634e64ca93340f4e6215129edd3a_e7f91a65;
})();

export const Checkboxinput_input_4d501b0d3aa6ed4b4ad2bfb435fb6ad5_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_4d501b0d3aa6ed4b4ad2bfb435fb6ad5_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("de"), name:"lang_de", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4d501b0d3aa6ed4b4ad2bfb435fb6ad5_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_4d501b0d3aa6ed4b4ad2bfb435fb6ad5_e7f91a65;
})();

export const Checkboxinput_input_2149c925875f8f1b4bc913b20140e896_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_2149c925875f8f1b4bc913b20140e896_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("it"), name:"lang_it", type:"checkbox" }))},)
    )
});
Checkboxinput_input_2149c925875f8f1b4bc913b20140e896_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_2149c925875f8f1b4bc913b20140e896_e7f91a65;
})();

export const Checkboxinput_input_1ab09db66734cd826196df569c7fe709_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_1ab09db66734cd826196df569c7fe709_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("nl"), name:"lang_nl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_1ab09db66734cd826196df569c7fe709_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_1ab09db66734cd826196df569c7fe709_e7f91a65;
})();

export const Checkboxinput_input_99aef265ed2db6c450d557f114d5759c_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_99aef265ed2db6c450d557f114d5759c_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("tr"), name:"lang_tr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_99aef265ed2db6c450d557f114d5759c_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_99aef265ed2db6c450d557f114d5759c_e7f91a65;
})();

export const Checkboxinput_input_4924a5da0ca8f6caab773781747d18d0_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_4924a5da0ca8f6caab773781747d18d0_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("uk"), name:"lang_uk", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4924a5da0ca8f6caab773781747d18d0_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_4924a5da0ca8f6caab773781747d18d0_e7f91a65;
})();

export const Checkboxinput_input_4b3a0bee91513137c8f79a7d63d76f6b_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_4b3a0bee91513137c8f79a7d63d76f6b_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ka"), name:"lang_ka", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4b3a0bee91513137c8f79a7d63d76f6b_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_4b3a0bee91513137c8f79a7d63d76f6b_e7f91a65;
})();

export const Checkboxinput_input_20b351788f4513cb4d6118012e1d0176_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_20b351788f4513cb4d6118012e1d0176_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("sr"), name:"lang_sr", type:"checkbox" }))},)
    )
});
Checkboxinput_input_20b351788f4513cb4d6118012e1d0176_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_20b351788f4513cb4d6118012e1d0176_e7f91a65;
})();

export const Checkboxinput_input_a038e791bd82b18d39dd8d3744687549_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_a038e791bd82b18d39dd8d3744687549_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("fa"), name:"lang_fa", type:"checkbox" }))},)
    )
});
Checkboxinput_input_a038e791bd82b18d39dd8d3744687549_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_a038e791bd82b18d39dd8d3744687549_e7f91a65;
})();

export const Checkboxinput_input_548d305ec0472d529ec68b50628118ed_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_548d305ec0472d529ec68b50628118ed_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ur"), name:"lang_ur", type:"checkbox" }))},)
    )
});
Checkboxinput_input_548d305ec0472d529ec68b50628118ed_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_548d305ec0472d529ec68b50628118ed_e7f91a65;
})();

export const Checkboxinput_input_68da2a3aa4c86c6ab8b8170d964da78e_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_68da2a3aa4c86c6ab8b8170d964da78e_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("hi"), name:"lang_hi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_68da2a3aa4c86c6ab8b8170d964da78e_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_68da2a3aa4c86c6ab8b8170d964da78e_e7f91a65;
})();

export const Checkboxinput_input_64170472fc8162435406b569a907df00_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_64170472fc8162435406b569a907df00_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("bn"), name:"lang_bn", type:"checkbox" }))},)
    )
});
Checkboxinput_input_64170472fc8162435406b569a907df00_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_64170472fc8162435406b569a907df00_e7f91a65;
})();

export const Checkboxinput_input_7bdb9e73ffba0efd57b55172eaa19408_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_7bdb9e73ffba0efd57b55172eaa19408_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ne"), name:"lang_ne", type:"checkbox" }))},)
    )
});
Checkboxinput_input_7bdb9e73ffba0efd57b55172eaa19408_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_7bdb9e73ffba0efd57b55172eaa19408_e7f91a65;
})();

export const Checkboxinput_input_677d0d6578d605e2c215400f3f406f6a_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_677d0d6578d605e2c215400f3f406f6a_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("sw"), name:"lang_sw", type:"checkbox" }))},)
    )
});
Checkboxinput_input_677d0d6578d605e2c215400f3f406f6a_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_677d0d6578d605e2c215400f3f406f6a_e7f91a65;
})();

export const Checkboxinput_input_4eaad33556f2052e1794ff9447b36f06_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_4eaad33556f2052e1794ff9447b36f06_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("am"), name:"lang_am", type:"checkbox" }))},)
    )
});
Checkboxinput_input_4eaad33556f2052e1794ff9447b36f06_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_4eaad33556f2052e1794ff9447b36f06_e7f91a65;
})();

export const Checkboxinput_input_7418642abda691cd417dc74fdb882771_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_7418642abda691cd417dc74fdb882771_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ha"), name:"lang_ha", type:"checkbox" }))},)
    )
});
Checkboxinput_input_7418642abda691cd417dc74fdb882771_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_7418642abda691cd417dc74fdb882771_e7f91a65;
})();

export const Checkboxinput_input_6f6726065a22d465b38f64f075b9a662_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_6f6726065a22d465b38f64f075b9a662_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("id"), name:"lang_id", type:"checkbox" }))},)
    )
});
Checkboxinput_input_6f6726065a22d465b38f64f075b9a662_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_6f6726065a22d465b38f64f075b9a662_e7f91a65;
})();

export const Checkboxinput_input_5911947c9d8211902d067de5cbf8276f_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_5911947c9d8211902d067de5cbf8276f_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("vi"), name:"lang_vi", type:"checkbox" }))},)
    )
});
Checkboxinput_input_5911947c9d8211902d067de5cbf8276f_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_5911947c9d8211902d067de5cbf8276f_e7f91a65;
})();

export const Checkboxinput_input_733c666740cf2bc272265d518de21122_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_733c666740cf2bc272265d518de21122_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("tl"), name:"lang_tl", type:"checkbox" }))},)
    )
});
Checkboxinput_input_733c666740cf2bc272265d518de21122_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_733c666740cf2bc272265d518de21122_e7f91a65;
})();

export const Checkboxinput_input_2329eac61d81af0cf5c37b9a0e8d8540_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_2329eac61d81af0cf5c37b9a0e8d8540_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("th"), name:"lang_th", type:"checkbox" }))},)
    )
});
Checkboxinput_input_2329eac61d81af0cf5c37b9a0e8d8540_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_2329eac61d81af0cf5c37b9a0e8d8540_e7f91a65;
})();

export const Checkboxinput_input_28c2b17ceac0ef23f24bdb71eb6765a2_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_28c2b17ceac0ef23f24bdb71eb6765a2_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ja"), name:"lang_ja", type:"checkbox" }))},)
    )
});
Checkboxinput_input_28c2b17ceac0ef23f24bdb71eb6765a2_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_28c2b17ceac0ef23f24bdb71eb6765a2_e7f91a65;
})();

export const Checkboxinput_input_ef53ec60d8b5c00307b49c864568b57d_e7f91a65 = /*#__PURE__*/ (() => {
const Checkboxinput_input_ef53ec60d8b5c00307b49c864568b57d_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx("input",{...mergeSlotProps(rest, ({ defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.languages_rx_state_.includes("ko"), name:"lang_ko", type:"checkbox" }))},)
    )
});
Checkboxinput_input_ef53ec60d8b5c00307b49c864568b57d_e7f91a65.displayName = "CheckboxInput";
return Checkboxinput_input_ef53ec60d8b5c00307b49c864568b57d_e7f91a65;
})();

export const Bare_comp_c34ebfc2e9d31afce6973e0a2f311bd7_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_c34ebfc2e9d31afce6973e0a2f311bd7_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["languages"] : "")
    )
});
Bare_comp_c34ebfc2e9d31afce6973e0a2f311bd7_e7f91a65.displayName = "Bare";
return Bare_comp_c34ebfc2e9d31afce6973e0a2f311bd7_e7f91a65;
})();

export const Cond_comp_4b7bec0ec09041f13cbf0ddac48dd703_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_4b7bec0ec09041f13cbf0ddac48dd703_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["languages"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["languages"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4b7bec0ec09041f13cbf0ddac48dd703_e7f91a65.displayName = "Cond";
return Cond_comp_4b7bec0ec09041f13cbf0ddac48dd703_e7f91a65;
})();

export const Button_button_e2d9a4c98a340ff8ae41fd369d4fd2eb_e7f91a65 = /*#__PURE__*/ (() => {
const Button_button_e2d9a4c98a340ff8ae41fd369d4fd2eb_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_da06154099d505bd7c5b05e8be59ad54 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.back", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_da06154099d505bd7c5b05e8be59ad54, size:"3", type:"button", variant:"soft" }))},children)
    )
});
Button_button_e2d9a4c98a340ff8ae41fd369d4fd2eb_e7f91a65.displayName = "Button";
return Button_button_e2d9a4c98a340ff8ae41fd369d4fd2eb_e7f91a65;
})();

export const Form_root_8c6fe8713b3d72eba3adbb9401c144cf_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_8c6fe8713b3d72eba3adbb9401c144cf_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_b8b00e27c67e3f4df1f18123af8e8155 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_organisation"] : getRefValue(refs["ref_field_organisation"]), ["field_org_type"] : getRefValue(refs["ref_field_org_type"]), ["field_discipline"] : getRefValue(refs["ref_field_discipline"]), ["field_region"] : getRefValue(refs["ref_field_region"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.save_about", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_b8b00e27c67e3f4df1f18123af8e8155 }))},children)
    )
});
Form_root_8c6fe8713b3d72eba3adbb9401c144cf_e7f91a65.displayName = "Form";
return Form_root_8c6fe8713b3d72eba3adbb9401c144cf_e7f91a65;
})();

export const Foreach_comp_6d89e325e7c8eff4bbaad7e63b41c4ca_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_6d89e325e7c8eff4bbaad7e63b41c4ca_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.suggestions_rx_state_ ?? [],((tag_rx_state_,index_e16afd437348fb80eb92bf0d8b805c8b)=>(jsx("option",{key:index_e16afd437348fb80eb92bf0d8b805c8b,value:tag_rx_state_},))))
    )
});
Foreach_comp_6d89e325e7c8eff4bbaad7e63b41c4ca_e7f91a65.displayName = "Foreach";
return Foreach_comp_6d89e325e7c8eff4bbaad7e63b41c4ca_e7f91a65;
})();

export const Bare_comp_6a26951468efa82384c7d70ff578c383_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_6a26951468efa82384c7d70ff578c383_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["looking_for"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["looking_for"] : "")
    )
});
Bare_comp_6a26951468efa82384c7d70ff578c383_e7f91a65.displayName = "Bare";
return Bare_comp_6a26951468efa82384c7d70ff578c383_e7f91a65;
})();

export const Cond_comp_137ecf1a68e56eed9f3eb87959891081_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_137ecf1a68e56eed9f3eb87959891081_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["looking_for"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["looking_for"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_137ecf1a68e56eed9f3eb87959891081_e7f91a65.displayName = "Cond";
return Cond_comp_137ecf1a68e56eed9f3eb87959891081_e7f91a65;
})();

export const Form_root_b1323ad5836c067385d09cf728ae5d1a_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_b1323ad5836c067385d09cf728ae5d1a_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_57aa351f5d1c7c98f7b01961e0dc086d = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_looking_for"] : getRefValue(refs["ref_field_looking_for"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.add_tag", ({ ["direction"] : "looking_for", ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_57aa351f5d1c7c98f7b01961e0dc086d }))},children)
    )
});
Form_root_b1323ad5836c067385d09cf728ae5d1a_e7f91a65.displayName = "Form";
return Form_root_b1323ad5836c067385d09cf728ae5d1a_e7f91a65;
})();

export const Foreach_comp_cfeeac0aa74cb927e69a4f6f4d69650a_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_cfeeac0aa74cb927e69a4f6f4d69650a_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.looking_for_rx_state_ ?? [],((tag_rx_state_,index_546d0836b89435082ded7dbd9c29b6a4)=>(jsx(RadixThemesBadge,{highContrast:true,key:index_546d0836b89435082ded7dbd9c29b6a4,role:"listitem",size:"2",variant:"soft"},tag_rx_state_,jsx(RadixThemesIconButton,{"aria-label":("Remove "+tag_rx_state_),css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.remove_tag", ({ ["direction"] : "looking_for", ["tag"] : tag_rx_state_ }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideX,{size:12},))))))
    )
});
Foreach_comp_cfeeac0aa74cb927e69a4f6f4d69650a_e7f91a65.displayName = "Foreach";
return Foreach_comp_cfeeac0aa74cb927e69a4f6f4d69650a_e7f91a65;
})();

export const Bare_comp_b2b97dac7cbd1e12a58bea0b1ee76f67_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_b2b97dac7cbd1e12a58bea0b1ee76f67_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["can_help"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["can_help"] : "")
    )
});
Bare_comp_b2b97dac7cbd1e12a58bea0b1ee76f67_e7f91a65.displayName = "Bare";
return Bare_comp_b2b97dac7cbd1e12a58bea0b1ee76f67_e7f91a65;
})();

export const Cond_comp_cf2012ee5870852d70451b7c6e6b3f02_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_cf2012ee5870852d70451b7c6e6b3f02_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["can_help"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["can_help"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cf2012ee5870852d70451b7c6e6b3f02_e7f91a65.displayName = "Cond";
return Cond_comp_cf2012ee5870852d70451b7c6e6b3f02_e7f91a65;
})();

export const Form_root_0fad078270f79840dc6c132defcdc49a_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_0fad078270f79840dc6c132defcdc49a_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_f3280cb76775a166172bc079ec002447 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_can_help"] : getRefValue(refs["ref_field_can_help"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.add_tag", ({ ["direction"] : "can_help", ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f3280cb76775a166172bc079ec002447 }))},children)
    )
});
Form_root_0fad078270f79840dc6c132defcdc49a_e7f91a65.displayName = "Form";
return Form_root_0fad078270f79840dc6c132defcdc49a_e7f91a65;
})();

export const Foreach_comp_d22979c85c4798fc87d87ea774dfa1bc_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_d22979c85c4798fc87d87ea774dfa1bc_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.can_help_rx_state_ ?? [],((tag_rx_state_,index_546d0836b89435082ded7dbd9c29b6a4)=>(jsx(RadixThemesBadge,{highContrast:true,key:index_546d0836b89435082ded7dbd9c29b6a4,role:"listitem",size:"2",variant:"soft"},tag_rx_state_,jsx(RadixThemesIconButton,{"aria-label":("Remove "+tag_rx_state_),css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.remove_tag", ({ ["direction"] : "can_help", ["tag"] : tag_rx_state_ }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideX,{size:12},))))))
    )
});
Foreach_comp_d22979c85c4798fc87d87ea774dfa1bc_e7f91a65.displayName = "Foreach";
return Foreach_comp_d22979c85c4798fc87d87ea774dfa1bc_e7f91a65;
})();

export const Button_button_f9e17ffed0a1126989d5946d34769045_e7f91a65 = /*#__PURE__*/ (() => {
const Button_button_f9e17ffed0a1126989d5946d34769045_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_0e35a0dfb2a54ad98066b1243a5b9429 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.save_expertise", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_0e35a0dfb2a54ad98066b1243a5b9429, size:"3", type:"button" }))},children)
    )
});
Button_button_f9e17ffed0a1126989d5946d34769045_e7f91a65.displayName = "Button";
return Button_button_f9e17ffed0a1126989d5946d34769045_e7f91a65;
})();

export const Foreach_comp_2eb3c1a7f068a189312b89f3931cd3a8_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_2eb3c1a7f068a189312b89f3931cd3a8_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.areas_rx_state_ ?? [],((area_rx_state_,index_baedeaddf5b48a805f2063b4500578a9)=>(jsx("label",{className:"focus-option",key:index_baedeaddf5b48a805f2063b4500578a9},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx("input",{className:"big-check",defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.focus_rx_state_.includes(area_rx_state_?.["code"]),name:("focus_"+area_rx_state_?.["code"]),type:"checkbox"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",weight:"bold"},area_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",size:"2"},({ ["practitioner_support"] : "Ask questions and get answers from peers, e.g. how others set up a grievance process.", ["business_support"] : "Find expertise for a project, e.g. a peer review of a design or an expert for a team.", ["learning"] : "Learn with others, e.g. clinics, shared notes and collections of good practice.", ["innovation"] : "Try new approaches to hard problems together, e.g. piloting an idea with peers.", ["coordination"] : "See who does what to avoid duplication, e.g. pooling evaluation plans across teams." })?.[area_rx_state_?.["code"]]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},area_rx_state_?.["description"])))))))
    )
});
Foreach_comp_2eb3c1a7f068a189312b89f3931cd3a8_e7f91a65.displayName = "Foreach";
return Foreach_comp_2eb3c1a7f068a189312b89f3931cd3a8_e7f91a65;
})();

export const Bare_comp_9188dc62073b4abe46a93fa65fe11879_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_9188dc62073b4abe46a93fa65fe11879_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["focus"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["focus"] : "")
    )
});
Bare_comp_9188dc62073b4abe46a93fa65fe11879_e7f91a65.displayName = "Bare";
return Bare_comp_9188dc62073b4abe46a93fa65fe11879_e7f91a65;
})();

export const Cond_comp_8b9a5ff342a7e8ddf9b39593e7b939a3_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_8b9a5ff342a7e8ddf9b39593e7b939a3_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["focus"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["focus"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8b9a5ff342a7e8ddf9b39593e7b939a3_e7f91a65.displayName = "Cond";
return Cond_comp_8b9a5ff342a7e8ddf9b39593e7b939a3_e7f91a65;
})();

export const Form_root_869f86bb1752555a0e61ceec1f63baa9_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_869f86bb1752555a0e61ceec1f63baa9_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_c26a899460b4825ab24e07f4d34a94ab = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.save_focus", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_c26a899460b4825ab24e07f4d34a94ab }))},children)
    )
});
Form_root_869f86bb1752555a0e61ceec1f63baa9_e7f91a65.displayName = "Form";
return Form_root_869f86bb1752555a0e61ceec1f63baa9_e7f91a65;
})();

export const Foreach_comp_8126e3caa2bcdcc9a692f9d5060176b0_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_8126e3caa2bcdcc9a692f9d5060176b0_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
const ref__reflex_Var_8954831380270129235_reflex_Var_field_motivation__match_rx_state__slug_error = useRef(null); refs["ref__reflex_Var_8954831380270129235_reflex_Var_field_motivation__match_rx_state__slug_error"] = ref__reflex_Var_8954831380270129235_reflex_Var_field_motivation__match_rx_state__slug_error;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.matches_rx_state_ ?? [],((match_rx_state_,index_570d6af44c9ab75c756229627d083aee)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),key:index_570d6af44c9ab75c756229627d083aee},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx("input",{className:"big-check",defaultChecked:reflex___state____state__cop_app___state___onboarding____onboarding_state.joined_rx_state_.includes(match_rx_state_?.["slug"]),disabled:(match_rx_state_?.["membership"]?.valueOf?.() === "active"?.valueOf?.()),id:("pick-"+match_rx_state_?.["slug"]),name:("pick_"+match_rx_state_?.["slug"]),type:"checkbox"},),jsx("label",{className:"field-label",htmlFor:("pick-"+match_rx_state_?.["slug"])},(((match_rx_state_?.["selective"] ? "Ask to join" : "Join")+" ")+match_rx_state_?.["name"])),jsx(Fragment,{},(!((match_rx_state_?.["membership"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBadge,{highContrast:true,variant:"soft"},match_rx_state_?.["membership"]))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},match_rx_state_?.["tagline"]),jsx("ul",{className:"reasons"},Array.prototype.map.call(match_rx_state_?.["reasons"] ?? [],((r_rx_state_,index_41dcc3f2eb904f688a4479bbc0a20017)=>(jsx("li",{key:index_41dcc3f2eb904f688a4479bbc0a20017},jsx(RadixThemesText,{as:"p",size:"2"},r_rx_state_)))))),jsx(Fragment,{},(match_rx_state_?.["selective"]?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-motivation_"+match_rx_state_?.["slug"])},(("A short note to the leads: why you want to join ("+match_rx_state_?.["name"])+")")),jsx(RadixThemesTextArea,{"aria-describedby":(("field-motivation_"+match_rx_state_?.["slug"])+"-error"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:match_rx_state_?.["motivation"],id:("field-motivation_"+match_rx_state_?.["slug"]),maxLength:500,name:("motivation_"+match_rx_state_?.["slug"]),rows:"3"},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.[("motivation:"+match_rx_state_?.["slug"])]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.[("motivation:"+match_rx_state_?.["slug"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-motivation_"+match_rx_state_?.["slug"])+"-error"),ref:ref__reflex_Var_8954831380270129235_reflex_Var_field_motivation__match_rx_state__slug_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.[("motivation:"+match_rx_state_?.["slug"])]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.[("motivation:"+match_rx_state_?.["slug"])] : "")))):(jsx(Fragment,{},))))))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_8126e3caa2bcdcc9a692f9d5060176b0_e7f91a65.displayName = "Foreach";
return Foreach_comp_8126e3caa2bcdcc9a692f9d5060176b0_e7f91a65;
})();

export const Bare_comp_85bc6926b448784012b502cc3ab18fd4_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_85bc6926b448784012b502cc3ab18fd4_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["communities"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["communities"] : "")
    )
});
Bare_comp_85bc6926b448784012b502cc3ab18fd4_e7f91a65.displayName = "Bare";
return Bare_comp_85bc6926b448784012b502cc3ab18fd4_e7f91a65;
})();

export const Cond_comp_7660b66d7c800b5a4f494b1e143c0c3a_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_7660b66d7c800b5a4f494b1e143c0c3a_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["communities"]) ? reflex___state____state__cop_app___state___onboarding____onboarding_state.errors_rx_state_?.["communities"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7660b66d7c800b5a4f494b1e143c0c3a_e7f91a65.displayName = "Cond";
return Cond_comp_7660b66d7c800b5a4f494b1e143c0c3a_e7f91a65;
})();

export const Form_root_69d0779a1d850b97d42b47aa5e424a5b_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_69d0779a1d850b97d42b47aa5e424a5b_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_7c89cb5e85e58c70439aaba86f5e7922 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.choose", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_7c89cb5e85e58c70439aaba86f5e7922 }))},children)
    )
});
Form_root_69d0779a1d850b97d42b47aa5e424a5b_e7f91a65.displayName = "Form";
return Form_root_69d0779a1d850b97d42b47aa5e424a5b_e7f91a65;
})();

export const Foreach_comp_5c5db47b8206316b98de6140dcacb390_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_5c5db47b8206316b98de6140dcacb390_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.outcomes_rx_state_ ?? [],((o_rx_state_,index_c65bc1823008bd4ace9c2704fc704ae4)=>(jsx("li",{key:index_c65bc1823008bd4ace9c2704fc704ae4},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),highContrast:true},jsx(ReactRouterLink,{to:("/c/"+o_rx_state_?.["slug"])},o_rx_state_?.["name"]))," \u2014 ",(() => { switch (JSON.stringify(o_rx_state_?.["status"])) {case JSON.stringify("active"):  return ("you are a member");  break;case JSON.stringify("pending"):  return ("waiting for a lead to approve");  break;default:  return ("request declined");  break;};})()))))
    )
});
Foreach_comp_5c5db47b8206316b98de6140dcacb390_e7f91a65.displayName = "Foreach";
return Foreach_comp_5c5db47b8206316b98de6140dcacb390_e7f91a65;
})();

export const Cond_comp_bd4e6039addbb6d6a9bf211b5e27e49a_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_bd4e6039addbb6d6a9bf211b5e27e49a_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        ((reflex___state____state__cop_app___state___onboarding____onboarding_state.outcomes_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bd4e6039addbb6d6a9bf211b5e27e49a_e7f91a65.displayName = "Cond";
return Cond_comp_bd4e6039addbb6d6a9bf211b5e27e49a_e7f91a65;
})();

export const Foreach_comp_2fd6babbdef913982752ffed13a7747e_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_2fd6babbdef913982752ffed13a7747e_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.people_rx_state_ ?? [],((person_rx_state_,index_8e040e653e61b9f430b9206d72906f34)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),key:index_8e040e653e61b9f430b9206d72906f34},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesText,{as:"p",weight:"bold"},person_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},person_rx_state_?.["about"]),jsx("ul",{className:"reasons"},Array.prototype.map.call(person_rx_state_?.["reasons"] ?? [],((r_rx_state_,index_41dcc3f2eb904f688a4479bbc0a20017)=>(jsx("li",{key:index_41dcc3f2eb904f688a4479bbc0a20017},jsx(RadixThemesText,{as:"p",size:"2"},r_rx_state_)))))))))))
    )
});
Foreach_comp_2fd6babbdef913982752ffed13a7747e_e7f91a65.displayName = "Foreach";
return Foreach_comp_2fd6babbdef913982752ffed13a7747e_e7f91a65;
})();

export const Cond_comp_b19e63cdecce31589fe87b5b84159f64_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_b19e63cdecce31589fe87b5b84159f64_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        ((reflex___state____state__cop_app___state___onboarding____onboarding_state.people_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b19e63cdecce31589fe87b5b84159f64_e7f91a65.displayName = "Cond";
return Cond_comp_b19e63cdecce31589fe87b5b84159f64_e7f91a65;
})();

export const Link_link_89edb207ba25a47470f043c3147ad7bd_e7f91a65 = /*#__PURE__*/ (() => {
const Link_link_89edb207ba25a47470f043c3147ad7bd_e7f91a65 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), highContrast:true, weight:"bold" }))},jsx(ReactRouterLink,{to:reflex___state____state__cop_app___state___onboarding____onboarding_state.question_rx_state_?.["url"]},reflex___state____state__cop_app___state___onboarding____onboarding_state.question_rx_state_?.["title"]))
    )
});
Link_link_89edb207ba25a47470f043c3147ad7bd_e7f91a65.displayName = "Link";
return Link_link_89edb207ba25a47470f043c3147ad7bd_e7f91a65;
})();

export const Bare_comp_a3eaac411d84f3bef61664a17225d6a2_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_a3eaac411d84f3bef61664a17225d6a2_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        ((reflex___state____state__cop_app___state___onboarding____onboarding_state.question_rx_state_?.["community"]+" \u00b7 ")+reflex___state____state__cop_app___state___onboarding____onboarding_state.question_rx_state_?.["reason"])
    )
});
Bare_comp_a3eaac411d84f3bef61664a17225d6a2_e7f91a65.displayName = "Bare";
return Bare_comp_a3eaac411d84f3bef61664a17225d6a2_e7f91a65;
})();

export const Cond_comp_409c6c80b6397cacaa3abd88d4d7439e_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_409c6c80b6397cacaa3abd88d4d7439e_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!((reflex___state____state__cop_app___state___onboarding____onboarding_state.question_rx_state_?.["url"]?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_409c6c80b6397cacaa3abd88d4d7439e_e7f91a65.displayName = "Cond";
return Cond_comp_409c6c80b6397cacaa3abd88d4d7439e_e7f91a65;
})();

export const Foreach_comp_d64cebeeb75a68c339d5bb63b070e069_e7f91a65 = /*#__PURE__*/ (() => {
const Foreach_comp_d64cebeeb75a68c339d5bb63b070e069_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___onboarding____onboarding_state.outcomes_rx_state_ ?? [],((o_rx_state_,index_e3774d16a0c5533ea62cb50e414d254b)=>(jsx(Fragment,{key:index_e3774d16a0c5533ea62cb50e414d254b},((o_rx_state_?.["status"]?.valueOf?.() === "active"?.valueOf?.())?(jsx(Fragment,{},jsx("option",{value:o_rx_state_?.["slug"]},o_rx_state_?.["name"]))):(jsx(Fragment,{},)))))))
    )
});
Foreach_comp_d64cebeeb75a68c339d5bb63b070e069_e7f91a65.displayName = "Foreach";
return Foreach_comp_d64cebeeb75a68c339d5bb63b070e069_e7f91a65;
})();

export const Bare_comp_185459dd4a627e51d8be0a3b7d9b561d_e7f91a65 = /*#__PURE__*/ (() => {
const Bare_comp_185459dd4a627e51d8be0a3b7d9b561d_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        reflex___state____state__cop_app___state___onboarding____onboarding_state.post_error_rx_state_
    )
});
Bare_comp_185459dd4a627e51d8be0a3b7d9b561d_e7f91a65.displayName = "Bare";
return Bare_comp_185459dd4a627e51d8be0a3b7d9b561d_e7f91a65;
})();

export const Cond_comp_53d5814e34d323041bf0b8cc4fc83a68_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_53d5814e34d323041bf0b8cc4fc83a68_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (!((reflex___state____state__cop_app___state___onboarding____onboarding_state.post_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_53d5814e34d323041bf0b8cc4fc83a68_e7f91a65.displayName = "Cond";
return Cond_comp_53d5814e34d323041bf0b8cc4fc83a68_e7f91a65;
})();

export const Form_root_3a236258692d2f01924741b13cfde44b_e7f91a65 = /*#__PURE__*/ (() => {
const Form_root_3a236258692d2f01924741b13cfde44b_e7f91a65 = memo(({children, ...rest}) => {
    
    const handleSubmit_39ffd34f7a1c6f91479fb820133cc495 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_community"] : getRefValue(refs["ref_field_community"]), ["field_kind"] : getRefValue(refs["ref_field_kind"]), ["field_title"] : getRefValue(refs["ref_field_title"]), ["field_body"] : getRefValue(refs["ref_field_body"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.post_first", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_39ffd34f7a1c6f91479fb820133cc495 }))},children)
    )
});
Form_root_3a236258692d2f01924741b13cfde44b_e7f91a65.displayName = "Form";
return Form_root_3a236258692d2f01924741b13cfde44b_e7f91a65;
})();

export const Button_button_c0a280ab38f37e5db53725f5253c2057_e7f91a65 = /*#__PURE__*/ (() => {
const Button_button_c0a280ab38f37e5db53725f5253c2057_e7f91a65 = memo(({children, ...rest}) => {
    const on_click_d45c24c45e2536a8b18edec34051bd7c = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___onboarding____onboarding_state.finish", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ highContrast:true, onClick:on_click_d45c24c45e2536a8b18edec34051bd7c, size:"3", type:"button", variant:"outline" }))},children)
    )
});
Button_button_c0a280ab38f37e5db53725f5253c2057_e7f91a65.displayName = "Button";
return Button_button_c0a280ab38f37e5db53725f5253c2057_e7f91a65;
})();

export const Match_comp_b0907ff1b4df59db4058f898013b9eb3_e7f91a65 = /*#__PURE__*/ (() => {
const Match_comp_b0907ff1b4df59db4058f898013b9eb3_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__cop_app___state___onboarding____onboarding_state.step_rx_state_)) {
    case JSON.stringify(1):
      return children?.at?.(0);
      break;
    case JSON.stringify(2):
      return children?.at?.(1);
      break;
    case JSON.stringify(3):
      return children?.at?.(2);
      break;
    case JSON.stringify(4):
      return children?.at?.(3);
      break;
    case JSON.stringify(5):
      return children?.at?.(4);
      break;
    default:
      return children?.at?.(5);
      break;
  }
})()
    )
});
Match_comp_b0907ff1b4df59db4058f898013b9eb3_e7f91a65.displayName = "Match";
return Match_comp_b0907ff1b4df59db4058f898013b9eb3_e7f91a65;
})();

export const Cond_comp_770f3513365c3d0e023fadbaa938cdb5_e7f91a65 = /*#__PURE__*/ (() => {
const Cond_comp_770f3513365c3d0e023fadbaa938cdb5_e7f91a65 = memo(({children}) => {
    const reflex___state____state__cop_app___state___onboarding____onboarding_state = useStateContext("reflex___state____state.cop_app___state___onboarding____onboarding_state")
    return(
        (reflex___state____state__cop_app___state___onboarding____onboarding_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_770f3513365c3d0e023fadbaa938cdb5_e7f91a65.displayName = "Cond";
return Cond_comp_770f3513365c3d0e023fadbaa938cdb5_e7f91a65;
})();
