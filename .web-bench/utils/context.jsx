import { useContext, useMemo, useState, createElement, useEffect } from "react"
import { applyDelta, ReflexEvent, hydrateClientStorage, useEventLoop, refs } from "$/utils/state"
import { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext, registerApp, eventLoop } from "$/utils/context-registry"
import { jsx } from "@emotion/react";

export { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext };
export const initialState = {"reflex___state____state": {"is_hydrated_rx_state_": false, "rx_router_headers_rx_state_": {"host": "", "origin": "", "upgrade": "", "connection": "", "pragma": "", "cache_control": "", "user_agent": "", "sec_websocket_version": "", "sec_websocket_key": "", "sec_websocket_extensions": "", "accept_encoding": "", "accept_language": "", "raw_headers": {}}, "rx_router_page_rx_state_": {"host": "", "path": "", "raw_path": "", "full_path": "", "full_raw_path": "", "params": {}}, "rx_router_route_id_rx_state_": "", "rx_router_session_rx_state_": {"client_token": "", "client_ip": "", "session_id": ""}, "rx_router_url_rx_state_": {"scheme": "", "netloc": "", "origin": "://", "path": "", "query": "", "query_parameters": {}, "fragment": "", "href": ""}, "slug_rx_state_": "", "thread_id_rx_state_": ""}, "reflex___state____state.cop_app___state___admin____admin_state": {"accounts_rx_state_": "0", "areas_rx_state_": [], "communities_rx_state_": [], "errors_rx_state_": {}, "loaded_rx_state_": false}, "reflex___state____state.cop_app___state___admin____join_requests_state": {"community_name_rx_state_": "", "community_slug_rx_state_": "", "loaded_rx_state_": false, "requests_rx_state_": []}, "reflex___state____state.cop_app___state___auth____auth_state": {"display_name_rx_state_": "", "notice_rx_state_": "", "show_admin_link_rx_state_": false, "signed_in_rx_state_": false}, "reflex___state____state.cop_app___state___catalogue____catalogue_state": {"areas_rx_state_": [], "audit_rx_state_": [], "errors_rx_state_": {}, "loaded_rx_state_": false}, "reflex___state____state.cop_app___state___community____community_state": {"can_moderate_rx_state_": false, "can_post_rx_state_": false, "focus_rx_state_": "", "focus_choices_rx_state_": {}, "found_rx_state_": false, "header_rx_state_": {"slug": "", "name": "", "tagline": "", "description": "", "selective": false, "member_count": "0", "thread_count": "0", "languages": "", "focus": [], "archived": false}, "join_error_rx_state_": "", "kind_rx_state_": "", "loaded_rx_state_": false, "membership_rx_state_": "", "mine_rx_state_": false, "next_cursor_rx_state_": "", "sort_rx_state_": "activity", "threads_rx_state_": [], "unanswered_rx_state_": false}, "reflex___state____state.cop_app___state___community_admin____community_config_state": {"archived_rx_state_": false, "audit_rx_state_": [], "can_archive_rx_state_": false, "card_rx_state_": {"slug": "", "name": "", "tagline": "", "selective": false, "member_count": "0", "thread_count": "0", "last_activity": "", "focus": []}, "community_name_rx_state_": "", "community_slug_rx_state_": "", "description_rx_state_": "", "draft_emphasis_rx_state_": {}, "draft_name_rx_state_": "", "draft_openness_rx_state_": "open", "draft_tagline_rx_state_": "", "draft_targets_rx_state_": {}, "errors_rx_state_": {}, "languages_rx_state_": [], "loaded_rx_state_": false, "openness_rx_state_": "open", "preview_card_rx_state_": {"slug": "", "name": "", "tagline": "", "selective": false, "member_count": "0", "thread_count": "0", "last_activity": "", "focus": []}, "preview_targets_rx_state_": [], "rows_rx_state_": [], "tagline_rx_state_": "", "team_rx_state_": []}, "reflex___state____state.cop_app___state___helpdesk____helpdesk_state": {"community_name_rx_state_": "", "community_slug_rx_state_": "", "helpers_rx_state_": [], "items_rx_state_": [], "loaded_rx_state_": false}, "reflex___state____state.cop_app___state___home____home_state": {"cards_rx_state_": [], "loaded_rx_state_": false, "mine_rx_state_": [], "onboarding_unfinished_rx_state_": false}, "reflex___state____state.cop_app___state___login____login_state": {"error_rx_state_": ""}, "reflex___state____state.cop_app___state___login____signup_state": {"error_rx_state_": "", "errors_rx_state_": {}}, "reflex___state____state.cop_app___state___new_thread____new_thread_state": {"community_name_rx_state_": "", "community_slug_rx_state_": "", "draft_rx_state_": "", "errors_rx_state_": {}, "focus_area_rx_state_": "", "focus_choices_rx_state_": {}, "kind_rx_state_": "question", "loaded_rx_state_": false, "target_rx_state_": ""}, "reflex___state____state.cop_app___state___onboarding____onboarding_state": {"areas_rx_state_": [], "can_help_rx_state_": [], "completed_rx_state_": false, "discipline_rx_state_": "", "errors_rx_state_": {}, "focus_rx_state_": [], "joined_rx_state_": [], "languages_rx_state_": [], "loaded_rx_state_": false, "looking_for_rx_state_": [], "matches_rx_state_": [], "org_type_rx_state_": "", "organisation_rx_state_": "", "outcomes_rx_state_": [], "people_rx_state_": [], "post_error_rx_state_": "", "question_rx_state_": {"title": "", "url": "", "community": "", "reason": ""}, "region_rx_state_": "", "step_rx_state_": 1, "suggestions_rx_state_": []}, "reflex___state____state.cop_app___state___profile____profile_state": {"bio_rx_state_": "", "can_help_rx_state_": "", "discipline_rx_state_": "", "display_name_rx_state_": "", "errors_rx_state_": {}, "focus_interests_rx_state_": [], "focus_names_rx_state_": {}, "languages_rx_state_": [], "loaded_rx_state_": false, "looking_for_rx_state_": "", "org_type_rx_state_": "", "organisation_rx_state_": "", "region_rx_state_": ""}, "reflex___state____state.cop_app___state___search____search_state": {"community_name_rx_state_": "", "community_slug_rx_state_": "", "found_rx_state_": false, "hits_rx_state_": [], "loaded_rx_state_": false, "query_rx_state_": "", "searched_rx_state_": false}, "reflex___state____state.cop_app___state___sessions____sessions_state": {"loaded_rx_state_": false, "rows_rx_state_": []}, "reflex___state____state.cop_app___state___thread____thread_state": {"draft_rx_state_": "", "edit_error_rx_state_": "", "editing_id_rx_state_": 0, "found_rx_state_": false, "header_rx_state_": {"id": 0, "title": "", "kind_label": "", "focus_label": "", "status_label": "", "answered": false, "created": "", "author": "", "community_slug": "", "community_name": "", "reply_count": "0", "first_response": "", "kind": "", "answerable": false, "pinned": false, "locked": false, "hidden": false, "tags": [], "context": "", "target": "", "can_reply": false, "reply_block": "", "can_moderate": false, "earlier": 0, "move_targets": {}, "can_make_knowledge": false}, "loaded_rx_state_": false, "posts_rx_state_": [], "quote_id_rx_state_": 0, "quote_label_rx_state_": "", "reply_error_rx_state_": ""}, "reflex___state____state.reflex___istate___shared____shared_state_base_internal": {}, "reflex___state____state.reflex___state____frontend_event_exception_state": {}, "reflex___state____state.reflex___state____on_load_internal_state": {}, "reflex___state____state.reflex___state____update_vars_internal_state": {}}
export const initialStateHashes = ["900b492b5236f6ab", "0972fbefdd376467", "8453361b40c5ee33", "db0631218b8d5841", "c89a07dd778f9b4c", "962fb2a9a80eb62b", "6adb8884b6af8796", "dba485658e711a30", "eadcf1c6876dbe70", "f411cdd1b84b845a", "cfb19fb36263fc89", "dcc551582bbad73d", "fb5fb42f0c9a86a4", "80fe474a7ce477b1", "99607f38e0693886", "8fde0d1df21c2c5f", "bc4b8f8ad6fe80c6", "8d25eb560e87c42d", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384"]
export const stateSchema = "f7b92f3d387f21589babc22065ded87e"

export const defaultColorMode = "system"
export const clientStorage = {"cookies": {}, "local_storage": {}, "session_storage": {}}


export const state_name = "reflex___state____state"

export const exception_state_name = "reflex___state____state.reflex___state____frontend_event_exception_state"

// Tracked cookie and local storage vars set in the browser, or undefined if none.
const clientStorageVars = () => {
    const client_storage_vars = hydrateClientStorage(clientStorage);
    if (client_storage_vars && Object.keys(client_storage_vars).length !== 0) {
        return client_storage_vars;
    }
    return undefined;
}

// These events are triggered on each client-side page navigation.
export const onLoadInternalEvent = () => {
    const internal_events = [];

    // Only send the client storage vars if any are actually set in the browser.
    const client_storage_vars = clientStorageVars();
    if (client_storage_vars !== undefined) {
        internal_events.push(
            ReflexEvent(
                'reflex___state____state.reflex___state____update_vars_internal_state.update_vars_internal',
                {vars: client_storage_vars},
            ),
        );
    }

    // `on_load_internal` triggers the correct on_load event(s) for the current page.
    // If the page does not define any on_load event, this will just set `is_hydrated = true`.
    internal_events.push(ReflexEvent('reflex___state____state.reflex___state____on_load_internal_state.on_load_internal'));

    return internal_events;
}

// The single event sent when the websocket connects or reconnects: it resets and
// applies client storage, sends the state, and queues the page's on_load events.
// On the first connect the frontend still holds the compiled defaults, so it
// sends their hashes and the backend only returns the vars that differ; any
// later (re)hydrate gets the full state.
export const initialEvents = (first = false) => {
    const client_storage_vars = clientStorageVars();
    const payload = {};
    if (client_storage_vars !== undefined) {
        payload["vars"] = client_storage_vars;
    }
    if (first) {
        payload["hashes"] = initialStateHashes;
    }
    return [ReflexEvent('reflex___state____state.hydrate_and_load', payload)];
}
    

export const isDevMode = false;

// The static runtime reads these through the registry, so this module is the
// only one Vite re-executes when they change.
registerApp({
  initialState,
  clientStorage,
  state_name,
  stateSchema,
  exception_state_name,
  onLoadInternalEvent,
  initialEvents,
  isDevMode,
  defaultColorMode,
});

export function addEvents(events, args, event_actions) {
  return eventLoop.addEvents(events, args, event_actions);
}

export function getConnectErrors() {
  return eventLoop.connectErrors;
}

export function UploadFilesProvider({ children }) {
  const [filesById, setFilesById] = useState({})
  refs["__clear_selected_files"] = (id) => setFilesById(filesById => {
    const newFilesById = {...filesById}
    delete newFilesById[id]
    return newFilesById
  })
  return createElement(
    UploadFilesContext.Provider,
    { value: [filesById, setFilesById] },
    children
  );
}

// ``displayName`` is what React DevTools shows for the wrapper; without it
// every client-only component in the tree renders as ``Anonymous``.
export function ClientSide(component, name) {
  function ClientSideComponent({ children, ...props }) {
    const [Component, setComponent] = useState(null);
    useEffect(() => {
      async function load() {
        const comp = await component();
        setComponent(() => comp);
      }
      load();
    }, []);
    return Component ? jsx(Component, props, children) : null;
  }
  ClientSideComponent.displayName = name ? `ClientSide(${name})` : "ClientSide";
  return ClientSideComponent;
}

export function EventLoopProvider({ children }) {
  const dispatch = useContext(DispatchContext)
  const [addEventsLocal, connectErrors] = useEventLoop(
    dispatch,
    initialEvents,
    clientStorage,
  )
  // Publish the dispatchers so JSX literals constructed outside the
  // React-tree path (e.g. ``ErrorBoundary.onError``) can call ``addEvents``.
  eventLoop.addEvents = addEventsLocal;
  eventLoop.connectErrors = connectErrors;
  return useMemo(
    () =>
      createElement(
        EventLoopContext.Provider,
        { value: [addEventsLocal, connectErrors] },
        children
      ),
    [addEventsLocal, connectErrors, children],
  );
}

// Dispatch updates happen outside render; useSyncExternalStore keeps reads
// consistent while notifying only consumers of the changed substate.
function createStateStore(initialState) {
  const state = {};
  const listeners = new Map();
  const dispatchers = {};
  const notify = (substateName) =>
    listeners.get(substateName)?.forEach((listener) => listener());
  // Hot reload passes the recompiled initial state: new substates are added,
  // and existing substates gain new fields at their defaults while keeping
  // their live values.
  const mergeInitialState = (nextInitialState) => {
    for (const [substateName, value] of Object.entries(nextInitialState)) {
      const liveState = state[substateName];
      if (liveState !== undefined) {
        if (Object.keys(value).some((key) => !Object.hasOwn(liveState, key))) {
          state[substateName] = { ...value, ...liveState };
          notify(substateName);
        }
        continue;
      }
      state[substateName] = value;
      dispatchers[substateName] = (delta) => {
        const currentState = state[substateName];
        const nextState = applyDelta(currentState, delta);
        if (nextState === currentState) return;
        state[substateName] = nextState;
        notify(substateName);
      };
      notify(substateName);
    }
  };
  mergeInitialState(initialState);

  return {
    dispatchers,
    mergeInitialState,
    getSnapshot: (substateName) => state[substateName],
    subscribe: (substateName, listener) => {
      let substateListeners = listeners.get(substateName);
      if (!substateListeners) {
        substateListeners = new Set();
        listeners.set(substateName, substateListeners);
      }
      substateListeners.add(listener);
      return () => substateListeners.delete(listener);
    },
  };
}

function StateStoreProviders({ children, store }) {
  return createElement(
    StateStoreContext,
    { value: store },
    createElement(DispatchContext, { value: store.dispatchers }, children),
  );
}

function ClientStateProvider({ children }) {
  const [store] = useState(() => createStateStore(initialState));
  useEffect(() => store.mergeInitialState(initialState), [store, initialState]);
  return createElement(StateStoreProviders, { children, store });
}

// The server renders once and never applies a delta, so it only reads the
// initial state.
const serverStateStore = {
  dispatchers: {},
  getSnapshot: (substateName) => initialState[substateName],
  subscribe: () => () => {},
};

function ServerStateProvider({ children }) {
  return createElement(StateStoreProviders, { children, store: serverStateStore });
}

export const StateProvider =
  typeof document === "undefined" ? ServerStateProvider : ClientStateProvider;