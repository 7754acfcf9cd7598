
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Button as RadixThemesButton,Card as RadixThemesCard,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import LucideCircleUserRound from "lucide-react/dist/esm/icons/circle-user-round.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {addEvents} from "$/utils/context"
import {Root as RadixFormRoot} from "@radix-ui/react-form"








export const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_75b4e6d7 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_75b4e6d7 = memo(({children, ...rest}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Your account",highContrast:true,size:"2",variant:"soft"},jsx(LucideCircleUserRound,{size:16},),reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_,jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_75b4e6d7.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_8d32545e7882992db7d7da0da7b9c278_75b4e6d7;
})();

export const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_75b4e6d7 = /*#__PURE__*/ (() => {
const Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        ("Signed in as "+reflex___state____state__cop_app___state___auth____auth_state.display_name_rx_state_)
    )
});
Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_75b4e6d7.displayName = "Bare";
return Bare_comp_873dba4098b7b42ae271f2ca8c62d3e3_75b4e6d7;
})();

export const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_75b4e6d7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_75b4e6d7 = memo(({children, ...rest}) => {
    const on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/profile", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_59ebc181715b0f1b7a9d7f01a3f7f3cd }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_75b4e6d7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_c27263ea1b46a6c4d0309e29ea2acb0d_75b4e6d7;
})();

export const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_75b4e6d7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_75b4e6d7 = memo(({children, ...rest}) => {
    const on_click_5f4b76d8017775de82daaa51e0df155b = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account/sessions", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_5f4b76d8017775de82daaa51e0df155b }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_75b4e6d7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_0b5d8ca8ea3852d36ab279ce17283d9f_75b4e6d7;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_75b4e6d7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_75b4e6d7 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_75b4e6d7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_75b4e6d7;
})();

export const Cond_comp_da1ea385ce17ef939486dc664580e0ef_75b4e6d7 = /*#__PURE__*/ (() => {
const Cond_comp_da1ea385ce17ef939486dc664580e0ef_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.show_admin_link_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_da1ea385ce17ef939486dc664580e0ef_75b4e6d7.displayName = "Cond";
return Cond_comp_da1ea385ce17ef939486dc664580e0ef_75b4e6d7;
})();

export const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_75b4e6d7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_75b4e6d7 = memo(({children, ...rest}) => {
    const on_click_0d9d85f97a785f472a547f0cd992ea76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_0d9d85f97a785f472a547f0cd992ea76 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_75b4e6d7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_a7e3e7dfa4a6889ad09409b3d786519a_75b4e6d7;
})();

export const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_75b4e6d7 = /*#__PURE__*/ (() => {
const Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (reflex___state____state__cop_app___state___auth____auth_state.signed_in_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_75b4e6d7.displayName = "Cond";
return Cond_comp_b982421dc3e7ff34510dbe2a719ab4ea_75b4e6d7;
})();

export const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_75b4e6d7 = /*#__PURE__*/ (() => {
const Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_
    )
});
Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_75b4e6d7.displayName = "Bare";
return Bare_comp_34d6e6a47d0ae74e73017af0239fcb58_75b4e6d7;
})();

export const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_75b4e6d7 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_75b4e6d7 = memo(({children, ...rest}) => {
    const on_click_7a8383a2df992f2ff0ab78f42db92a17 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___auth____auth_state.dismiss_notice", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", color:"amber", css:({ ["padding"] : "6px" }), highContrast:true, onClick:on_click_7a8383a2df992f2ff0ab78f42db92a17, size:"1", variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_75b4e6d7.displayName = "IconButton";
return Iconbutton_iconbutton_dd79f453f259ad69c50201ea92ddd7fa_75b4e6d7;
})();

export const Cond_comp_30377d1ab92c2932d5a3de06588a020d_75b4e6d7 = /*#__PURE__*/ (() => {
const Cond_comp_30377d1ab92c2932d5a3de06588a020d_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___auth____auth_state = useStateContext("reflex___state____state.cop_app___state___auth____auth_state")
    return(
        (!((reflex___state____state__cop_app___state___auth____auth_state.notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_30377d1ab92c2932d5a3de06588a020d_75b4e6d7.displayName = "Cond";
return Cond_comp_30377d1ab92c2932d5a3de06588a020d_75b4e6d7;
})();

export const Foreach_comp_0f29c7bec5807c663150705249e85be3_75b4e6d7 = /*#__PURE__*/ (() => {
const Foreach_comp_0f29c7bec5807c663150705249e85be3_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___catalogue____catalogue_state = useStateContext("reflex___state____state.cop_app___state___catalogue____catalogue_state")

    const handleSubmit_d52f18fd9109650b1447c599e7aefe55 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.cop_app___state___catalogue____catalogue_state.save", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
const ref__reflex_Var_284770455144524095_reflex_Var_field_name_area_rx_state__code_error = useRef(null); refs["ref__reflex_Var_284770455144524095_reflex_Var_field_name_area_rx_state__code_error"] = ref__reflex_Var_284770455144524095_reflex_Var_field_name_area_rx_state__code_error;
const ref__reflex_Var_8092096626499989448_reflex_Var_field_description_area_rx_state__code_error = useRef(null); refs["ref__reflex_Var_8092096626499989448_reflex_Var_field_description_area_rx_state__code_error"] = ref__reflex_Var_8092096626499989448_reflex_Var_field_description_area_rx_state__code_error;
const ref__reflex_Var_4078642182172843385_reflex_Var_field_examples_area_rx_state__code_error = useRef(null); refs["ref__reflex_Var_4078642182172843385_reflex_Var_field_examples_area_rx_state__code_error"] = ref__reflex_Var_4078642182172843385_reflex_Var_field_examples_area_rx_state__code_error;
const ref__reflex_Var_705846633950738961_reflex_Var_field_signals_area_rx_state__code_error = useRef(null); refs["ref__reflex_Var_705846633950738961_reflex_Var_field_signals_area_rx_state__code_error"] = ref__reflex_Var_705846633950738961_reflex_Var_field_signals_area_rx_state__code_error;
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___catalogue____catalogue_state.areas_rx_state_ ?? [],((area_rx_state_,index_33bbfe0be0b98343497c34d97ef07305)=>(jsx(RadixThemesCard,{css:({ ["width"] : "100%" }),key:index_33bbfe0be0b98343497c34d97ef07305,size:"3"},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_d52f18fd9109650b1447c599e7aefe55},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesHeading,{as:"h2",size:"5"},area_rx_state_?.["name"]),jsx("input",{name:"code",type:"hidden",value:(isNotNullOrUndefined(area_rx_state_?.["code"]) ? area_rx_state_?.["code"] : "")},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-name-"+area_rx_state_?.["code"])},"Name"),jsx(RadixThemesTextField.Root,{"aria-describedby":(((("field-name-"+area_rx_state_?.["code"])+"-hint ")+("field-name-"+area_rx_state_?.["code"]))+"-error"),"aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["width"] : "100%" }),defaultValue:area_rx_state_?.["name"],id:("field-name-"+area_rx_state_?.["code"]),name:"name",size:"3"},),jsx(Fragment,{},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-name-"+area_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_284770455144524095_reflex_Var_field_name_area_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("name:"+area_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-description-"+area_rx_state_?.["code"])},"What it means"),jsx(RadixThemesTextArea,{"aria-describedby":(((("field-description-"+area_rx_state_?.["code"])+"-hint ")+("field-description-"+area_rx_state_?.["code"]))+"-error"),"aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:area_rx_state_?.["description"],id:("field-description-"+area_rx_state_?.["code"]),name:"description",rows:"3"},),jsx(Fragment,{},),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-description-"+area_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_8092096626499989448_reflex_Var_field_description_area_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("description:"+area_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-examples-"+area_rx_state_?.["code"])},"Typical activities"),jsx(RadixThemesTextArea,{"aria-describedby":(((("field-examples-"+area_rx_state_?.["code"])+"-hint ")+("field-examples-"+area_rx_state_?.["code"]))+"-error"),"aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:area_rx_state_?.["examples"].join("\n"),id:("field-examples-"+area_rx_state_?.["code"]),name:"examples",rows:"4"},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),id:(("field-examples-"+area_rx_state_?.["code"])+"-hint"),size:"1"},"One per line, up to eight."),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-examples-"+area_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_4078642182172843385_reflex_Var_field_examples_area_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("examples:"+area_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:("field-signals-"+area_rx_state_?.["code"])},"Signals that show it is working"),jsx(RadixThemesTextArea,{"aria-describedby":(((("field-signals-"+area_rx_state_?.["code"])+"-hint ")+("field-signals-"+area_rx_state_?.["code"]))+"-error"),"aria-invalid":(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.())) ? "true" : "false"),css:({ ["& textarea"] : null, ["width"] : "100%" }),defaultValue:area_rx_state_?.["signals"].join("\n"),id:("field-signals-"+area_rx_state_?.["code"]),name:"signals",rows:"4"},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),id:(("field-signals-"+area_rx_state_?.["code"])+"-hint"),size:"1"},"One per line, up to eight."),jsx(Fragment,{},(!(((isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),id:(("field-signals-"+area_rx_state_?.["code"])+"-error"),ref:ref__reflex_Var_705846633950738961_reflex_Var_field_signals_area_rx_state__code_error,role:"alert",size:"2"},(isTrue(reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])]) ? reflex___state____state__cop_app___state___catalogue____catalogue_state.errors_rx_state_?.[("signals:"+area_rx_state_?.["code"])] : "")))):(jsx(Fragment,{},))))),jsx(RadixThemesButton,{"aria-label":("Save wording: "+area_rx_state_?.["name"]),highContrast:true,type:"submit"},"Save wording")))))))
    )
});
Foreach_comp_0f29c7bec5807c663150705249e85be3_75b4e6d7.displayName = "Foreach";
return Foreach_comp_0f29c7bec5807c663150705249e85be3_75b4e6d7;
})();

export const Foreach_comp_2f20a3553f8258fe05dbfa10454bd39d_75b4e6d7 = /*#__PURE__*/ (() => {
const Foreach_comp_2f20a3553f8258fe05dbfa10454bd39d_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___catalogue____catalogue_state = useStateContext("reflex___state____state.cop_app___state___catalogue____catalogue_state")
    return(
        Array.prototype.map.call(reflex___state____state__cop_app___state___catalogue____catalogue_state.audit_rx_state_ ?? [],((entry_rx_state_,index_4388afb342762408178f3ea5e9bc57ad)=>(jsx("li",{className:"audit-entry",key:index_4388afb342762408178f3ea5e9bc57ad},jsx(RadixThemesText,{as:"p",size:"1",weight:"medium"},((entry_rx_state_?.["who"]+" \u00b7 ")+entry_rx_state_?.["when"])),jsx("ul",{className:"reasons"},Array.prototype.map.call(entry_rx_state_?.["changes"] ?? [],((c_rx_state_,index_41dcc3f2eb904f688a4479bbc0a20017)=>(jsx("li",{key:index_41dcc3f2eb904f688a4479bbc0a20017},jsx(RadixThemesText,{as:"p",size:"2"},c_rx_state_))))))))))
    )
});
Foreach_comp_2f20a3553f8258fe05dbfa10454bd39d_75b4e6d7.displayName = "Foreach";
return Foreach_comp_2f20a3553f8258fe05dbfa10454bd39d_75b4e6d7;
})();

export const Cond_comp_699793dd62b2a933f9c8e3dafa4537a1_75b4e6d7 = /*#__PURE__*/ (() => {
const Cond_comp_699793dd62b2a933f9c8e3dafa4537a1_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___catalogue____catalogue_state = useStateContext("reflex___state____state.cop_app___state___catalogue____catalogue_state")
    return(
        ((reflex___state____state__cop_app___state___catalogue____catalogue_state.audit_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_699793dd62b2a933f9c8e3dafa4537a1_75b4e6d7.displayName = "Cond";
return Cond_comp_699793dd62b2a933f9c8e3dafa4537a1_75b4e6d7;
})();

export const Cond_comp_10b3b800de353544e254cf7f007600f1_75b4e6d7 = /*#__PURE__*/ (() => {
const Cond_comp_10b3b800de353544e254cf7f007600f1_75b4e6d7 = memo(({children}) => {
    const reflex___state____state__cop_app___state___catalogue____catalogue_state = useStateContext("reflex___state____state.cop_app___state___catalogue____catalogue_state")
    return(
        (reflex___state____state__cop_app___state___catalogue____catalogue_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_10b3b800de353544e254cf7f007600f1_75b4e6d7.displayName = "Cond";
return Cond_comp_10b3b800de353544e254cf7f007600f1_75b4e6d7;
})();
