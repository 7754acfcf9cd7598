
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,IconButton as RadixThemesIconButton,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c172e38f = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c172e38f = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c172e38f.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_c172e38f;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c172e38f.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_c172e38f;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c172e38f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c172e38f = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c172e38f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_c172e38f;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c172e38f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c172e38f = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c172e38f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_c172e38f;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c172e38f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c172e38f = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c172e38f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_c172e38f;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_c172e38f.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_c172e38f;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c172e38f = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c172e38f = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c172e38f.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_c172e38f;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c172e38f.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_c172e38f;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c172e38f.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_c172e38f;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c172e38f = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c172e38f = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c172e38f.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_c172e38f;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_c172e38f.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_c172e38f;
})();

export const Bare_comp_c796cd6ff580f397d23321e32c445a87_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_c796cd6ff580f397d23321e32c445a87_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____login_state = useStateContext("reflex___state____state.cop_app___state___login____login_state")
    return(
        reflex___state____state__cop_app___state___login____login_state.error_rx_state_
    )
});
Bare_comp_c796cd6ff580f397d23321e32c445a87_c172e38f.displayName = "Bare";
return Bare_comp_c796cd6ff580f397d23321e32c445a87_c172e38f;
})();

export const Cond_comp_774335cfe58a2f8239b5faf710903f75_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_774335cfe58a2f8239b5faf710903f75_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____login_state = useStateContext("reflex___state____state.cop_app___state___login____login_state")
    return(
        (!((reflex___state____state__cop_app___state___login____login_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_774335cfe58a2f8239b5faf710903f75_c172e38f.displayName = "Cond";
return Cond_comp_774335cfe58a2f8239b5faf710903f75_c172e38f;
})();

export const Form_root_31f4f48841ce0aa26b3055187fd4d5e1_c172e38f = /*#__PURE__*/ (() => {
const Form_root_31f4f48841ce0aa26b3055187fd4d5e1_c172e38f = memo(({children, ...rest}) => {
    
    const handleSubmit_9083406fb1bc54f989a6b1daf9f4f5e1 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_email"] : getRefValue(refs["ref_field_email"]), ["field_password"] : getRefValue(refs["ref_field_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___login____login_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_9083406fb1bc54f989a6b1daf9f4f5e1 }))},children)
    )
});
Form_root_31f4f48841ce0aa26b3055187fd4d5e1_c172e38f.displayName = "Form";
return Form_root_31f4f48841ce0aa26b3055187fd4d5e1_c172e38f;
})();

export const Textfieldroot_textfield__root_234196b0a73eeff361864f4aba071fa2_c172e38f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_234196b0a73eeff361864f4aba071fa2_c172e38f = memo(({children, ...rest}) => {
    const ref_field_display_name = useRef(null); refs["ref_field_display_name"] = ref_field_display_name;
const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-display_name-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), autoComplete:"name", css:({ ["width"] : "100%" }), id:"field-display_name", maxLength:80, name:"display_name", ref:ref_field_display_name, required:true, size:"3" }))},)
    )
});
Textfieldroot_textfield__root_234196b0a73eeff361864f4aba071fa2_c172e38f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_234196b0a73eeff361864f4aba071fa2_c172e38f;
})();

export const Bare_comp_ab0e491b074f93b7a392ea1371b4eddb_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_ab0e491b074f93b7a392ea1371b4eddb_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"] : "")
    )
});
Bare_comp_ab0e491b074f93b7a392ea1371b4eddb_c172e38f.displayName = "Bare";
return Bare_comp_ab0e491b074f93b7a392ea1371b4eddb_c172e38f;
})();

export const Cond_comp_e38fb266c7dbbd359e06e9e145d0b0c0_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_e38fb266c7dbbd359e06e9e145d0b0c0_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["display_name"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e38fb266c7dbbd359e06e9e145d0b0c0_c172e38f.displayName = "Cond";
return Cond_comp_e38fb266c7dbbd359e06e9e145d0b0c0_c172e38f;
})();

export const Textfieldroot_textfield__root_7d28d712c178c260e252071a4acbacc7_c172e38f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_7d28d712c178c260e252071a4acbacc7_c172e38f = memo(({children, ...rest}) => {
    const ref_field_email = useRef(null); refs["ref_field_email"] = ref_field_email;
const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-email-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), autoComplete:"email", css:({ ["width"] : "100%" }), id:"field-email", name:"email", ref:ref_field_email, required:true, size:"3", type:"email" }))},)
    )
});
Textfieldroot_textfield__root_7d28d712c178c260e252071a4acbacc7_c172e38f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_7d28d712c178c260e252071a4acbacc7_c172e38f;
})();

export const Bare_comp_915ae1400a1bfa1f4599aa3f23b3f218_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_915ae1400a1bfa1f4599aa3f23b3f218_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_915ae1400a1bfa1f4599aa3f23b3f218_c172e38f.displayName = "Bare";
return Bare_comp_915ae1400a1bfa1f4599aa3f23b3f218_c172e38f;
})();

export const Cond_comp_b36b93239749e8eef470338634a44986_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_b36b93239749e8eef470338634a44986_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["email"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b36b93239749e8eef470338634a44986_c172e38f.displayName = "Cond";
return Cond_comp_b36b93239749e8eef470338634a44986_c172e38f;
})();

export const Textfieldroot_textfield__root_5019334e1be437041390402d98e1bd2b_c172e38f = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_5019334e1be437041390402d98e1bd2b_c172e38f = memo(({children, ...rest}) => {
    const ref_field_password = useRef(null); refs["ref_field_password"] = ref_field_password;
const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ "aria-describedby":"field-password-hint field-password-error", "aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"), autoComplete:"new-password", css:({ ["width"] : "100%" }), id:"field-password", name:"password", ref:ref_field_password, required:true, size:"3", type:"password" }))},)
    )
});
Textfieldroot_textfield__root_5019334e1be437041390402d98e1bd2b_c172e38f.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_5019334e1be437041390402d98e1bd2b_c172e38f;
})();

export const Bare_comp_13b48d4436a90a91738d2d61ef5d5934_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_13b48d4436a90a91738d2d61ef5d5934_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_13b48d4436a90a91738d2d61ef5d5934_c172e38f.displayName = "Bare";
return Bare_comp_13b48d4436a90a91738d2d61ef5d5934_c172e38f;
})();

export const Cond_comp_905ca381d42c32a37993939d7110ba39_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_905ca381d42c32a37993939d7110ba39_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (!(((isTrue(reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"]) ? reflex___state____state__cop_app___state___login____signup_state.errors_rx_state_?.["password"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_905ca381d42c32a37993939d7110ba39_c172e38f.displayName = "Cond";
return Cond_comp_905ca381d42c32a37993939d7110ba39_c172e38f;
})();

export const Bare_comp_fa10f1d96ccc2aa6c7e453ba2d03b7dc_c172e38f = /*#__PURE__*/ (() => {
const Bare_comp_fa10f1d96ccc2aa6c7e453ba2d03b7dc_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        reflex___state____state__cop_app___state___login____signup_state.error_rx_state_
    )
});
Bare_comp_fa10f1d96ccc2aa6c7e453ba2d03b7dc_c172e38f.displayName = "Bare";
return Bare_comp_fa10f1d96ccc2aa6c7e453ba2d03b7dc_c172e38f;
})();

export const Cond_comp_a5db2a579c59b198a262ba65a77e6ad5_c172e38f = /*#__PURE__*/ (() => {
const Cond_comp_a5db2a579c59b198a262ba65a77e6ad5_c172e38f = memo(({children}) => {
    const reflex___state____state__cop_app___state___login____signup_state = useStateContext("reflex___state____state.cop_app___state___login____signup_state")
    return(
        (!((reflex___state____state__cop_app___state___login____signup_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a5db2a579c59b198a262ba65a77e6ad5_c172e38f.displayName = "Cond";
return Cond_comp_a5db2a579c59b198a262ba65a77e6ad5_c172e38f;
})();

export const Form_root_6c9a2dd9aca474e782fcf9754b9e5335_c172e38f = /*#__PURE__*/ (() => {
const Form_root_6c9a2dd9aca474e782fcf9754b9e5335_c172e38f = memo(({children, ...rest}) => {
    
    const handleSubmit_9eaf46c438095c982ea1aee8bc9f4d26 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["field_display_name"] : getRefValue(refs["ref_field_display_name"]), ["field_email"] : getRefValue(refs["ref_field_email"]), ["field_password"] : getRefValue(refs["ref_field_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___login____signup_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_9eaf46c438095c982ea1aee8bc9f4d26 }))},children)
    )
});
Form_root_6c9a2dd9aca474e782fcf9754b9e5335_c172e38f.displayName = "Form";
return Form_root_6c9a2dd9aca474e782fcf9754b9e5335_c172e38f;
})();
