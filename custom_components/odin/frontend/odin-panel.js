import{$ as gt,A as Lt,B as y,C as v,D as it,E as R,F as C,G as Ut,H as Et,I as Gt,J as lt,K as J,L as pt,M as st,N as Kt,O as Xt,P as Qt,Q as ft,R as Yt,S as Wt,T as Ot,U as te,V as ct,W as Ht,X as ee,Y as G,Z as St,_ as zt,a as w,aa as At,b as a,c as Pt,d as p,e as k,f as _,g as m,h as ht,i as q,j as _t,k as B,l as h,m as L,n as j,o as E,p as Rt,q as Y,r as W,s as It,t as Nt,u as Bt,v as Jt,w as Ft,x as Zt,y as qt,z as U}from"./odin-chunk-UWTOKQCZ.js";import{a as l}from"./odin-chunk-W5BWG7AT.js";var Pe={menu:"M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",fleet:"M3,11H11V3H3M3,21H11V13H3M13,21H21V13H13M13,3V11H21V3",queue:"M7,5H21V7H7V5M7,13V11H21V13H7M4,4.5A1.5,1.5 0 0,1 5.5,6A1.5,1.5 0 0,1 4,7.5A1.5,1.5 0 0,1 2.5,6A1.5,1.5 0 0,1 4,4.5M4,10.5A1.5,1.5 0 0,1 5.5,12A1.5,1.5 0 0,1 4,13.5A1.5,1.5 0 0,1 2.5,12A1.5,1.5 0 0,1 4,10.5M7,19V17H21V19H7M4,16.5A1.5,1.5 0 0,1 5.5,18A1.5,1.5 0 0,1 4,19.5A1.5,1.5 0 0,1 2.5,18A1.5,1.5 0 0,1 4,16.5Z",presets:"M17,3H7A2,2 0 0,0 5,5V21L12,18L19,21V5C19,3.89 18.1,3 17,3Z",drying:"M12,20A6,6 0 0,1 6,14C6,10 12,3.25 12,3.25C12,3.25 18,10 18,14A6,6 0 0,1 12,20Z",timelapses:"M18,4L20,8H17L15,4H13L15,8H12L10,4H8L10,8H7L5,4H4A2,2 0 0,0 2,6V18A2,2 0 0,0 4,20H20A2,2 0 0,0 22,18V4H18Z",analytics:"M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",audit:"M17,9H7V7H17M17,13H7V11H17M14,17H7V15H14M12,3A1,1 0 0,1 13,4A1,1 0 0,1 12,5A1,1 0 0,1 11,4A1,1 0 0,1 12,3M19,3H14.82C14.4,1.84 13.3,1 12,1C10.7,1 9.6,1.84 9.18,3H5A2,2 0 0,0 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z",files:"M14,2H6A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2M18,20H6V4H13V9H18V20Z",send:"M2,21L23,12L2,3V10L17,12L2,14V21Z",plus:"M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",close:"M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",pencil:"M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",delete:"M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",up:"M7.41,15.41L12,10.83L16.59,15.41L18,14L12,8L6,14L7.41,15.41Z",down:"M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z",play:"M8,5.14V19.14L19,12.14L8,5.14Z",tag:"M5.5,7A1.5,1.5 0 0,1 4,5.5A1.5,1.5 0 0,1 5.5,4A1.5,1.5 0 0,1 7,5.5A1.5,1.5 0 0,1 5.5,7M21.41,11.58L12.41,2.58C12.05,2.22 11.55,2 11,2H4C2.89,2 2,2.89 2,4V11C2,11.55 2.22,12.05 2.59,12.41L11.58,21.41C11.95,21.77 12.45,22 13,22C13.55,22 14.05,21.77 14.41,21.41L21.41,14.41C21.78,14.05 22,13.55 22,13C22,12.44 21.77,11.94 21.41,11.58Z",save:"M17,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V7L17,3M19,19H5V5H16.17L19,7.83V19M12,12C10.34,12 9,13.34 9,15S10.34,18 12,18 15,16.66 15,15 13.66,12 12,12M6,6H15V10H6V6Z",schedule:"M8,5.14V19.14L19,12.14L8,5.14Z",download:"M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",history:"M13.5,8H12V13L16.28,15.54L17,14.33L13.5,12.25V8M13,3A9,9 0 0,0 4,12H1L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3"};function f(r){return a`<svg viewBox="0 0 24 24" aria-hidden="true">${Pt`<path d=${Pe[r]}></path>`}</svg>`}function bt(r,o=!0){return E(r,"odin/queue/list",{include_finished:o})}async function yt(r,o){return(await E(r,"odin/queue/add",Y(o))).jobs}async function ie(r,o){await E(r,"odin/queue/cancel",{job_id:o})}async function se(r,o,t){return(await E(r,"odin/queue/reorder",{job_id:o,after_job_id:t})).order}async function ae(r){return(await E(r,"odin/presets/list")).presets}function re(r,o){return E(r,"odin/presets/save",Y(o))}async function ne(r,o,t){return(await E(r,"odin/presets/save",{name:o,from_job_id:t})).preset}async function oe(r,o){await E(r,"odin/presets/delete",{preset_id:o})}async function le(r,o,t){return(await E(r,"odin/presets/schedule",{preset_id:o,...Y(t)})).jobs}async function de(r){return(await E(r,"odin/spools/list")).spools}async function pe(r,o){return(await E(r,"odin/spools/save",Y(o))).spool}async function ce(r,o){await E(r,"odin/spools/delete",{spool_id:o})}function me(r,o){return E(r,"odin/drying/log",Y(o))}async function Mt(r,o={}){return(await E(r,"odin/drying/history",Y(o))).sessions}async function ue(r){return(await E(r,"odin/materials/list")).materials}async function he(r,o){return(await E(r,"odin/materials/set",o)).materials}async function _e(r,o){return(await E(r,"odin/materials/set",{material:o,reset:!0})).materials}async function fe(r,o,t){return(await E(r,"odin/tags/set",{printer_id:o,tags:t})).tags}function mt(r,o={}){return E(r,"odin/timelapses/list",Y(o))}async function ge(r,o){await E(r,"odin/timelapses/delete",{timelapse_id:o})}function $(r,o){if(qt(o)&&o.translation_key){let t=`errors.${o.translation_key}`,e={...o.translation_placeholders??{}};if(e.field!==void 0){let s=r(`fields.${e.field}`);s!==`fields.${e.field}`&&(e.field=s)}let i=r(t,e);if(i!==t)return i}return qt(o)&&o.code==="unauthorized"?r("errors.unauthorized"):U(o)}function S(r,o){_t(r,"hass-notification",{message:o})}var Z=class extends k{constructor(){super(...arguments);this.open=!1;this.heading="";this.closeLabel="Close";this.wide=!1;this.compact=!1;this._onClose=()=>{this.open&&(this.open=!1),this.dispatchEvent(new CustomEvent("closed"))}}updated(t){!t.has("open")||!this._dialog||(this.open&&!this._dialog.open?this._dialog.showModal():!this.open&&this._dialog.open&&this._dialog.close())}disconnectedCallback(){super.disconnectedCallback(),this._dialog?.open&&this._dialog.close()}close(){this.open=!1}render(){return a`<dialog aria-labelledby="title" @close=${this._onClose}>
      <header>
        <h2 id="title" class="ellipsis">${this.heading}</h2>
        <button class="icon-btn" data-action="close-dialog" aria-label=${this.closeLabel} @click=${()=>this.close()}>
          ${f("close")}
        </button>
      </header>
      <div class="body"><slot></slot></div>
      <footer><slot name="actions"></slot></footer>
    </dialog>`}};Z.styles=[L,j,w`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 24px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 32px));
        max-width: calc(100vw - 32px);
        max-height: calc(100dvh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
        overflow: hidden;
      }
      :host([wide]) dialog {
        width: min(960px, calc(100vw - 32px));
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.5);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 4px 24px;
        flex: 0 0 auto;
      }
      header h2 {
        flex: 1 1 auto;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 400;
      }
      .body {
        padding: 8px 24px 16px;
        overflow: auto;
        flex: 1 1 auto;
        min-height: 0;
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 8px;
        padding: 12px 24px 16px;
        border-top: 1px solid var(--divider-color, #e0e0e0);
        flex: 0 0 auto;
      }
      /* Phones: the dialog is the whole screen (inside the safe area); short questions are not. */
      @media (max-width: 600px) {
        :host(:not([compact])) dialog {
          width: 100vw;
          max-width: 100vw;
          height: 100dvh;
          max-height: 100dvh;
          margin: 0;
          border-radius: 0;
          padding-top: env(safe-area-inset-top);
          padding-bottom: env(safe-area-inset-bottom);
        }
        :host([wide]) dialog {
          width: 100vw;
        }
        :host([compact]) dialog {
          width: calc(100vw - 32px);
        }
        header {
          padding-left: 16px;
        }
        .body {
          padding: 8px 16px 16px;
        }
        footer {
          padding: 10px 16px 12px;
        }
      }
    `],l([_({type:Boolean,reflect:!0})],Z.prototype,"open",2),l([_()],Z.prototype,"heading",2),l([_({attribute:"close-label"})],Z.prototype,"closeLabel",2),l([_({type:Boolean,reflect:!0})],Z.prototype,"wide",2),l([_({type:Boolean,reflect:!0})],Z.prototype,"compact",2),l([ht("dialog")],Z.prototype,"_dialog",2);q("odin-dialog",Z);var O=class extends k{constructor(){super(...arguments);this._busy=!1}willUpdate(t){t.has("request")&&(this._busy=!1,this._error=void 0)}_closed(){this.dispatchEvent(new CustomEvent("closed"))}async _confirm(){if(!(!this.request||this._busy)){this._busy=!0,this._error=void 0;try{await this.request.action(),this._busy=!1,this._closed()}catch(t){this._busy=!1,this._error=$(h(this.hass),t)}}}render(){let t=h(this.hass),e=this.request;return a`<odin-dialog
      compact
      .open=${!!e}
      heading=${e?.heading??""}
      close-label=${t("common.close")}
      data-dialog="confirm"
      @closed=${()=>this._closed()}
    >
      <p>${e?.text??""}</p>
      ${this._error?a`<div class="notice error" role="alert">${this._error}</div>`:p}
      <button slot="actions" class="btn" @click=${()=>this._closed()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary danger" data-action="confirm" ?disabled=${this._busy} @click=${()=>this._confirm()}>
        ${e?.confirmLabel??""}
      </button>
    </odin-dialog>`}};O.styles=[L,j,w`p { margin: 0 0 12px; line-height: 1.5; }`],l([_({attribute:!1})],O.prototype,"hass",2),l([_({attribute:!1})],O.prototype,"request",2),l([m()],O.prototype,"_busy",2),l([m()],O.prototype,"_error",2);q("odin-confirm",O);var be=32,Ct=64;function ye(r){return r.trim().replace(/\s+/g," ")}var F=class extends k{constructor(){super(...arguments);this.known=[];this._tags=[];this._busy=!1}willUpdate(t){t.has("printer")&&this.printer?.printer_id!==this._for&&(this._for=this.printer?.printer_id,this._tags=[...this.printer?.tags??[]],this._error=void 0,this._busy=!1)}_has(t){let e=t.toLowerCase();return this._tags.some(i=>i.toLowerCase()===e)}_add(t){let e=h(this.hass),i=ye(t);if(i){if(i.length>Ct){this._error=e("tags.too_long",{max:Ct});return}if(this._has(i)){this._error=void 0,this._input&&(this._input.value="");return}if(this._tags.length>=be){this._error=e("errors.too_many_tags",{max:be});return}this._tags=[...this._tags,i],this._error=void 0,this._input&&(this._input.value="")}}_remove(t){this._tags=this._tags.filter(e=>e!==t)}async _save(){if(!this.hass||!this.printer||this._busy)return;let t=this._input?.value??"";if(ye(t)&&this._add(t),this._error)return;let e=h(this.hass);this._busy=!0;try{await fe(this.hass,this.printer.printer_id,this._tags),S(this,e("tags.saved",{printer:this.printer.name})),this._close()}catch(i){this._error=$(e,i)}finally{this._busy=!1}}_close(){this.dispatchEvent(new CustomEvent("closed"))}render(){let t=h(this.hass),e=this.printer,i=this.known.filter(s=>!this._has(s)).sort((s,n)=>s.localeCompare(n));return a`<odin-dialog
      .open=${!!e}
      heading=${e?t("tags.heading",{printer:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="tags"
      @closed=${()=>this._close()}
    >
      ${e?a`<p class="muted small">${t("tags.help")}</p>
            <div class="chips current" data-current-tags>
              ${this._tags.length?this._tags.map(s=>a`<span class="tag-chip" data-tag=${s}
                      ><span class="ellipsis">${s}</span
                      ><button class="icon-btn" aria-label=${t("tags.remove",{tag:s})} data-remove=${s} @click=${()=>this._remove(s)}>
                        ${f("close")}
                      </button></span
                    >`):a`<span class="muted small">${t("tags.none")}</span>`}
            </div>
            <form
              class="add"
              @submit=${s=>{s.preventDefault(),this._add(this._input?.value??"")}}
            >
              <label class="field">
                <span>${t("tags.new")}</span>
                <input name="tag" maxlength=${Ct} list="odin-known-tags" autocomplete="off" placeholder=" " />
              </label>
              <button class="btn" type="submit" data-action="add-tag">${f("plus")}${t("tags.add")}</button>
            </form>
            <datalist id="odin-known-tags">${i.map(s=>a`<option value=${s}></option>`)}</datalist>
            ${i.length?a`<div class="muted small sugg-label">${t("tags.suggestions")}</div>
                  <div class="chips">
                    ${i.map(s=>a`<button class="chip" data-suggest=${s} @click=${()=>this._add(s)}>+ ${s}</button>`)}
                  </div>`:p}
            ${this._error?a`<div class="notice error" role="alert">${this._error}</div>`:p}`:p}
      <button slot="actions" class="btn" @click=${()=>this._close()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" data-action="save-tags" ?disabled=${this._busy} @click=${()=>this._save()}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}};F.styles=[L,j,w`
      p {
        margin: 0 0 12px;
      }
      .current {
        margin-bottom: 16px;
        min-height: 44px;
        align-items: center;
      }
      .tag-chip {
        display: inline-flex;
        align-items: center;
        max-width: 100%;
        min-height: 44px;
        padding-left: 14px;
        border-radius: 22px;
        background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
        color: var(--primary-color);
        font-weight: 500;
      }
      .tag-chip .icon-btn {
        color: inherit;
      }
      form.add {
        flex-direction: row;
        align-items: flex-end;
        gap: 8px;
      }
      form.add label {
        flex: 1 1 auto;
      }
      .sugg-label {
        margin: 14px 0 6px;
      }
      .notice {
        margin-top: 12px;
      }
    `],l([_({attribute:!1})],F.prototype,"hass",2),l([_({attribute:!1})],F.prototype,"printer",2),l([_({attribute:!1})],F.prototype,"known",2),l([m()],F.prototype,"_tags",2),l([m()],F.prototype,"_busy",2),l([m()],F.prototype,"_error",2),l([ht('input[name="tag"]')],F.prototype,"_input",2);q("odin-tag-editor",F);var I=class extends k{constructor(){super(...arguments);this.narrow=!1;this.selected="";this.base="/odin";this._tag="";this._scrolledTo=""}connectedCallback(){super.connectedCallback(),this.hass&&this._subscribe()}disconnectedCallback(){super.disconnectedCallback(),this._unsubscribe()}willUpdate(t){t.has("hass")&&this.hass&&!this._unsub&&this._subscribe()}updated(){if(this.selected&&this._printers&&this._scrolledTo!==this.selected){let t=this.renderRoot.querySelector("odin-printer-tile[highlighted]");t&&(this._scrolledTo=this.selected,t.scrollIntoView({block:"center",behavior:"smooth"}))}}_subscribe(){this.hass&&(this._error=void 0,this._unsub=It(this.hass,t=>{this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))}),this._unsub.catch(t=>{this._error=U(t),this._unsub=void 0}))}_unsubscribe(){let t=this._unsub;this._unsub=void 0,t?.then(e=>e()).catch(()=>{})}render(){let t=h(this.hass);if(this._error)return a`<div class="card center error-text">
        ${t("panel.error",{error:this._error})}
        <div><button class="btn" @click=${()=>this._subscribe()}>${t("panel.retry")}</button></div>
      </div>`;if(!this._printers)return a`<div class="center muted">${t("panel.loading")}</div>`;if(this._printers.length===0)return a`<div class="card center muted">${t("fleet.no_printers")}</div>`;let e=[...new Set(this._printers.flatMap(c=>c.tags))].sort(),i=e.includes(this._tag)?this._tag:"",s=i?this._printers.filter(c=>c.tags.includes(i)):this._printers,n=s.filter(c=>Xt(c.status)).length,d=s.filter(c=>Kt(c.status,c.error!==null)).length;return a`
      <div class="bar">
        <div class="muted small" data-summary data-total=${s.length}>
          ${t("fleet.summary",{total:y(this.hass,s.length),printing:y(this.hass,n),attention:y(this.hass,d)})}
        </div>
        ${e.length?a`<div class="chips" role="group" aria-label=${t("fleet.tags")}>
              ${["",...e].map(c=>a`<button
                  class="chip"
                  aria-pressed=${i===c?"true":"false"}
                  data-tag=${c}
                  @click=${()=>this._tag=c}
                >
                  ${c||t("fleet.all")}
                </button>`)}
            </div>`:p}
      </div>
      ${s.length===0?a`<div class="card center muted">${t("fleet.no_match")}</div>`:a`<div class="grid">
            ${s.map(c=>a`<odin-printer-tile .hass=${this.hass} .printer=${c} ?highlighted=${c.printer_id===this.selected}>
                <div slot="footer" class="footer">
                  <button class="link" data-action="edit-tags" @click=${()=>this._editing=c.printer_id}>
                    ${f("tag")}${t("fleet.edit_tags")}
                  </button>
                  <a
                    class="link"
                    href="${this.base}/analytics?printer=${encodeURIComponent(c.printer_id)}"
                    @click=${u=>{u.preventDefault(),B(`${this.base}/analytics?printer=${encodeURIComponent(c.printer_id)}`)}}
                    >${t("fleet.analytics")} ›</a
                  >
                </div>
              </odin-printer-tile>`)}
          </div>`}
      <odin-tag-editor
        .hass=${this.hass}
        .printer=${this._printers.find(c=>c.printer_id===this._editing)}
        .known=${e}
        @closed=${()=>this._editing=void 0}
      ></odin-tag-editor>
    `}};I.styles=[L,w`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-direction: column;
        gap: 10px;
        margin-bottom: 14px;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
        gap: var(--odin-gap);
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 4px;
        margin: 4px -8px -8px 0;
      }
      .link {
        min-height: 44px;
        min-width: 44px;
        padding: 0 8px;
        display: inline-flex;
        align-items: center;
        gap: 6px;
        color: var(--primary-color);
        text-decoration: none;
        font-size: 0.85rem;
        background: none;
        border: none;
        border-radius: 8px;
        cursor: pointer;
        font-family: inherit;
      }
      .link svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      .link:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      odin-printer-tile {
        min-width: 0;
      }
    `],l([_({attribute:!1})],I.prototype,"hass",2),l([_({type:Boolean})],I.prototype,"narrow",2),l([_()],I.prototype,"selected",2),l([_()],I.prototype,"base",2),l([m()],I.prototype,"_printers",2),l([m()],I.prototype,"_tag",2),l([m()],I.prototype,"_error",2),l([m()],I.prototype,"_editing",2);q("odin-fleet-page",I);async function ve(r){return(await E(r,"odin/files/list")).files}async function xe(r,o){return(await E(r,"odin/files/get",{hash:o})).file}var we=[".3mf",".gcode",".bgcode"],at=class extends Error{constructor(t,e,i){super(t);this.status=e;this.code=i}},ke=r=>r.auth;async function $e(r){let o=ke(r);return o?.expired&&o.refreshAccessToken&&await o.refreshAccessToken(),o?.data?.access_token??""}var Re=r=>typeof r=="object"&&r!==null&&typeof r.code=="string"&&typeof r.message=="string";function Ie(r,o){if(Re(o))return new at(o.message,r,o.code);let t=r===413?"too_large":r===401||r===403?"forbidden":"upload_error";return new at(`HTTP ${r}`,r,t)}async function qe(r,o,t){let e=n=>new Promise((d,c)=>{let u=new XMLHttpRequest;u.open("POST","/api/odin/files/upload"),u.setRequestHeader("Authorization",`Bearer ${n}`),u.responseType="text",u.upload.onprogress=Q=>{Q.lengthComputable&&Q.total>0&&t(Q.loaded/Q.total)},u.onload=()=>{let Q;try{Q=JSON.parse(u.responseText||"null")}catch{Q=u.responseText}d({status:u.status,body:Q})},u.onerror=()=>c(new at("network",0,"network")),u.onabort=()=>c(new at("aborted",0,"aborted"));let ot=new FormData;ot.append("file",o,o.name),u.send(ot)}),i=await e(await $e(r)),s=ke(r);if(i.status===401&&s?.refreshAccessToken&&(await s.refreshAccessToken(),i=await e(await $e(r))),i.status>=200&&i.status<300)return t(1),i.body;throw Ie(i.status,i.body)}function Le(r,o){if(o instanceof at){let t=`files.error.${o.code}`,e=r(t);return e!==t?e:r("files.error.generic",{error:o.message})}return r("files.error.generic",{error:o instanceof Error?o.message:String(o)})}function Ee(r,o,t){return E(r,"odin/dispatch/next",{printer_id:o,dry_run:t,force:!0})}function He(r,o){return Rt(r,"odin/dispatch/subscribe",o)}function Se(r,o,t=""){let e=`guard.${o.code}`,i=r(e,{printer:t,...o.placeholders});return i!==e?i:o.message}var K=r=>r??p;var Ne=r=>r==null?"":String(r);function g(r,o,t,e={}){return a`<label class="field ${e.full?"full":""}">
    <span>${r}${e.required?a` <span class="req" aria-hidden="true">*</span>`:p}</span>
    <input
      name=${o}
      type=${e.type??"text"}
      .value=${Ne(t)}
      ?required=${e.required}
      min=${K(e.min)}
      max=${K(e.max)}
      step=${K(e.step)}
      list=${K(e.list)}
      placeholder=${e.placeholder??" "}
      maxlength=${K(e.maxlength)}
      pattern=${K(e.pattern)}
      inputmode=${K(e.inputmode)}
      autocomplete=${e.autocomplete??"off"}
    />
    ${e.hint?a`<span class="hint">${e.hint}</span>`:p}
  </label>`}function M(r,o,t,e,i={}){let s=t??"";return a`<label class="field ${i.full?"full":""}">
    <span>${r}</span>
    <select
      name=${o}
      ?required=${i.required}
      @change=${n=>i.onChange?.(n.target.value)}
    >
      ${e.map(n=>a`<option value=${n.value} ?selected=${n.value===s}>${n.label}</option>`)}
    </select>
    ${i.hint?a`<span class="hint">${i.hint}</span>`:p}
  </label>`}function rt(r,o,t,e={}){return a`<label class="field full">
    <span>${r}</span>
    <textarea name=${o} maxlength=${K(e.maxlength)} .value=${t??""}></textarea>
  </label>`}function tt(r,o){return a`<datalist id=${r}>${[...new Set(o)].map(t=>a`<option value=${t}></option>`)}</datalist>`}function ut(r,o,t,e){let i=new Set(e.map(s=>s.toLowerCase()));return a`<fieldset class="full">
    <legend>${r}</legend>
    <div class="chips">
      ${t.map(s=>a`<label class="chip" data-choice=${s}
          ><input type="checkbox" name=${o} value=${s} ?checked=${i.has(s.toLowerCase())} />${s}</label
        >`)}
    </div>
  </fieldset>`}var ze=["timelapse","bed_leveling","flow_calibration","vibration_calibration","layer_inspect","use_ams"];function $t(r,o){let t=Object.keys(o).length;return a`<details class="full options" ?open=${t>0}>
    <summary>${r("jobs.print_options")}${t?` (${t})`:""}</summary>
    <div class="form-grid">
      ${ze.map(e=>M(r(`options.${e}`),`opt_${e}`,e in o?o[e]?"on":"off":"",[{value:"",label:r("options.default")},{value:"on",label:r("options.on")},{value:"off",label:r("options.off")}]))}
      ${g(r("options.plate"),"opt_plate",typeof o.plate=="number"?o.plate:"",{type:"number",min:1,max:64,step:1,inputmode:"numeric"})}
    </div>
  </details>`}function vt(r){let o={};for(let e of ze){let i=r.get(`opt_${e}`);i==="on"?o[e]=!0:i==="off"&&(o[e]=!1)}let t=x(r,"opt_plate");return t!==void 0&&(o.plate=t),o}function b(r,o){let t=r.get(o);if(typeof t!="string")return;let e=t.trim();return e===""?void 0:e}function x(r,o){let t=b(r,o);if(t===void 0)return;let e=Number(t.replace(",","."));return Number.isFinite(e)?e:void 0}function N(r){r.preventDefault();let o=r.target.closest("form")??r.target;return!(o instanceof HTMLFormElement)||!o.reportValidity()?null:new FormData(o)}var xt=[.2,.4,.6,.8],dt=["PLA","PETG","ABS","ASA","TPU","PA","PA-CF","PC","PVA"],et=(r,o)=>a`<span class="pill" data-pill=${o} title=${r}>${r}</span>`;function Ae(r,o,t){let e=[];return o.printer_id&&e.push(et(r("jobs.pill_printer",{printer:t(o.printer_id)}),"printer")),o.tags_any.length&&e.push(et(r("jobs.pill_tags_any",{tags:o.tags_any.join(", ")}),"tags_any")),o.tags_all.length&&e.push(et(r("jobs.pill_tags_all",{tags:o.tags_all.join(", ")}),"tags_all")),o.model&&e.push(et(r("jobs.pill_model",{model:o.model}),"model")),o.filament&&e.push(et(r("jobs.pill_filament",{filament:o.filament}),"filament")),o.nozzle_mm!==null&&e.push(et(r("jobs.pill_nozzle",{nozzle:o.nozzle_mm}),"nozzle")),e}function wt(r,o){return Object.entries(o).map(([t,e])=>et(t==="plate"?r("options.plate_n",{n:String(e)}):`${r(`options.${t}`)}: ${r(e?"options.on":"options.off")}`,t))}function Tt(r,o,t){let e=o.target.value??"";switch(o.target.type){case"printer":return r("presets.target_printer",{printer:t(e)});case"tag":return r("presets.target_tag",{tag:e});case"model":return r("presets.target_model",{model:e});default:return r("presets.target_any")}}var Be=1e4;function Je(r){switch(r){case"proposed":return"var(--success-color, #43a047)";case"no_printers":case"no_printer_fits":return"var(--error-color, #db4437)";case"printers_in_error":case"filament_not_loaded":return"var(--warning-color, #ffa600)";default:return"var(--info-color, #039be5)"}}function Fe(r){switch(r){case"printing":case"assigned":return"var(--info-color, #039be5)";case"done":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";default:return"var(--primary-color, #03a9f4)"}}var Ze=r=>r.replace(/\s*\(\d+\/\d+\)\s*$/,""),z=class extends k{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._loading=!1;this._adding=!1;this._busy=!1;this._new=new Set;this._progress=new Map;this._dispatch=new Map;this._started=!1;this._request=0}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{document.hidden||this._load()},Be),this._started&&this._load()}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._unsubscribe()}updated(t){this.hass&&!this._started&&(this._started=!0,this._load()),this.hass&&this.isConnected&&!this._unsub&&this._subscribe()}_subscribe(){this.hass&&(this._unsub=He(this.hass,t=>{let e=new Map(this._progress);e.set(t.job_id,t),this._progress=e,(t.stage==="done"||t.stage==="started"||t.stage==="failed"||(t.percent??0)>=100)&&this._load()}),this._unsub.catch(()=>this._unsub=void 0))}_unsubscribe(){let t=this._unsub;this._unsub=void 0,t?.then(e=>e()).catch(()=>{})}get _isAdmin(){return!!this.hass?.user?.is_admin}_dispatchPrinter(t){return t.constraints.printer_id??t.decision?.printer_id??null}async _dispatchJob(t,e){let i=this._dispatchPrinter(t);if(!this.hass||!i||this._dispatching!==void 0)return;let s=h(this.hass);this._dispatching=t.job_id;let n=new Map(this._dispatch);try{let d=await Ee(this.hass,i,e);n.set(t.job_id,{dryRun:e,results:d.printers}),d.printers.some(u=>u.result==="started")&&S(this,s("queue.dispatch_ui.result.started",{printer:d.printers[0]?.name??"",file:d.printers[0]?.remote_name??d.printers[0]?.file?.name??""}))}catch(d){n.set(t.job_id,{dryRun:e,results:[],error:$(s,d)})}finally{this._dispatch=n,this._dispatching=void 0}await this._load()}_reasons(t,e,i){return a`<ul class="guard">
      ${e.map(s=>a`<li data-code=${s.code}>${Se(t,s,i)}</li>`)}
    </ul>`}_dispatchResult(t,e){let i=this._dispatch.get(e.job_id);return i?i.error?a`<div class="notice error" role="alert" data-dispatch-result="error">${i.error}</div>`:i.results.map(s=>{let n=s.result==="started"||s.result==="would_send",d=s.reasons??(s.reason?[{code:s.reason,check:null,message:s.reason,placeholders:{}}]:[]);return a`<div class="notice ${n?"success":"error"} dispatch-result" role="status" data-dispatch-result=${s.result} data-printer-id=${s.printer_id} data-job-id=${s.job_id??""}>
        <div>${t(`queue.dispatch_ui.result.${s.result}`,{printer:s.name,file:s.remote_name??s.file?.name??e.file})}</div>
        ${s.job_id!==void 0&&s.job_id!==e.job_id&&s.job?a`<div class="small">${t("queue.dispatch_ui.other_job",{job:s.job})}</div>`:p}
        ${!n&&d.length?this._reasons(t,d,s.name):p}
      </div>`}):p}_fileInfo(t,e){let i=e.file_info;if(!i)return p;let s=[i.printer_model,i.nozzle_mm!=null?`${v(this.hass,i.nozzle_mm,1)} mm`:null,i.estimate_s!=null?R(i.estimate_s):null,i.filament_types?.length?i.filament_types.join(", "):null,i.plate&&i.plate>1?t("files.plate_n",{n:i.plate}):null].filter(Boolean);return a`<div class="muted small file-info" data-field="file_info" data-hash=${i.hash??""}>${f("files")}<span>${s.join(" · ")}</span></div>`}_lastReport(t,e){let i=e.last_report;if(!i||!["refused","upload_failed","failed"].includes(i.result))return p;let s=e.printer_name??this._printerName(this._dispatchPrinter(e)),n=i.reasons??(i.reason?[{code:"",check:null,message:i.reason,placeholders:{}}]:[]);return a`<div class="report" data-field="last_report" data-result=${i.result}>
      <strong>${t(`queue.dispatch_ui.last_report.${i.result}`)}</strong>
      ${i.ts?a`<span class="muted small">${C(this.hass,i.ts)}</span>`:p}
      ${this._reasons(t,n,s)}
    </div>`}_sendProgress(t,e){let i=this._progress.get(e.job_id)??e.progress;if(!i||!(e.status==="assigned"||e.status==="printing"||e.status==="queued"))return p;if(e.status==="printing"&&(i.percent??0)>=100)return p;let s=Math.max(0,Math.min(100,Math.round(i.percent??0)));return a`<div class="sending" data-field="progress" data-percent=${s}>
      <div class="small">${t("queue.dispatch_ui.sending",{percent:`${s} %`})}</div>
      <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${s}><div style="width:${s}%"></div></div>
    </div>`}async _load(){if(!this.hass)return;let t=++this._request;this._loading=!0;try{let e=await bt(this.hass,!0);if(t!==this._request)return;this._data=e,this._error=void 0}catch(e){t===this._request&&(this._error=$(h(this.hass),e))}finally{t===this._request&&(this._loading=!1)}}_printerName(t){return t?this._data?.printers.find(e=>e.printer_id===t)?.name??t:""}async _submitJob(t){let e=N(t);if(!e||!this.hass||this._busy)return;let i=h(this.hass);this._busy=!0,this._formError=void 0;try{let s=await yt(this.hass,{file:b(e,"file")??"",name:b(e,"name"),quantity:x(e,"quantity"),priority:x(e,"priority"),printer_id:b(e,"printer_id"),tags_any:e.getAll("tags_any").map(String),tags_all:e.getAll("tags_all").map(String),model:b(e,"model"),filament:b(e,"filament"),nozzle_mm:x(e,"nozzle_mm"),notes:b(e,"notes"),options:vt(e)});this._adding=!1,this._new=new Set(s.map(d=>d.job_id));let n=i("queue.added",{n:y(this.hass,s.length)});this._notice={text:n},S(this,n),await this._load()}catch(s){this._formError=$(i,s)}finally{this._busy=!1}}async _move(t,e){if(!this.hass||!this._data||this._moving!==void 0)return;let i=this._data.items.filter(c=>c.status==="queued"),s=i.findIndex(c=>c.job_id===t.job_id),n=s+e;if(s<0||n<0||n>=i.length)return;let d=e<0?n===0?null:i[n-1].job_id:i[n].job_id;this._moving=t.job_id;try{await se(this.hass,t.job_id,d),await this._load()}catch(c){this._notice={text:$(h(this.hass),c)}}finally{this._moving=void 0}}_askCancel(t){let e=h(this.hass);this._confirm={heading:e("queue.cancel_heading"),text:e("queue.cancel_text",{name:t.name}),confirmLabel:e("queue.cancel_job"),action:async()=>{this.hass&&(await ie(this.hass,t.job_id),S(this,e("queue.cancelled",{name:t.name})),await this._load())}}}async _submitPreset(t){let e=N(t),i=this._presetFrom;if(!e||!i||!this.hass||this._busy)return;let s=h(this.hass);this._busy=!0,this._formError=void 0;try{let n=await ne(this.hass,b(e,"preset_name")??"",i.job_id);this._presetFrom=void 0;let d=s("queue.preset_saved",{name:n.name});this._notice={text:d,link:`${this.base}/presets`,linkLabel:s("queue.open_presets")},S(this,d)}catch(n){this._formError=$(s,n)}finally{this._busy=!1}}_decision(t,e){let i=e.decision;if(!i)return p;let s=e.constraints,n=i.unmet.map(u=>t(`queue.constraint.${u}`,{printer:this._printerName(s.printer_id),tags:(u==="tags_all"?s.tags_all:s.tags_any).join(", "),model:s.model??"",nozzle:s.nozzle_mm??""})).join(", "),d=i.reason==="proposed"?t("queue.reason.proposed",{printer:this._printerName(i.printer_id)}):i.reason==="no_printer_fits"&&n?t("queue.reason.no_printer_fits_unmet",{unmet:n}):i.reason==="filament_not_loaded"?t("queue.reason.filament_not_loaded",{filament:e.constraints.filament??""}):t(`queue.reason.${i.reason}`),c=i.printers.length;return a`<div class="decision" data-reason=${i.reason} style="--badge-color:${Je(i.reason)}">
        <span class="dot" aria-hidden="true"></span><span>${d}</span>
      </div>
      ${c||i.notes.length?a`<details class="why">
            <summary>${t("queue.why",{n:y(this.hass,c)})}</summary>
            ${c?a`<ul class="checks">
                  ${i.printers.map(u=>a`<li data-printer-id=${u.printer_id}>
                      <strong>${u.name||this._printerName(u.printer_id)}</strong>
                      <span class="muted">${u.checks.length?u.checks.map(ot=>t(`queue.check.${ot}`)).join(" · "):t("queue.check.ok")}</span>
                    </li>`)}
                </ul>`:p}
            ${i.notes.map(u=>a`<div class="muted small">${t(`queue.note.${u}`)}</div>`)}
          </details>`:p}`}_job(t,e,i,s){let n=e.status==="queued",d=e.status==="assigned"||e.status==="printing",c=n||e.status==="assigned",u=[...Ae(t,e.constraints,ot=>this._printerName(ot)),...wt(t,e.options)];return a`<li class="card job ${this._new.has(e.job_id)?"new":""}" data-job-id=${e.job_id} data-status=${e.status}>
      <div class="job-head">
        ${n?a`<span class="order" title=${t("queue.position")} aria-label=${t("queue.position_n",{n:i+1})}>${i+1}</span>`:p}
        <div class="title">
          <div class="name ellipsis" data-field="name">${e.name}</div>
          <div class="muted small ellipsis" data-field="file">${e.file}</div>
        </div>
        ${n?e.priority?a`<span class="pill" data-field="priority">${t("queue.priority_n",{n:e.priority>0?`+${e.priority}`:e.priority})}</span>`:p:a`<span class="badge" style="--badge-color:${Fe(e.status)}" data-field="status">${t(`queue.status.${e.status}`)}</span>`}
      </div>
      <div class="pills" data-field="constraints">${u.length?u:a`<span class="pill">${t("queue.any_printer")}</span>`}</div>
      ${this._fileInfo(t,e)}
      ${n?this._decision(t,e):p}
      ${n?this._lastReport(t,e):p}
      ${this._sendProgress(t,e)}
      ${this._dispatchResult(t,e)}
      ${d&&e.printer_id?a`<div class="small">${t("queue.on_printer",{printer:e.printer_name??this._printerName(e.printer_id)})}</div>`:p}
      ${e.notes?a`<div class="small notes">${e.notes}</div>`:p}
      <div class="muted small meta">
        ${e.ended_at?t("queue.ended",{when:C(this.hass,e.ended_at)}):t("queue.added_by",{who:e.created_by??t("audit.system"),when:C(this.hass,e.created_at)})}
      </div>
      <div class="job-actions">
        ${n?a`<button
                class="icon-btn"
                data-action="up"
                aria-label=${t("queue.move_up")}
                ?disabled=${i===0||this._moving!==void 0}
                @click=${()=>this._move(e,-1)}
              >
                ${f("up")}
              </button>
              <button
                class="icon-btn"
                data-action="down"
                aria-label=${t("queue.move_down")}
                ?disabled=${i===s.length-1||this._moving!==void 0}
                @click=${()=>this._move(e,1)}
              >
                ${f("down")}
              </button>`:p}
        <span class="spacer"></span>
        ${n&&this._isAdmin&&this._dispatchPrinter(e)?a`<button
                class="btn"
                data-action="dry-run"
                aria-label=${t("queue.dispatch_ui.dry_run_named",{name:e.name})}
                title=${t("queue.dispatch_ui.dispatch_on",{printer:this._printerName(this._dispatchPrinter(e))})}
                ?disabled=${this._dispatching!==void 0}
                @click=${()=>this._dispatchJob(e,!0)}
              >
                ${t("queue.dispatch_ui.dry_run")}
              </button>
              <button
                class="btn primary"
                data-action="dispatch"
                aria-label=${t("queue.dispatch_ui.dispatch_named",{name:e.name})}
                title=${t("queue.dispatch_ui.dispatch_on",{printer:this._printerName(this._dispatchPrinter(e))})}
                ?disabled=${this._dispatching!==void 0}
                @click=${()=>this._dispatchJob(e,!1)}
              >
                ${f("send")}${t("queue.dispatch_ui.dispatch")}
              </button>`:p}
        <button class="btn" data-action="save-preset" @click=${()=>{this._formError=void 0,this._presetFrom=e}}>${f("save")}${t("queue.save_as_preset")}</button>
        ${c?a`<button class="btn danger" data-action="cancel" aria-label=${t("queue.cancel_named",{name:e.name})} @click=${()=>this._askCancel(e)}>${f("close")}${t("queue.cancel_short")}</button>`:p}
      </div>
    </li>`}_addDialog(t){let e=this._data?.printers??[],i=[...new Set(e.flatMap(c=>c.tags))].sort((c,u)=>c.localeCompare(u)),s=[...new Set(e.map(c=>c.model).filter(c=>!!c))].sort(),n=[...e.flatMap(c=>c.filaments??[]),...dt],d=(this._data?.items??[]).map(c=>c.file);return a`<odin-dialog
      .open=${this._adding}
      heading=${t("queue.add_heading")}
      close-label=${t("common.close")}
      data-dialog="add-job"
      @closed=${()=>this._adding=!1}
    >
      ${this._adding?a`<form id="job-form" novalidate @submit=${c=>this._submitJob(c)}>
            <div class="form-grid">
              ${g(t("jobs.file"),"file","",{required:!0,maxlength:512,list:"odin-files",full:!0,hint:t("jobs.file_hint")})}
              ${g(t("jobs.name"),"name","",{maxlength:255,hint:t("jobs.name_hint")})}
              ${g(t("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:t("jobs.priority_hint")})}
              ${M(t("jobs.printer"),"printer_id","",[{value:"",label:t("queue.any_printer")},...e.map(c=>({value:c.printer_id,label:c.name}))])}
              ${M(t("jobs.model"),"model","",[{value:"",label:t("jobs.any_model")},...s.map(c=>({value:c,label:c}))])}
              ${g(t("jobs.filament"),"filament","",{maxlength:64,list:"odin-filaments"})}
              ${M(t("jobs.nozzle"),"nozzle_mm","",[{value:"",label:t("jobs.any_nozzle")},...xt.map(c=>({value:String(c),label:`${c} mm`}))])}
              ${i.length?ut(t("jobs.tags_any"),"tags_any",i,[]):p}
              ${i.length?ut(t("jobs.tags_all"),"tags_all",i,[]):p}
              ${rt(t("jobs.notes"),"notes","",{maxlength:2e3})}
              ${$t(t,{})}
            </div>
            ${tt("odin-files",d)} ${tt("odin-filaments",n)}
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._adding=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="job-form" data-action="submit-job" ?disabled=${this._busy}>
        ${t("queue.add_submit")}
      </button>
    </odin-dialog>`}_presetDialog(t){let e=this._presetFrom;return a`<odin-dialog
      .open=${!!e}
      heading=${t("queue.save_as_preset")}
      close-label=${t("common.close")}
      data-dialog="save-preset"
      @closed=${()=>this._presetFrom=void 0}
    >
      ${e?a`<form id="preset-from-job" novalidate @submit=${i=>this._submitPreset(i)}>
            <p class="muted small">${t("queue.save_as_preset_help",{file:e.file})}</p>
            ${g(t("presets.name"),"preset_name",Ze(e.name),{required:!0,maxlength:128})}
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._presetFrom=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-from-job" data-action="submit-preset" ?disabled=${this._busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._data,i=e?.items??[],s=i.filter(c=>c.status==="printing"||c.status==="assigned"),n=i.filter(c=>c.status==="queued"),d=i.filter(c=>!["queued","assigned","printing"].includes(c.status));return a`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-queued=${n.length} data-active=${s.length}>
          ${e?t("queue.summary",{queued:y(this.hass,n.length),active:y(this.hass,s.length)}):""}
        </div>
        <div class="actions">
          <button
            class="btn primary"
            data-action="add-job"
            ?disabled=${!e}
            @click=${()=>{this._formError=void 0,this._adding=!0}}
          >
            ${f("plus")}${t("queue.add")}
          </button>
        </div>
      </div>
      ${this._notice?a`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice.text}</span>
            ${this._notice.link?a`<a
                  class="inline-link"
                  href=${this._notice.link}
                  @click=${c=>{c.preventDefault(),B(this._notice?.link??this.base)}}
                  >${this._notice.linkLabel}</a
                >`:p}
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:p}
      ${this._error?a`<div class="card center error-text" role="alert">
            ${t("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${t("panel.retry")}</button></div>
          </div>`:p}
      ${e?a`<div data-loaded=${this._loading?"false":"true"}>
            ${s.length?a`<div class="section-title"><h2>${t("queue.active")}</h2></div>
                  <ul class="jobs" data-list="active">${s.map((c,u)=>this._job(t,c,u,s))}</ul>`:p}
            <div class="section-title">
              <h2>${t("queue.waiting")}</h2>
              <span class="muted small">${t("queue.order_note")}</span>
            </div>
            ${n.length?a`<ul class="jobs" data-list="queued">${n.map((c,u)=>this._job(t,c,u,n))}</ul>`:a`<div class="card center muted" data-empty="queue">
                  ${t("queue.empty")}
                  <div>
                    <a
                      class="inline-link"
                      href="${this.base}/presets"
                      @click=${c=>{c.preventDefault(),B(`${this.base}/presets`)}}
                      >${t("queue.open_presets")}</a
                    >
                  </div>
                </div>`}
            ${d.length?a`<details class="finished">
                  <summary>${t("queue.finished",{n:y(this.hass,d.length)})}</summary>
                  <ul class="jobs" data-list="finished">${d.map((c,u)=>this._job(t,c,u,d))}</ul>
                </details>`:p}
          </div>`:this._error?p:a`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._addDialog(t)} ${this._presetDialog(t)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};z.styles=[L,j,w`
      :host {
        display: block;
      }
      ul.jobs {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr));
        gap: var(--odin-gap);
      }
      .job {
        container-type: inline-size;
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 12px 14px;
      }
      .job.new {
        border-color: var(--primary-color);
      }
      .job-head {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .order {
        flex: 0 0 auto;
        width: 32px;
        height: 32px;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
        background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
        color: var(--primary-color);
      }
      .title {
        flex: 1 1 auto;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .decision {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        font-size: 0.9rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--badge-color) 12%, transparent);
      }
      .decision .dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        margin-top: 5px;
        border-radius: 50%;
        background: var(--badge-color);
      }
      .why summary {
        font-size: 0.875rem;
      }
      ul.checks {
        list-style: none;
        margin: 0 0 6px;
        padding: 0;
        font-size: 0.85rem;
      }
      ul.checks li {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 8px;
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .notes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .job-actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
        margin-top: auto;
      }
      .spacer {
        flex: 1 1 auto;
      }
      /* Narrow cards: text-only buttons so the row fits one line. */
      @container (max-width: 380px) {
        .job-actions .btn {
          padding: 0 12px;
        }
        .job-actions .btn svg {
          display: none;
        }
      }
      .finished {
        margin-top: 20px;
      }
      .file-info {
        display: flex;
        align-items: center;
        gap: 6px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .file-info svg {
        flex: 0 0 auto;
        width: 16px;
        height: 16px;
        fill: currentColor;
      }
      .report {
        font-size: 0.875rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--error-color, #db4437) 10%, transparent);
      }
      ul.guard {
        margin: 4px 0 0;
        padding-left: 18px;
        overflow-wrap: anywhere;
      }
      .dispatch-result {
        font-size: 0.875rem;
      }
      .sending {
        display: grid;
        gap: 4px;
      }
      .finished > summary {
        font-size: 1rem;
        font-weight: 500;
      }
      .banner {
        display: flex;
        align-items: center;
        gap: 8px;
        margin-bottom: 14px;
        padding: 4px 4px 4px 12px;
      }
      .banner span {
        flex: 1 1 auto;
      }
      .inline-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 8px;
        color: var(--primary-color);
        text-decoration: none;
        font-weight: 500;
      }
      p {
        margin: 0;
      }
    `],l([_({attribute:!1})],z.prototype,"hass",2),l([_({type:Boolean})],z.prototype,"narrow",2),l([_()],z.prototype,"base",2),l([m()],z.prototype,"_data",2),l([m()],z.prototype,"_error",2),l([m()],z.prototype,"_loading",2),l([m()],z.prototype,"_adding",2),l([m()],z.prototype,"_presetFrom",2),l([m()],z.prototype,"_confirm",2),l([m()],z.prototype,"_formError",2),l([m()],z.prototype,"_busy",2),l([m()],z.prototype,"_moving",2),l([m()],z.prototype,"_notice",2),l([m()],z.prototype,"_new",2),l([m()],z.prototype,"_progress",2),l([m()],z.prototype,"_dispatch",2),l([m()],z.prototype,"_dispatching",2);q("odin-queue-page",z);function Me(r){return r<1024?`${r} B`:r<1024*1024?`${(r/1024).toFixed(1)} KB`:`${(r/1024/1024).toFixed(1)} MB`}var Ue={x1carbon:"x1c",blp001:"x1c",blp002:"x1",c11:"p1p",c12:"p1s",c13:"x1e",n1:"a1mini",n2s:"a1",originalprusamk4s:"mk4s",originalprusamk4:"mk4"};function Ce(r){let o=String(r??"").toLowerCase().replace(/^bambu ?lab /,"").replace(/^original prusa /,"").replace(/[^a-z0-9]/g,"");return Ue[o]??o}function Te(r,o){let t=new Set([...r.compatible_models,r.metadata.printer_model??""].filter(Boolean).map(Ce));return o.filter(e=>e.model&&t.has(Ce(e.model)))}var V=class extends k{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._printers=[];this._queueing=!1;this._busy=!1;this._started=!1}updated(t){this.hass&&!this._started&&(this._started=!0,this._load())}get _isAdmin(){return!!this.hass?.user?.is_admin}async _load(){if(this.hass)try{let[t,e]=await Promise.all([ve(this.hass),bt(this.hass,!1)]);this._files=t.sort((i,s)=>s.created_at.localeCompare(i.created_at)),this._printers=e.printers,this._error=void 0}catch(t){this._error=$(h(this.hass),t)}}async _open(t){if(this.hass)try{this._detail=await xe(this.hass,t)}catch(e){this._notice=$(h(this.hass),e)}}async _upload(t){let e=t.target,i=e.files?.[0];if(!i||!this.hass)return;let s=h(this.hass);this._uploadError=void 0,this._uploading={name:i.name,fraction:0};try{let n=await qe(this.hass,i,c=>{this._uploading={name:i.name,fraction:c}}),d=s(n.created?"files.uploaded":"files.already",{name:n.file.name});this._notice=d,S(this,d),await this._load(),this._detail=n.file}catch(n){this._uploadError=Le(s,n)}finally{this._uploading=void 0,e.value=""}}async _submitQueue(t){let e=N(t),i=this._detail;if(!e||!i||!this.hass||this._busy)return;let s=h(this.hass);this._busy=!0,this._formError=void 0;try{let n=await yt(this.hass,{file:i.name,file_hash:i.hash,name:b(e,"name"),quantity:x(e,"quantity"),priority:x(e,"priority"),printer_id:b(e,"printer_id"),tags_any:e.getAll("tags_any").map(String),options:x(e,"plate")?{plate:x(e,"plate")}:void 0});this._queueing=!1;let d=s("files.queued",{n:y(this.hass,n.length)});this._notice=d,S(this,d),this.dispatchEvent(new CustomEvent("jobs-queued",{detail:{jobs:n},bubbles:!0,composed:!0}))}catch(n){this._formError=$(s,n)}finally{this._busy=!1}}_uploadCard(t){if(!this._isAdmin)return a`<div class="card muted" data-denied="upload">${t("files.admin_only")}</div>`;let e=this._uploading,i=e?Math.round(e.fraction*100):0;return a`<div class="card upload" data-section="upload">
      <label class="btn primary upload-btn ${e?"disabled":""}">
        ${f("plus")}<span>${t("files.upload")}</span>
        <input type="file" name="file" accept=${we.join(",")} ?disabled=${!!e} @change=${s=>this._upload(s)} />
      </label>
      <span class="muted small">${t("files.hint")}</span>
      ${e?a`<div class="uploading" role="status" data-upload-progress=${i}>
            <div class="small">${t("files.uploading",{name:e.name,percent:`${i} %`})}</div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${i}><div style="width:${i}%"></div></div>
          </div>`:p}
      ${this._uploadError?a`<div class="notice error" role="alert" data-upload-error>${this._uploadError}</div>`:p}
    </div>`}_detailView(t,e){let i=e.metadata,s=Te(e,this._printers),n=(d,c,u)=>c==null||c===""?p:a`<div class="kv"><dt>${d}</dt><dd data-field=${u}>${c}</dd></div>`;return a`<section class="card detail" data-file-detail=${e.hash}>
      <div class="detail-head">
        <h2 class="ellipsis" data-field="name">${e.name}</h2>
        <button class="icon-btn" data-action="close-detail" aria-label=${t("files.close_details")} @click=${()=>this._detail=void 0}>${f("close")}</button>
      </div>
      <dl>
        ${n(t("files.slicer"),[i.slicer,i.slicer_version].filter(Boolean).join(" "),"slicer")}
        ${n(t("files.printer_model"),i.printer_model,"printer_model")}
        ${n(t("files.profile"),i.printer_profile,"profile")}
        ${n(t("files.nozzle"),i.nozzle_mm!=null?`${v(this.hass,i.nozzle_mm,1)} mm`:null,"nozzle")}
        ${n(t("files.size"),Me(e.size),"size")}
        ${n(t("files.kind"),e.kind,"kind")}
        <div class="kv"><dt>${t("files.compatible")}</dt><dd data-field="compatible">${e.compatible_models.map(d=>a`<span class="pill" data-model=${d}>${d}</span>`)}</dd></div>
        <div class="kv"><dt>${t("files.fits")}</dt><dd data-field="fits">
          ${s.length?s.map(d=>a`<span class="pill ok" data-printer-id=${d.printer_id}>${d.name}</span>`):a`<span class="muted">${t("files.no_fit")}</span>`}
        </dd></div>
      </dl>
      <h3>${t("files.plates")}</h3>
      <ul class="plates">
        ${i.plates.map(d=>a`<li data-plate=${d.index}>
            <strong>${t("files.plate_n",{n:d.index})}</strong>
            ${d.sliced?p:a`<span class="pill warn">${t("files.not_sliced")}</span>`}
            <span data-field="estimate">${t("files.estimate")}: ${R(d.estimate_s)}</span>
            <span data-field="filaments">${t("files.filaments")}:
              ${d.filaments.map(c=>a`<span class="fil">${c.color?a`<span class="swatch" style="background:${c.color}"></span>`:p}${c.type??"?"}${c.grams!=null?` ${v(this.hass,c.grams,1)} g`:""}</span>`)}</span>
            ${d.bbox&&d.bbox.length===4?a`<span data-field="bbox">${t("files.bbox")}: ${v(this.hass,d.bbox[2]-d.bbox[0],0)} × ${v(this.hass,d.bbox[3]-d.bbox[1],0)} mm</span>`:p}
          </li>`)}
      </ul>
      <div class="actions">
        <button class="btn primary" data-action="queue-file" @click=${()=>{this._formError=void 0,this._queueing=!0}}>${f("queue")}${t("files.queue")}</button>
      </div>
    </section>`}_queueDialog(t){let e=this._detail,i=e?Te(e,this._printers):[],s=[...new Set(this._printers.flatMap(n=>n.tags))].sort((n,d)=>n.localeCompare(d));return a`<odin-dialog
      .open=${this._queueing&&!!e}
      heading=${e?t("files.queue_heading",{name:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="queue-file"
      @closed=${()=>this._queueing=!1}
    >
      ${this._queueing&&e?a`<form id="queue-file-form" novalidate @submit=${n=>this._submitQueue(n)}>
            <div class="form-grid">
              ${g(t("jobs.name"),"name","",{maxlength:255,hint:t("jobs.name_hint")})}
              ${g(t("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:t("jobs.priority_hint")})}
              ${M(t("jobs.printer"),"printer_id",i.length===1?i[0].printer_id:"",[{value:"",label:t("queue.any_printer")},...this._printers.map(n=>({value:n.printer_id,label:`${n.name}${n.model?` (${n.model})`:""}`}))])}
              ${e.metadata.plates.length>1?M(t("files.plates"),"plate","1",e.metadata.plates.map(n=>({value:String(n.index),label:t("files.plate_n",{n:n.index})}))):p}
              ${s.length?ut(t("jobs.tags_any"),"tags_any",s,[]):p}
            </div>
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._queueing=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="queue-file-form" data-action="submit-queue-file" ?disabled=${this._busy}>${t("queue.add_submit")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._files;return a`
      ${this._uploadCard(t)}
      ${this._notice?a`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice}</span>
            <a class="inline-link" href="${this.base}/queue" @click=${i=>{i.preventDefault(),B(`${this.base}/queue`)}}>${t("files.open_queue")}</a>
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:p}
      ${this._error?a`<div class="card center error-text" role="alert">${t("panel.error",{error:this._error})}</div>`:p}
      ${this._detail?this._detailView(t,this._detail):p}
      <div class="section-title"><h2>${t("files.title")}</h2></div>
      ${e?e.length?a`<ul class="files" data-list="files">
              ${e.map(i=>a`<li class="card file ${this._detail?.hash===i.hash?"selected":""}" data-hash=${i.hash}>
                  <button class="file-btn" data-action="open-file" @click=${()=>this._open(i.hash)}>
                    <span class="name ellipsis">${i.name}</span>
                    <span class="muted small ellipsis">${i.compatible_models.join(", ")||"–"} · ${Me(i.size)} · ${C(this.hass,i.created_at)}</span>
                  </button>
                </li>`)}
            </ul>`:a`<div class="card center muted" data-empty="files">${t("files.empty")}</div>`:a`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._queueDialog(t)}
    `}};V.styles=[L,j,w`
      :host {
        display: block;
      }
      .upload {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 10px 14px;
        padding: 12px 14px;
        margin-bottom: 14px;
      }
      .upload-btn {
        position: relative;
        cursor: pointer;
        min-height: 48px;
      }
      .upload-btn input {
        position: absolute;
        inset: 0;
        opacity: 0;
        cursor: pointer;
        width: 100%;
        height: 100%;
        margin: 0;
      }
      .upload-btn.disabled {
        opacity: 0.6;
        pointer-events: none;
      }
      .uploading {
        flex: 1 1 100%;
        display: grid;
        gap: 6px;
      }
      ul.files {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr));
        gap: var(--odin-gap);
      }
      .file {
        padding: 0;
        min-width: 0;
      }
      .file.selected {
        border-color: var(--primary-color);
      }
      .file-btn {
        display: grid;
        gap: 2px;
        width: 100%;
        min-height: 56px;
        padding: 10px 14px;
        border: none;
        background: none;
        color: inherit;
        font: inherit;
        text-align: left;
        cursor: pointer;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .detail {
        padding: 12px 14px;
        margin-bottom: 16px;
        min-width: 0;
      }
      .detail-head {
        display: flex;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .detail-head h2 {
        flex: 1 1 auto;
        margin: 0;
        font-size: 1.1rem;
        min-width: 0;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
        gap: 6px 16px;
        margin: 8px 0;
      }
      .kv {
        min-width: 0;
      }
      dt {
        font-size: 0.8rem;
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .pill.ok {
        border-color: var(--success-color, #43a047);
      }
      .pill.warn {
        border-color: var(--warning-color, #ffa600);
      }
      h3 {
        font-size: 0.95rem;
        margin: 10px 0 4px;
      }
      ul.plates {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      ul.plates li {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        font-size: 0.9rem;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .fil {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        margin-right: 6px;
      }
      .swatch {
        width: 12px;
        height: 12px;
        border-radius: 50%;
        border: 1px solid var(--divider-color, #ccc);
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        margin-top: 10px;
      }
      .banner {
        display: flex;
        align-items: center;
        gap: 8px;
        margin-bottom: 14px;
        padding: 4px 4px 4px 12px;
      }
      .banner span {
        flex: 1 1 auto;
      }
      .inline-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 8px;
        color: var(--primary-color);
        text-decoration: none;
        font-weight: 500;
      }
    `],l([_({attribute:!1})],V.prototype,"hass",2),l([_({type:Boolean})],V.prototype,"narrow",2),l([_()],V.prototype,"base",2),l([m()],V.prototype,"_files",2),l([m()],V.prototype,"_printers",2),l([m()],V.prototype,"_error",2),l([m()],V.prototype,"_detail",2),l([m()],V.prototype,"_uploading",2),l([m()],V.prototype,"_uploadError",2),l([m()],V.prototype,"_queueing",2),l([m()],V.prototype,"_formError",2),l([m()],V.prototype,"_busy",2),l([m()],V.prototype,"_notice",2);q("odin-files-page",V);var Ge=["any","printer","tag","model"],D=class extends k{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._printers=[];this._targetType="any";this._busy=!1;this._started=!1;this._printerName=t=>this._printers.find(e=>e.printer_id===t)?.name??t}updated(t){this.hass&&!this._started&&(this._started=!0,W(this.hass).then(e=>this._printers=e.sort((i,s)=>i.name.localeCompare(s.name))).catch(()=>{}),this._load())}async _load(){if(this.hass)try{this._presets=await ae(this.hass),this._error=void 0}catch(t){this._error=$(h(this.hass),t)}}_edit(t){this._formError=void 0,this._targetType=t==="new"?"any":t.target.type,this._editing=t}async _submitPreset(t){let e=N(t);if(!e||!this.hass||this._busy||!this._editing)return;let i=h(this.hass),s=this._editing==="new"?void 0:this._editing,n=b(e,"target_type")??"any";this._busy=!0,this._formError=void 0;try{let{preset:d}=await re(this.hass,{preset_id:s?.preset_id,name:b(e,"name")??"",file:b(e,"file")??"",target:n==="any"?{type:n}:{type:n,value:b(e,"target_value")},filament:b(e,"filament"),nozzle_mm:x(e,"nozzle_mm"),quantity:x(e,"quantity"),priority:x(e,"priority"),notes:b(e,"notes"),options:vt(e)});this._editing=void 0,S(this,i("presets.saved",{name:d.name})),await this._load()}catch(d){this._formError=$(i,d)}finally{this._busy=!1}}async _submitSchedule(t){let e=N(t),i=this._scheduling;if(!e||!i||!this.hass||this._busy)return;let s=h(this.hass);this._busy=!0,this._formError=void 0;try{let n=await le(this.hass,i.preset_id,{quantity:x(e,"quantity"),priority:x(e,"priority"),tag:b(e,"tag")});this._scheduling=void 0;let d=s("presets.scheduled",{n:y(this.hass,n.length),name:i.name});this._notice={text:d,jobs:n.length},S(this,d)}catch(n){this._formError=$(s,n)}finally{this._busy=!1}}_askDelete(t){let e=h(this.hass);this._confirm={heading:e("presets.delete_heading"),text:e("presets.delete_text",{name:t.name}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await oe(this.hass,t.preset_id),S(this,e("presets.deleted",{name:t.name})),await this._load())}}}_tile(t,e){let i=[[t("jobs.file"),e.file],[t("presets.target"),Tt(t,e,this._printerName)],[t("jobs.quantity"),y(this.hass,e.quantity)]];e.priority&&i.push([t("jobs.priority"),String(e.priority)]),e.filament&&i.push([t("jobs.filament"),e.filament]),e.nozzle_mm!==null&&i.push([t("jobs.nozzle"),`${e.nozzle_mm} mm`]);let s=wt(t,e.options);return a`<li class="card preset" data-preset-id=${e.preset_id}>
      <h3 class="ellipsis" data-field="name">${e.name}</h3>
      <dl class="facts">${i.map(([n,d])=>a`<dt>${n}</dt><dd>${d}</dd>`)}</dl>
      ${s.length?a`<div class="pills opts">${s}</div>`:p}
      ${e.notes?a`<div class="small muted notes">${e.notes}</div>`:p}
      <div class="tile-actions">
        <button class="icon-btn" data-action="edit" aria-label=${t("presets.edit",{name:e.name})} @click=${()=>this._edit(e)}>
          ${f("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${t("presets.delete",{name:e.name})} @click=${()=>this._askDelete(e)}>
          ${f("delete")}
        </button>
        <span class="spacer"></span>
        <button
          class="btn primary"
          data-action="schedule"
          @click=${()=>{this._formError=void 0,this._scheduling=e}}
        >
          ${f("schedule")}${t("presets.quick_schedule")}
        </button>
      </div>
    </li>`}_targetValue(t,e){let i=e&&e.target.type===this._targetType?e.target.value:"",s=[...new Set(this._printers.flatMap(d=>d.tags))].sort((d,c)=>d.localeCompare(c)),n=[...new Set(this._printers.map(d=>d.model).filter(d=>!!d))].sort();switch(this._targetType){case"printer":return M(t("jobs.printer"),"target_value",i,this._printers.map(d=>({value:d.printer_id,label:d.name})),{required:!0});case"tag":return M(t("presets.tag"),"target_value",i,s.map(d=>({value:d,label:d})),{required:!0});case"model":return a`${g(t("jobs.model"),"target_value",i,{required:!0,maxlength:64,list:"odin-models"})}
        ${tt("odin-models",n)}`;default:return p}}_editDialog(t){let e=this._editing,i=e&&e!=="new"?e:void 0;return a`<odin-dialog
      .open=${!!e}
      heading=${t(i?"presets.edit_heading":"presets.new_heading")}
      close-label=${t("common.close")}
      data-dialog="preset"
      @closed=${()=>this._editing=void 0}
    >
      ${e?a`<form id="preset-form" novalidate @submit=${s=>this._submitPreset(s)}>
            <div class="form-grid">
              ${g(t("presets.name"),"name",i?.name,{required:!0,maxlength:128,full:!0})}
              ${g(t("jobs.file"),"file",i?.file,{required:!0,maxlength:512,full:!0,hint:t("jobs.file_hint")})}
              ${M(t("presets.target"),"target_type",this._targetType,Ge.map(s=>({value:s,label:t(`presets.target_type.${s}`)})),{onChange:s=>this._targetType=s})}
              ${this._targetValue(t,i)}
              ${g(t("jobs.filament"),"filament",i?.filament,{maxlength:64,list:"odin-preset-filaments"})}
              ${M(t("jobs.nozzle"),"nozzle_mm",i?.nozzle_mm!=null?String(i.nozzle_mm):"",[{value:"",label:t("jobs.any_nozzle")},...xt.map(s=>({value:String(s),label:`${s} mm`}))])}
              ${g(t("jobs.quantity"),"quantity",i?.quantity??1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",i?.priority??0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${rt(t("jobs.notes"),"notes",i?.notes,{maxlength:2e3})}
              ${$t(t,i?.options??{})}
            </div>
            ${tt("odin-preset-filaments",dt)}
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-form" data-action="submit-preset" ?disabled=${this._busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}_scheduleDialog(t){let e=this._scheduling,i=[...new Set(this._printers.flatMap(s=>s.tags))].sort((s,n)=>s.localeCompare(n));return a`<odin-dialog
      .open=${!!e}
      heading=${e?t("presets.schedule_heading",{name:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="schedule"
      @closed=${()=>this._scheduling=void 0}
    >
      ${e?a`<form id="schedule-form" novalidate @submit=${s=>this._submitSchedule(s)}>
            <p class="muted small">${t("presets.schedule_help",{file:e.file,target:Tt(t,e,this._printerName)})}</p>
            <div class="form-grid">
              ${g(t("jobs.quantity"),"quantity",e.quantity,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",e.priority,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${i.length?M(t("presets.only_tag"),"tag","",[{value:"",label:t("presets.as_in_preset")},...i.map(s=>({value:s,label:s}))],{full:!0,hint:t("presets.only_tag_hint")}):p}
            </div>
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._scheduling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="schedule-form" data-action="submit-schedule" ?disabled=${this._busy}>
        ${f("schedule")}${t("presets.schedule_submit")}
      </button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._presets;return a`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-count=${e?.length??""}>
          ${e?t("presets.summary",{n:y(this.hass,e.length)}):""}
        </div>
        <div class="actions">
          <button class="btn primary" data-action="new-preset" @click=${()=>this._edit("new")}>${f("plus")}${t("presets.new")}</button>
        </div>
      </div>
      ${this._notice?a`<div class="notice success banner" role="status" data-notice data-scheduled=${this._notice.jobs}>
            <span>${this._notice.text}</span>
            <a
              class="inline-link"
              data-action="open-queue"
              href="${this.base}/queue"
              @click=${i=>{i.preventDefault(),B(`${this.base}/queue`)}}
              >${t("presets.open_queue")}</a
            >
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:p}
      ${this._error?a`<div class="card center error-text" role="alert">
            ${t("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${t("panel.retry")}</button></div>
          </div>`:p}
      ${e?e.length===0?a`<div class="card center muted" data-empty="presets">${t("presets.empty")}</div>`:a`<ul class="tiles presets" data-loaded="true">${e.map(i=>this._tile(t,i))}</ul>`:this._error?p:a`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._editDialog(t)} ${this._scheduleDialog(t)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};D.styles=[L,j,w`
      :host {
        display: block;
      }
      ul.presets {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .preset {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .preset h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      .opts {
        margin-top: 8px;
      }
      .notes {
        margin-top: 6px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .tile-actions {
        margin-top: auto;
        padding-top: 12px;
        align-items: center;
      }
      .spacer {
        flex: 1 1 auto;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-bottom: 14px;
        padding: 4px 4px 4px 12px;
      }
      .banner span {
        flex: 1 1 auto;
      }
      .inline-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 8px;
        color: var(--primary-color);
        text-decoration: none;
        font-weight: 500;
      }
      p {
        margin: 0 0 12px;
      }
    `],l([_({attribute:!1})],D.prototype,"hass",2),l([_({type:Boolean})],D.prototype,"narrow",2),l([_()],D.prototype,"base",2),l([m()],D.prototype,"_presets",2),l([m()],D.prototype,"_printers",2),l([m()],D.prototype,"_error",2),l([m()],D.prototype,"_editing",2),l([m()],D.prototype,"_targetType",2),l([m()],D.prototype,"_scheduling",2),l([m()],D.prototype,"_confirm",2),l([m()],D.prototype,"_formError",2),l([m()],D.prototype,"_busy",2),l([m()],D.prototype,"_notice",2);q("odin-presets-page",D);var Ke=["dryer","oven","ams","dry_box","dehydrator","other"],je="[A-Ha-h][1-4]|[Hh][Tt][1-8]|[Ee][Xx][Tt]",Xe=50,kt="slot";function Qe(r,o){if(!o)return;let t=o.toUpperCase().replace(/_/g,"-");return r.find(e=>e.material.toUpperCase()===t)??r.find(e=>e.material.toUpperCase()===t.split(/[-\s+]/)[0])}function Ye(r){if(!r)return null;let o=r.trim().toLowerCase().replace(/\s+/g,"");return typeof CSS<"u"&&CSS.supports("color",o)?o:null}function We(r){let o=t=>String(t).padStart(2,"0");return`${J(r)}T${o(r.getHours())}:${o(r.getMinutes())}`}var A=class extends k{constructor(){super(...arguments);this.narrow=!1;this._materials=[];this._printers=[];this._loading=!1;this._editPrinter="";this._logging=!1;this._logTarget="";this._history={};this._busy=!1;this._started=!1;this._printerName=t=>t?this._printers.find(e=>e.printer_id===t)?.name??t:""}updated(t){this.hass&&!this._started&&(this._started=!0,W(this.hass).then(e=>this._printers=e.sort((i,s)=>i.name.localeCompare(s.name))).catch(()=>{}),this._load())}async _load(){if(this.hass){this._loading=!0;try{let[t,e,i]=await Promise.all([de(this.hass),Mt(this.hass,{limit:Xe}),ue(this.hass)]);t.sort((s,n)=>Number(n.drying?.needs_drying??!1)-Number(s.drying?.needs_drying??!1)||s.label.localeCompare(n.label)||s.spool_id-n.spool_id),this._spools=t,this._sessions=e,this._materials=i,this._error=void 0;for(let s of Object.keys(this._history).map(Number))this._loadHistory(s)}catch(t){this._error=$(h(this.hass),t)}finally{this._loading=!1}}}async _loadHistory(t){if(this.hass)try{let e=await Mt(this.hass,{spool_id:t,limit:20});this._history={...this._history,[t]:e}}catch(e){this._error=$(h(this.hass),e)}}_toggleHistory(t){if(t in this._history){let{[t]:e,...i}=this._history;this._history=i;return}this._history={...this._history,[t]:"loading"},this._loadHistory(t)}_spoolName(t){let e=this._spools?.find(i=>i.spool_id===t.spool_id);return e?e.label:t.printer_id?`${this._printerName(t.printer_id)} · ${t.slot??""}`:t.spool_id!==null?`#${t.spool_id}`:"–"}_openLog(t){this._formError=void 0,this._logTarget=t?String(t.spool_id):this._spools?.[0]?String(this._spools[0].spool_id):kt,this._logging=!0}async _submitLog(t){let e=N(t);if(!e||!this.hass||this._busy)return;let i=h(this.hass),s=b(e,"target")??"",n=b(e,"started_at");this._busy=!0,this._formError=void 0;try{let{spool:d}=await me(this.hass,{...s===kt?{printer_id:b(e,"printer_id"),slot:b(e,"slot")?.toUpperCase()}:{spool_id:Number(s)},temp_c:x(e,"temp_c")??0,duration_min:Math.round((x(e,"duration_h")??0)*60),method:b(e,"method"),started_at:n?new Date(n).toISOString():void 0,humidity_before:x(e,"humidity_before"),humidity_after:x(e,"humidity_after"),notes:b(e,"notes")});this._logging=!1,S(this,d?i("drying.logged_spool",{spool:d.label}):i("drying.logged")),await this._load()}catch(d){this._formError=$(i,d)}finally{this._busy=!1}}_editSpool(t){this._formError=void 0,this._editPrinter=t==="new"?"":t.printer_id??"",this._editing=t}async _submitSpool(t){let e=N(t);if(!e||!this.hass||this._busy||!this._editing)return;let i=h(this.hass),s=this._editing==="new"?void 0:this._editing,n=b(e,"opened_at"),d=b(e,"printer_id");this._busy=!0,this._formError=void 0;try{let c=await pe(this.hass,{spool_id:s?.spool_id,material:b(e,"material")??"",name:b(e,"name"),brand:b(e,"brand"),colour:b(e,"colour"),weight_g:x(e,"weight_g"),opened_at:n?`${n}T00:00:00`:void 0,location:b(e,"location"),printer_id:d,slot:d?b(e,"slot")?.toUpperCase():void 0,spoolman_id:x(e,"spoolman_id"),humidity_entity_id:b(e,"humidity_entity_id"),notes:b(e,"notes")});this._editing=void 0,S(this,i("drying.spool_saved",{spool:c.label})),await this._load()}catch(c){this._formError=$(i,c)}finally{this._busy=!1}}_askDelete(t){let e=h(this.hass);this._confirm={heading:e("drying.delete_heading"),text:e("drying.delete_text",{spool:t.label}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await ce(this.hass,t.spool_id),S(this,e("drying.spool_deleted",{spool:t.label})),await this._load())}}}async _submitMaterial(t){let e=N(t);if(!e||!this.hass||this._busy||!this._material)return;let i=h(this.hass),s=this._material==="new"?b(e,"material")??"":this._material.material;this._busy=!0,this._formError=void 0;try{this._materials=await he(this.hass,{material:s,max_days:x(e,"max_days")??null,max_humidity:x(e,"max_humidity")??null,drying_temp_c:x(e,"drying_temp_c")??null,drying_hours:x(e,"drying_hours")??null}),this._material=void 0,S(this,i("drying.material_saved",{material:s})),await this._load()}catch(n){this._formError=$(i,n)}finally{this._busy=!1}}_askReset(t){let e=h(this.hass);this._confirm={heading:e("drying.reset_heading"),text:e(t.default?"drying.reset_text":"drying.reset_text_custom",{material:t.material}),confirmLabel:e("drying.reset"),action:async()=>{this.hass&&(this._materials=await _e(this.hass,t.material),await this._load())}}}_status(t,e){let i=e.drying;if(!i||!i.tracked)return a`<div class="status" data-status="untracked" style="--badge-color:var(--secondary-text-color)">
        <span class="dot"></span><span>${t("drying.not_tracked")}</span>
      </div>`;let s=[];if(i.days_since!==null&&s.push(i.max_days!==null?t("drying.days_since_max",{days:v(this.hass,i.days_since,1),max:v(this.hass,i.max_days,0)}):t("drying.days_since",{days:v(this.hass,i.days_since,1)})),i.humidity!==null&&s.push(i.max_humidity!==null?t("drying.humidity_max",{rh:v(this.hass,i.humidity,0),max:v(this.hass,i.max_humidity,0)}):t("drying.humidity",{rh:v(this.hass,i.humidity,0)})),i.needs_drying){let n=i.reasons.map(d=>t(`drying.reason.${d}`)).join(", ");return a`<div class="status" data-status="needs" style="--badge-color:var(--error-color, #db4437)">
        <span class="dot"></span><span><strong>${t("drying.needs")}</strong> (${n}) · ${s.join(" · ")}</span>
      </div>`}return a`<div class="status" data-status="ok" style="--badge-color:var(--success-color, #43a047)">
      <span class="dot"></span
      ><span
        >${i.due_at?t("drying.due",{date:Et(this.hass,i.due_at)}):t("drying.dry")}${s.length?` · ${s.join(" · ")}`:""}</span
      >
    </div>`}_sessionList(t,e){return e.length?a`<ul class="sessions">
      ${e.map(i=>a`<li data-session-id=${i.session_id}>
          <span>${C(this.hass,i.ended_at)}</span>
          <span class="muted"
            >${v(this.hass,i.temp_c,0)} °C · ${R(i.duration_min*60)} · ${t(`drying.method.${i.method}`)}${i.humidity_before!==null||i.humidity_after!==null?` · ${v(this.hass,i.humidity_before,0)} → ${v(this.hass,i.humidity_after,0)} %`:""}</span
          >
        </li>`)}
    </ul>`:a`<div class="muted small">${t("drying.no_history")}</div>`}_tile(t,e){let i=Ye(e.colour),s=[];e.brand&&s.push([t("drying.brand"),e.brand]),e.colour&&s.push([t("drying.colour"),e.colour]),e.weight_g!==null&&s.push([t("drying.weight"),`${y(this.hass,e.weight_g)} g`]),e.opened_at&&s.push([t("drying.opened"),Et(this.hass,e.opened_at)]),e.printer_id&&s.push([t("drying.slot"),`${this._printerName(e.printer_id)}${e.slot?` · ${e.slot}`:""}`]),e.location&&s.push([t("drying.location"),e.location]),e.spoolman_id!==null&&s.push([t("drying.spoolman"),`#${e.spoolman_id}`]),e.humidity_entity_id&&s.push([t("drying.sensor"),e.humidity_entity_id]);let n=this._history[e.spool_id];return a`<li class="card spool" data-spool-id=${e.spool_id} data-needs-drying=${e.drying?.needs_drying?"true":"false"}>
      <div class="head">
        <span class="swatch ${i?"":"none"}" style=${i?`background:${i}`:""} aria-hidden="true"></span>
        <h3 class="ellipsis" data-field="label">${e.label}</h3>
        <span class="pill">${e.material}</span>
      </div>
      ${this._status(t,e)}
      ${s.length?a`<dl class="facts">${s.map(([d,c])=>a`<dt>${d}</dt><dd>${c}</dd>`)}</dl>`:p}
      ${e.notes?a`<div class="small muted notes">${e.notes}</div>`:p}
      ${n?a`<div class="history" data-history=${e.spool_id}>
            <h4>${t("drying.history")}</h4>
            ${n==="loading"?a`<div class="muted small">${t("panel.loading")}</div>`:this._sessionList(t,n)}
          </div>`:p}
      <div class="tile-actions">
        <button
          class="icon-btn"
          data-action="history"
          aria-expanded=${n?"true":"false"}
          aria-label=${t("drying.show_history",{spool:e.label})}
          @click=${()=>this._toggleHistory(e.spool_id)}
        >
          ${f("history")}
        </button>
        <button class="icon-btn" data-action="edit" aria-label=${t("drying.edit",{spool:e.label})} @click=${()=>this._editSpool(e)}>
          ${f("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${t("drying.delete",{spool:e.label})} @click=${()=>this._askDelete(e)}>
          ${f("delete")}
        </button>
        <span class="spacer"></span>
        <button class="btn primary" data-action="log" @click=${()=>this._openLog(e)}>${f("drying")}${t("drying.log")}</button>
      </div>
    </li>`}_historyTable(t){let e=this._sessions??[];return e.length?a`<div class="card table-wrap">
      <table class="stack" data-section="history">
        <thead>
          <tr>
            <th>${t("drying.spool")}</th>
            <th>${t("drying.when")}</th>
            <th class="num">${t("drying.temp")}</th>
            <th class="num">${t("drying.duration")}</th>
            <th>${t("drying.method_label")}</th>
            <th class="num">${t("drying.rh_before_after")}</th>
            <th>${t("drying.by")}</th>
          </tr>
        </thead>
        <tbody>
          ${e.map(i=>a`<tr data-session-id=${i.session_id}>
              <td data-col="spool">${this._spoolName(i)}${i.material?a` <span class="muted small">${i.material}</span>`:p}</td>
              <td data-col="when" data-label=${t("drying.when")}>${C(this.hass,i.ended_at)}</td>
              <td class="num" data-col="temp" data-label=${t("drying.temp")}>${v(this.hass,i.temp_c,0)} °C</td>
              <td class="num" data-col="duration" data-label=${t("drying.duration")}>${R(i.duration_min*60)}</td>
              <td data-col="method" data-label=${t("drying.method_label")}>${t(`drying.method.${i.method}`)}</td>
              <td class="num" data-col="humidity" data-label=${t("drying.rh_before_after")}>
                ${i.humidity_before===null&&i.humidity_after===null?"–":`${v(this.hass,i.humidity_before,0)} → ${v(this.hass,i.humidity_after,0)} %`}
              </td>
              <td data-col="by" data-label=${t("drying.by")}>${i.actor??"–"}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`:a`<div class="card center muted" data-empty="history">${t("drying.no_history")}</div>`}_materialsTable(t){let e=[...this._materials].sort((i,s)=>i.material.localeCompare(s.material));return a`<details class="card materials" data-section="materials">
      <summary>${t("drying.materials")} (${y(this.hass,e.length)})</summary>
      <p class="muted small">${t("drying.materials_help")}</p>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th>${t("drying.material")}</th>
              <th class="num">${t("drying.max_days")}</th>
              <th class="num">${t("drying.max_humidity")}</th>
              <th class="num">${t("drying.drying_temp")}</th>
              <th class="num">${t("drying.drying_hours")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${e.map(i=>a`<tr data-key=${i.material}>
                <td>${i.material}${i.overridden?a` <span class="muted small">${t("drying.custom")}</span>`:p}${i.tracked?p:a` <span class="muted small">${t("drying.not_tracked")}</span>`}</td>
                <td class="num" data-label=${t("drying.max_days")}>${i.max_days===null?"–":v(this.hass,i.max_days,0)}</td>
                <td class="num" data-label=${t("drying.max_humidity")}>${i.max_humidity===null?"–":`${v(this.hass,i.max_humidity,0)} %`}</td>
                <td class="num" data-label=${t("drying.drying_temp")}>${i.drying_temp_c===null?"–":`${v(this.hass,i.drying_temp_c,0)} °C`}</td>
                <td class="num" data-label=${t("drying.drying_hours")}>${i.drying_hours===null?"–":`${v(this.hass,i.drying_hours,0)} h`}</td>
                <td class="row-actions">
                  <button class="icon-btn" aria-label=${t("drying.edit_material",{material:i.material})} @click=${()=>{this._formError=void 0,this._material=i}}>${f("pencil")}</button>
                  ${i.overridden?a`<button class="icon-btn danger" aria-label=${t("drying.reset_material",{material:i.material})} @click=${()=>this._askReset(i)}>
                        ${f("history")}
                      </button>`:p}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="tile-actions">
        <button class="btn" @click=${()=>{this._formError=void 0,this._material="new"}}>${f("plus")}${t("drying.add_material")}</button>
      </div>
    </details>`}_logDialog(t){let e=this._spools??[],i=e.find(d=>String(d.spool_id)===this._logTarget),s=Qe(this._materials,i?.material),n=s?.drying_hours??4;return a`<odin-dialog
      .open=${this._logging}
      heading=${t("drying.log_heading")}
      close-label=${t("common.close")}
      data-dialog="log-drying"
      @closed=${()=>this._logging=!1}
    >
      ${this._logging?a`<form id="log-form" novalidate @submit=${d=>this._submitLog(d)}>
            <div class="form-grid">
              ${M(t("drying.what"),"target",this._logTarget,[...e.map(d=>({value:String(d.spool_id),label:`${d.label} (${d.material})`})),{value:kt,label:t("drying.printer_slot")}],{full:!0,onChange:d=>this._logTarget=d})}
              ${this._logTarget===kt?a`${M(t("jobs.printer"),"printer_id",this._printers[0]?.printer_id??"",this._printers.map(d=>({value:d.printer_id,label:d.name})),{required:!0})}
                  ${g(t("drying.slot_code"),"slot","",{required:!0,pattern:je,maxlength:3,hint:t("drying.slot_hint")})}`:p}
              ${g(`${t("drying.temp")} (°C)`,"temp_c",s?.drying_temp_c??50,{type:"number",min:25,max:150,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("drying.duration_h"),"duration_h",n,{type:"number",min:.25,max:72,step:.25,required:!0,inputmode:"decimal",hint:t("drying.hours_hint")})}
              ${M(t("drying.method_label"),"method","dryer",Ke.map(d=>({value:d,label:t(`drying.method.${d}`)})))}
              ${g(t("drying.started"),"started_at","",{type:"datetime-local",max:We(new Date),hint:t("drying.started_hint")})}
              ${g(`${t("drying.rh_before")} (%)`,"humidity_before","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${g(`${t("drying.rh_after")} (%)`,"humidity_after","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${rt(t("jobs.notes"),"notes","",{maxlength:2e3})}
            </div>
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._logging=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="log-form" data-action="submit-log" ?disabled=${this._busy}>
        ${t("drying.log")}
      </button>
    </odin-dialog>`}_spoolDialog(t){let e=this._editing,i=e&&e!=="new"?e:void 0,s=Object.values(this.hass?.states??{}).filter(n=>n.entity_id.startsWith("sensor.")&&n.attributes.device_class==="humidity").map(n=>({value:n.entity_id,label:String(n.attributes.friendly_name??n.entity_id)}));return i?.humidity_entity_id&&!s.some(n=>n.value===i.humidity_entity_id)&&s.push({value:i.humidity_entity_id,label:i.humidity_entity_id}),a`<odin-dialog
      .open=${!!e}
      heading=${t(i?"drying.edit_heading":"drying.new_heading")}
      close-label=${t("common.close")}
      data-dialog="spool"
      @closed=${()=>this._editing=void 0}
    >
      ${e?a`<form id="spool-form" novalidate @submit=${n=>this._submitSpool(n)}>
            <div class="form-grid">
              ${g(t("drying.material"),"material",i?.material,{required:!0,maxlength:64,list:"odin-materials"})}
              ${g(t("drying.name"),"name",i?.name,{maxlength:128,hint:t("drying.name_hint")})}
              ${g(t("drying.brand"),"brand",i?.brand,{maxlength:128})}
              ${g(t("drying.colour"),"colour",i?.colour,{maxlength:128})}
              ${g(`${t("drying.weight")} (g)`,"weight_g",i?.weight_g,{type:"number",min:0,max:1e5,step:1,inputmode:"numeric"})}
              ${g(t("drying.opened"),"opened_at",i?.opened_at?J(new Date(i.opened_at)):"",{type:"date",max:J(new Date)})}
              ${g(t("drying.location"),"location",i?.location,{maxlength:128})}
              ${M(t("drying.in_printer"),"printer_id",this._editPrinter,[{value:"",label:t("drying.no_printer")},...this._printers.map(n=>({value:n.printer_id,label:n.name}))],{onChange:n=>this._editPrinter=n})}
              ${this._editPrinter?g(t("drying.slot_code"),"slot",i?.slot,{pattern:je,maxlength:3,hint:t("drying.slot_hint")}):p}
              ${g(t("drying.spoolman"),"spoolman_id",i?.spoolman_id,{type:"number",min:1,step:1,inputmode:"numeric",hint:t("drying.spoolman_hint")})}
              ${M(t("drying.sensor"),"humidity_entity_id",i?.humidity_entity_id??"",[{value:"",label:t("drying.no_sensor")},...s],{full:!0})}
              ${rt(t("jobs.notes"),"notes",i?.notes,{maxlength:2e3})}
            </div>
            ${tt("odin-materials",[...this._materials.map(n=>n.material),...dt])}
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="spool-form" data-action="submit-spool" ?disabled=${this._busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}_materialDialog(t){let e=this._material,i=e&&e!=="new"?e:void 0;return a`<odin-dialog
      .open=${!!e}
      heading=${i?t("drying.edit_material",{material:i.material}):t("drying.add_material")}
      close-label=${t("common.close")}
      data-dialog="material"
      @closed=${()=>this._material=void 0}
    >
      ${e?a`<form id="material-form" novalidate @submit=${s=>this._submitMaterial(s)}>
            <p class="muted small">${t("drying.material_form_help")}</p>
            <div class="form-grid">
              ${i?p:g(t("drying.material"),"material","",{required:!0,maxlength:64,full:!0})}
              ${g(t("drying.max_days"),"max_days",i?.max_days,{type:"number",min:0,max:3650,step:"any",inputmode:"decimal"})}
              ${g(`${t("drying.max_humidity")} (%)`,"max_humidity",i?.max_humidity,{type:"number",min:0,max:100,step:"any",inputmode:"decimal"})}
              ${g(`${t("drying.drying_temp")} (°C)`,"drying_temp_c",i?.drying_temp_c,{type:"number",min:25,max:150,step:1,inputmode:"numeric"})}
              ${g(`${t("drying.drying_hours")} (h)`,"drying_hours",i?.drying_hours,{type:"number",min:0,max:72,step:"any",inputmode:"decimal"})}
            </div>
            ${this._formError?a`<div class="notice error" role="alert">${this._formError}</div>`:p}
          </form>`:p}
      <button slot="actions" class="btn" @click=${()=>this._material=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="material-form" ?disabled=${this._busy}>${t("common.save")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._spools,i=e?.filter(s=>s.drying?.needs_drying).length??0;return a`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-spools=${e?.length??""} data-needs=${i}>
          ${e?t("drying.summary",{n:y(this.hass,e.length),needs:y(this.hass,i)}):""}
        </div>
        <div class="actions">
          <button class="btn" data-action="add-spool" @click=${()=>this._editSpool("new")}>${f("plus")}${t("drying.add_spool")}</button>
          <button class="btn primary" data-action="log-drying" ?disabled=${!e} @click=${()=>this._openLog()}>
            ${f("drying")}${t("drying.log")}
          </button>
        </div>
      </div>
      ${this._error?a`<div class="card center error-text" role="alert">
            ${t("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${t("panel.retry")}</button></div>
          </div>`:p}
      ${e?a`<div data-loaded=${this._loading?"false":"true"}>
            ${e.length===0?a`<div class="card center muted" data-empty="spools">${t("drying.no_spools")}</div>`:a`<ul class="tiles spools">${e.map(s=>this._tile(t,s))}</ul>`}
            <div class="section-title"><h2>${t("drying.history_all")}</h2></div>
            ${this._historyTable(t)}
            <div class="section-title"></div>
            ${this._materialsTable(t)}
          </div>`:this._error?p:a`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._logDialog(t)} ${this._spoolDialog(t)} ${this._materialDialog(t)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};A.styles=[L,j,w`
      :host {
        display: block;
      }
      ul.spools {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .spool {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .head h3 {
        margin: 0;
        flex: 1 1 auto;
        font-size: 1.05rem;
      }
      .swatch {
        flex: 0 0 auto;
        width: 22px;
        height: 22px;
        border-radius: 50%;
        border: 1px solid var(--divider-color, #e0e0e0);
      }
      .swatch.none {
        background: repeating-linear-gradient(45deg, transparent 0 3px, var(--divider-color, #e0e0e0) 3px 5px);
      }
      .status {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        font-size: 0.875rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--badge-color) 12%, transparent);
      }
      .status .dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        margin-top: 5px;
        border-radius: 50%;
        background: var(--badge-color);
      }
      .notes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .history h4 {
        margin: 4px 0;
        font-size: 0.875rem;
        font-weight: 500;
      }
      ul.sessions {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.85rem;
      }
      ul.sessions li {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 10px;
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .tile-actions {
        margin-top: auto;
        align-items: center;
      }
      .spacer {
        flex: 1 1 auto;
      }
      .materials > summary {
        font-weight: 500;
      }
      .materials p {
        margin: 0 0 8px;
      }
      td.row-actions {
        text-align: right;
        white-space: nowrap;
        padding: 0;
      }
      @container (max-width: 520px) {
        table.stack td.row-actions {
          grid-column: 1 / -1;
          justify-content: flex-end;
        }
        table.stack td.row-actions::before {
          content: none;
        }
      }
      p {
        margin: 0 0 12px;
      }
    `],l([_({attribute:!1})],A.prototype,"hass",2),l([_({type:Boolean})],A.prototype,"narrow",2),l([m()],A.prototype,"_spools",2),l([m()],A.prototype,"_sessions",2),l([m()],A.prototype,"_materials",2),l([m()],A.prototype,"_printers",2),l([m()],A.prototype,"_error",2),l([m()],A.prototype,"_loading",2),l([m()],A.prototype,"_editing",2),l([m()],A.prototype,"_editPrinter",2),l([m()],A.prototype,"_logging",2),l([m()],A.prototype,"_logTarget",2),l([m()],A.prototype,"_material",2),l([m()],A.prototype,"_history",2),l([m()],A.prototype,"_confirm",2),l([m()],A.prototype,"_formError",2),l([m()],A.prototype,"_busy",2);q("odin-drying-page",A);function jt(r){switch(r){case"success":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--warning-color, #ffa600)";default:return"var(--secondary-text-color, #727272)"}}function Vt(r,o){return r(`timelapses.outcome.${o??"open"}`)}function Oe(r,o){return o>=1024*1024*1024?`${v(r,o/1024**3,1)} GB`:o>=1024*1024?`${v(r,o/1024**2,1)} MB`:`${y(r,Math.max(1,Math.round(o/1024)))} kB`}function Dt(r,o){return o<60?`${v(r,o,1)} s`:`${Math.floor(o/60)} min ${String(Math.round(o%60)).padStart(2,"0")} s`}var nt=class extends k{constructor(){super(...arguments);this.autoplay=!0}render(){let t=this.timelapse;if(!t)return p;let e=h(this.hass),i=t.started_at&&t.ended_at?(new Date(t.ended_at).getTime()-new Date(t.started_at).getTime())/1e3:null,s=i===null?"–":i<60?`< 1 ${e("units.min")}`:R(i);return a`<div class="player">
        <video
          data-timelapse-id=${t.id}
          src=${t.url}
          poster=${t.poster_url}
          controls
          playsinline
          muted
          loop
          preload="auto"
          ?autoplay=${this.autoplay}
          aria-label=${e("timelapses.video_of",{job:t.job_name??t.file_name??""})}
        ></video>
      </div>
      <dl class="facts">
        <dt>${e("timelapses.printer")}</dt>
        <dd>${t.printer_name??t.printer_id}</dd>
        <dt>${e("timelapses.job")}</dt>
        <dd>${t.job_name??t.file_name??"–"}${t.file_name&&t.job_name?a` <span class="muted">(${t.file_name})</span>`:p}</dd>
        <dt>${e("timelapses.result")}</dt>
        <dd><span class="badge" style="--badge-color:${jt(t.outcome)}" data-field="outcome">${Vt(e,t.outcome)}</span></dd>
        <dt>${e("timelapses.run")}</dt>
        <dd>${Ut(this.hass,t.started_at,t.ended_at)} (${s})</dd>
        <dt>${e("timelapses.video")}</dt>
        <dd>
          ${e("timelapses.video_facts",{length:Dt(this.hass,t.seconds),frames:y(this.hass,t.frames),fps:y(this.hass,t.fps),size:Oe(this.hass,t.bytes)})}
        </dd>
        <dt>${e("timelapses.kept")}</dt>
        <dd>${t.expires?e("timelapses.kept_until",{date:C(this.hass,t.expires)}):e("timelapses.kept_forever")}</dd>
      </dl>`}};nt.styles=[L,j,w`
      :host {
        display: block;
      }
      .player {
        background: #000;
        border-radius: 12px;
        overflow: hidden;
      }
      video {
        display: block;
        width: 100%;
        aspect-ratio: 16 / 9;
        max-height: 62vh;
        object-fit: contain;
        background: #000;
      }
      dl.facts {
        margin-top: 12px;
      }
    `],l([_({attribute:!1})],nt.prototype,"hass",2),l([_({attribute:!1})],nt.prototype,"timelapse",2),l([_({type:Boolean})],nt.prototype,"autoplay",2);q("odin-timelapse-player",nt);var ti=24,T=class extends k{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.runId=0;this._next=null;this._recording=[];this._printers=[];this._printer="";this._loading=!1;this._runMissing=0;this._started=!1;this._openedRun=0;this._request=0}get _isAdmin(){return!!this.hass?.user?.is_admin}willUpdate(t){t.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(t){this.hass&&(this._started?t.has("_printer")&&this._load(!0):(this._started=!0,W(this.hass).then(e=>this._printers=e.sort((i,s)=>i.name.localeCompare(s.name))).catch(()=>{}),this._load(!0)),this.runId&&this.runId!==this._openedRun&&(this._openedRun=this.runId,this._openRun(this.runId)))}async _load(t){if(!this.hass)return;let e=++this._request;this._loading=!0;try{let i=await mt(this.hass,{printer_id:this._printer||void 0,before:t?null:this._next,limit:ti});if(e!==this._request)return;this._items=t?i.items:[...this._items??[],...i.items],this._next=i.next,this._recording=i.recording,this._error=void 0}catch(i){e===this._request&&(this._error=$(h(this.hass),i))}finally{e===this._request&&(this._loading=!1)}}async _openRun(t){if(this.hass)try{let e=await mt(this.hass,{run_id:t,limit:1});e.items[0]?(this._runMissing=0,this._playing=e.items[0]):this._runMissing=t}catch(e){this._error=$(h(this.hass),e)}}_askDelete(t){let e=h(this.hass),i=t.job_name??t.file_name??`#${t.id}`;this._confirm={heading:e("timelapses.delete_heading"),text:e("timelapses.delete_text",{job:i,printer:t.printer_name??""}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await ge(this.hass,t.id),this._playing=void 0,S(this,e("timelapses.deleted",{job:i})),await this._load(!0))}}}_printerName(t){return this._printers.find(e=>e.printer_id===t)?.name??t}_card(t,e){let i=e.job_name??e.file_name??`#${e.id}`;return a`<li>
      <button class="card tl" data-timelapse-id=${e.id} data-run-id=${e.run_id} aria-label=${t("timelapses.play",{job:i})} @click=${()=>this._playing=e}>
        <div class="thumb">
          <img src=${e.poster_url} alt="" loading="lazy" decoding="async" />
          <span class="play" aria-hidden="true">${f("play")}</span>
          <span class="len">${Dt(this.hass,e.seconds)}</span>
        </div>
        <div class="meta">
          <div class="row">
            <span class="name ellipsis">${i}</span>
            <span class="badge" style="--badge-color:${jt(e.outcome)}">${Vt(t,e.outcome)}</span>
          </div>
          <div class="muted small ellipsis">${e.printer_name??this._printerName(e.printer_id)} · ${C(this.hass,e.ended_at??e.created)}</div>
        </div>
      </button>
    </li>`}_player(t){let e=this._playing,i=e?e.job_name??e.file_name??`#${e.id}`:"";return a`<odin-dialog
      wide
      .open=${!!e}
      heading=${i}
      close-label=${t("common.close")}
      data-dialog="player"
      @closed=${()=>this._playing=void 0}
    >
      ${e?a`<odin-timelapse-player .hass=${this.hass} .timelapse=${e}></odin-timelapse-player>`:p}
      ${e&&!this._isAdmin?a`<p class="muted small admin-note" data-denied="delete">${t("timelapses.admin_delete")}</p>`:p}
      ${e&&this._isAdmin?a`<button slot="actions" class="btn danger" data-action="delete" @click=${()=>this._askDelete(e)}>${f("delete")}${t("common.delete")}</button>`:p}
      ${e?a`<a slot="actions" class="btn" data-action="download" href=${e.url} download=${`${i.replace(/[^\w.-]+/g,"_")}-${e.run_id}.mp4`}
            >${f("download")}${t("timelapses.download")}</a
          >`:p}
      <button slot="actions" class="btn primary" @click=${()=>this._playing=void 0}>${t("common.close")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._items;return a`
      <section class="card filters">
        <label class="field">
          ${t("timelapses.printer")}
          <select name="printer" @change=${i=>this._printer=i.target.value}>
            <option value="" ?selected=${this._printer===""}>${t("analytics.any")}</option>
            ${this._printers.map(i=>a`<option value=${i.printer_id} ?selected=${i.printer_id===this._printer}>${i.name}</option>`)}
          </select>
        </label>
        <div class="recording" data-recording=${this._recording.length}>
          ${this._recording.length?a`<span class="rec-dot" aria-hidden="true"></span>${t("timelapses.recording",{printers:this._recording.map(i=>this._printerName(i)).join(", ")})}`:a`<span class="muted small">${t("timelapses.not_recording")}</span>`}
        </div>
      </section>
      ${this._runMissing?a`<div class="notice" role="status" data-run-missing=${this._runMissing}>${t("timelapses.run_missing",{run:this._runMissing})}</div>`:p}
      ${this._error?a`<div class="card center error-text" role="alert">
            ${t("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load(!0)}>${t("panel.retry")}</button></div>
          </div>`:p}
      ${e?e.length===0?a`<div class="card center muted" data-empty="timelapses">${t("timelapses.empty")}</div>`:a`<div data-loaded=${this._loading?"false":"true"}>
              <div class="muted small count" data-count=${e.length}>${t("timelapses.count",{n:y(this.hass,e.length)})}</div>
              <ul class="gallery">${e.map(i=>this._card(t,i))}</ul>
              ${this._next?a`<div class="more">
                    <button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>${t("audit.load_more")}</button>
                  </div>`:p}
            </div>`:this._error?p:a`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._player(t)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};T.styles=[L,j,w`
      :host {
        display: block;
      }
      .filters {
        display: grid;
        grid-template-columns: minmax(0, 320px) 1fr;
        align-items: end;
        gap: 12px;
        margin-bottom: var(--odin-gap);
      }
      @media (max-width: 600px) {
        .filters {
          grid-template-columns: 1fr;
        }
      }
      .recording {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 44px;
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      .rec-dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--error-color, #db4437);
        animation: pulse 1.6s ease-in-out infinite;
      }
      @keyframes pulse {
        50% {
          opacity: 0.3;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .rec-dot {
          animation: none;
        }
      }
      .count {
        margin-bottom: 8px;
      }
      ul.gallery {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
        gap: var(--odin-gap);
      }
      button.tl {
        width: 100%;
        padding: 0;
        overflow: hidden;
        text-align: left;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        font: inherit;
        color: inherit;
      }
      button.tl:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      .thumb {
        position: relative;
        aspect-ratio: 16 / 9;
        background: #000;
      }
      .thumb img {
        width: 100%;
        height: 100%;
        object-fit: cover;
        display: block;
      }
      .play {
        position: absolute;
        inset: 0;
        margin: auto;
        width: 52px;
        height: 52px;
        border-radius: 50%;
        background: rgba(0, 0, 0, 0.55);
        display: flex;
        align-items: center;
        justify-content: center;
      }
      .play svg {
        width: 30px;
        height: 30px;
        fill: #fff;
      }
      .len {
        position: absolute;
        right: 8px;
        bottom: 8px;
        padding: 1px 6px;
        border-radius: 4px;
        background: rgba(0, 0, 0, 0.7);
        color: #fff;
        font-size: 0.75rem;
        font-variant-numeric: tabular-nums;
      }
      .meta {
        padding: 10px 12px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
        min-width: 0;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .more {
        display: flex;
        justify-content: center;
        padding-top: 16px;
      }
      .admin-note {
        margin: 12px 0 0;
      }
      a.btn {
        text-decoration: none;
      }
    `],l([_({attribute:!1})],T.prototype,"hass",2),l([_({type:Boolean})],T.prototype,"narrow",2),l([_()],T.prototype,"initialPrinter",2),l([_({type:Number})],T.prototype,"runId",2),l([m()],T.prototype,"_items",2),l([m()],T.prototype,"_next",2),l([m()],T.prototype,"_recording",2),l([m()],T.prototype,"_printers",2),l([m()],T.prototype,"_printer",2),l([m()],T.prototype,"_error",2),l([m()],T.prototype,"_loading",2),l([m()],T.prototype,"_playing",2),l([m()],T.prototype,"_confirm",2),l([m()],T.prototype,"_runMissing",2);q("odin-timelapses-page",T);var Ve=[7,30,90],ei=["_from","_to","_bucket","_printer","_tag","_model","_material"],H=class extends k{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.base="/odin";this._from=J(st(new Date,-29));this._to=J(new Date);this._bucket="day";this._printer="";this._tag="";this._model="";this._material="";this._printers=[];this._loading=!1;this._request=0;this._started=!1;this._materials=new Set}willUpdate(t){t.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(t){if(this.hass){if(!this._started){this._started=!0,W(this.hass).then(e=>this._printers=e.sort((i,s)=>i.name.localeCompare(s.name))).catch(()=>{}),this._load();return}ei.some(e=>t.has(e))&&this._load()}}_query(){let t=pt(this._from),e=pt(this._to);return e<t&&([t,e]=[e,t]),{start:lt(t),end:lt(st(e,1)),bucket:this._bucket,printer_id:this._printer||void 0,tag:this._tag||void 0,model:this._model||void 0,material:this._material||void 0}}async _load(){if(!this.hass)return;let t=++this._request,e=this._query();this._loading=!0,this._error=void 0;try{let{bucket:i,...s}=e,[n,d]=await Promise.all([Nt(this.hass,e),Bt(this.hass,s).catch(()=>{})]);if(t!==this._request)return;this._failures=n,this._accuracy=d;for(let c of n.by_material)c.material&&this._materials.add(c.material)}catch(i){t===this._request&&(this._error=U(i))}finally{t===this._request&&(this._loading=!1)}}async _openRun(t){if(this.hass){this._run=t,this._runTimelapse=void 0,this._runError=void 0;try{let e=await mt(this.hass,{run_id:t.run_id,limit:1});this._run===t&&(this._runTimelapse=e.items[0]??null)}catch(e){this._run===t&&(this._runError=$(h(this.hass),e))}}}_runDialog(){let t=h(this.hass),e=this._run,i=this._runTimelapse;return a`<odin-dialog
      wide
      .open=${!!e}
      heading=${e?e.job_name||e.file_name||t("analytics.run"):""}
      close-label=${t("common.close")}
      data-dialog="run"
      @closed=${()=>this._run=void 0}
    >
      ${e?a`${i?a`<odin-timelapse-player .hass=${this.hass} .timelapse=${i}></odin-timelapse-player>`:a`<dl class="facts">
                    <dt>${t("analytics.printer")}</dt>
                    <dd>${e.printer_name??e.printer_id}</dd>
                    <dt>${t("analytics.ended_at")}</dt>
                    <dd>${C(this.hass,e.ended_at)}</dd>
                    <dt>${t("analytics.estimate")}</dt>
                    <dd>${R(e.estimate_s)}</dd>
                    <dt>${t("analytics.actual")}</dt>
                    <dd>${R(e.actual_s)} (${it(this.hass,e.error_pct,!0)})</dd>
                  </dl>
                  <p class="muted small" data-timelapse="${i===null?"none":"loading"}">
                    ${this._runError??t(i===null?"analytics.no_timelapse":"panel.loading")}
                  </p>`}`:p}
      <button slot="actions" class="btn primary" @click=${()=>this._run=void 0}>${t("common.close")}</button>
    </odin-dialog>`}_preset(t){this._to=J(new Date),this._from=J(st(new Date,-(t-1)))}_activePreset(){if(this._to===J(new Date))return Ve.find(t=>this._from===J(st(new Date,-(t-1))))}_select(t,e,i,s,n){let d=h(this.hass);return a`<label class="field">
      ${t}
      <select name=${e} @change=${c=>n(c.target.value)}>
        <option value="" ?selected=${i===""}>${d("analytics.any")}</option>
        ${s.map(c=>a`<option value=${c.value} ?selected=${c.value===i}>${c.label}</option>`)}
      </select>
    </label>`}_filters(){let t=h(this.hass),e=[...new Set(this._printers.flatMap(u=>u.tags))].sort(),i=[...new Set(this._printers.map(u=>u.model).filter(u=>!!u))].sort(),s=[...this._materials].sort(),n=this._activePreset(),d=[this._printer,this._tag,this._model,this._material].filter(Boolean).length,c=a`<label class="field"
          >${t("analytics.bucket")}
          <select name="bucket" @change=${u=>this._bucket=u.target.value}>
            <option value="day" ?selected=${this._bucket==="day"}>${t("analytics.day")}</option>
            <option value="week" ?selected=${this._bucket==="week"}>${t("analytics.week")}</option>
          </select>
        </label>
        ${this._select(t("analytics.printer"),"printer",this._printer,this._printers.map(u=>({value:u.printer_id,label:u.name})),u=>this._printer=u)}
        ${e.length?this._select(t("analytics.tag"),"tag",this._tag,e.map(u=>({value:u,label:u})),u=>this._tag=u):p}
        ${this._select(t("analytics.model"),"model",this._model,i.map(u=>({value:u,label:u})),u=>this._model=u)}
        ${this._select(t("analytics.material"),"material",this._material,s.map(u=>({value:u,label:u})),u=>this._material=u)}`;return a`<section class="card filters">
      <div class="chips" role="group" aria-label=${t("analytics.range")}>
        ${Ve.map(u=>a`<button class="chip" data-days=${u} aria-pressed=${n===u?"true":"false"} @click=${()=>this._preset(u)}>
            ${t("analytics.last_days",{days:u})}
          </button>`)}
      </div>
      <div class="fields">
        <label class="field"
          >${t("analytics.from")}
          <input
            type="date"
            name="from"
            .value=${this._from}
            max=${this._to}
            @change=${u=>this._from=u.target.value||this._from}
        /></label>
        <label class="field"
          >${t("analytics.to")}
          <input
            type="date"
            name="to"
            .value=${this._to}
            min=${this._from}
            @change=${u=>this._to=u.target.value||this._to}
        /></label>
        ${this.narrow?p:c}
      </div>
      ${this.narrow?a`<details ?open=${d>0}>
            <summary>${t("analytics.more_filters")}${d?` (${d})`:""}</summary>
            <div class="fields">${c}</div>
          </details>`:p}
    </section>`}_accuracySection(){let t=h(this.hass),e=this._accuracy;if(!e)return p;let i=this.hass?.themes?.darkMode,s=e.runs.slice(0,25);return a`<section class="card chart-card wide" data-section="accuracy">
      <h2>${t("analytics.accuracy")}</h2>
      ${e.by_printer.length===0?a`<div class="muted center">${t("analytics.no_data")}</div>`:a`<odin-chart
              .labels=${e.by_printer.map(n=>n.name??n.printer_id)}
              .series=${[{label:t("analytics.median_abs_error"),data:e.by_printer.map(n=>n.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:t("analytics.bias"),data:e.by_printer.map(n=>n.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${i}
              .formatValue=${n=>it(this.hass,n)}
              ?horizontal=${e.by_printer.length>6}
              label=${t("analytics.accuracy")}
            ></odin-chart>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${t("analytics.printer")}</th>
                    <th class="num">${t("analytics.median_abs_error")}</th>
                    <th class="num">${t("analytics.bias")}</th>
                    <th class="num">${t("analytics.n")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${e.by_printer.map(n=>a`<tr data-key=${n.printer_id}>
                      <td>${n.name??n.printer_id}</td>
                      <td class="num" data-col="median_abs_error_pct" data-label=${t("analytics.median_abs_error")}>
                        ${it(this.hass,n.median_abs_error_pct)}
                      </td>
                      <td class="num" data-col="bias_pct" data-label=${t("analytics.bias")}>${it(this.hass,n.bias_pct,!0)}</td>
                      <td class="num" data-col="n" data-label=${t("analytics.n")}>${y(this.hass,n.n)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>`}
      ${e.weekly.length?a`<h3 class="sub">${t("analytics.accuracy_trend")}</h3>
            <odin-chart
              type="line"
              .labels=${e.weekly.map(n=>Gt(this.hass,n.start))}
              .series=${[{label:t("analytics.median_abs_error"),data:e.weekly.map(n=>n.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:t("analytics.bias"),data:e.weekly.map(n=>n.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${i}
              .formatValue=${n=>it(this.hass,n)}
              height="200"
              label=${t("analytics.accuracy_trend")}
            ></odin-chart>`:p}
      ${s.length?a`<details>
            <summary>${t("analytics.recent_runs")} (${y(this.hass,s.length)} / ${y(this.hass,e.runs_total)})</summary>
            <div class="table-wrap">
              <table class="runs stack">
                <thead>
                  <tr>
                    <th>${t("analytics.file")}</th>
                    <th class="num">${t("analytics.estimate")}</th>
                    <th class="num">${t("analytics.actual")}</th>
                    <th class="num">${t("analytics.deviation")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.map(n=>a`<tr data-key=${String(n.run_id)}>
                      <td>
                        <button class="run-link" data-action="run" aria-label=${t("analytics.open_run",{job:n.job_name||n.file_name||""})} @click=${()=>this._openRun(n)}>
                          <span class="ellipsis file">${n.job_name||n.file_name||"–"}</span>
                          <span class="muted small">${n.printer_name??""} · ${C(this.hass,n.ended_at)}</span>
                        </button>
                      </td>
                      <td class="num" data-label=${t("analytics.estimate")}>${R(n.estimate_s)}</td>
                      <td class="num" data-label=${t("analytics.actual")}>${R(n.actual_s)}</td>
                      <td class="num" data-label=${t("analytics.deviation")}>${it(this.hass,n.error_pct,!0)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`:p}
    </section>`}render(){let t=h(this.hass),e=this._failures,i=this.hass?.themes?.darkMode;return a`
      ${this._filters()}
      ${this._error?a`<div class="card center error-text">
            ${t("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${t("panel.retry")}</button></div>
          </div>`:p}
      ${e?a`<div class="grid ${this._loading?"loading":""}" data-loaded=${this._loading?"false":"true"}>
            <section class="card wide" data-section="totals">
              <div class="window muted small" data-window>${te(this.hass,t,e)}</div>
              ${Ot(this.hass,t,e)}
              <div class="muted small note">${t("analytics.cancel_note")}</div>
            </section>
            <div class="wide">${ee(this.hass,t,e,{theme:i})}</div>
            ${ct(this.hass,t,"by_printer",t("analytics.by_printer"),Qt(e.by_printer),{showMtbf:!0,theme:i})}
            ${Ht(this.hass,t,"reasons",t("analytics.reasons"),Yt(t,e.reasons),t("analytics.reason"),{theme:i})}
            ${Ht(this.hass,t,"hms",t("analytics.hms"),Wt(e.errors),t("analytics.code"),{theme:i})}
            ${ct(this.hass,t,"by_model",t("analytics.by_model"),ft(t,e.by_model,s=>s.model),{theme:i})}
            ${ct(this.hass,t,"by_material",t("analytics.by_material"),ft(t,e.by_material,s=>s.material),{theme:i})}
            ${e.by_tag.length?ct(this.hass,t,"by_tag",t("analytics.by_tag"),ft(t,e.by_tag,s=>s.tag),{theme:i}):p}
            ${this._accuracySection()}
          </div>`:this._loading?a`<div class="center muted">${t("panel.loading")}</div>`:p}
      ${this._runDialog()}
    `}};H.styles=[L,w`
      :host {
        display: block;
      }
      .filters {
        display: flex;
        flex-direction: column;
        gap: 12px;
        margin-bottom: var(--odin-gap);
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: 10px;
      }
      @media (max-width: 600px) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 440px), 1fr));
        gap: var(--odin-gap);
        transition: opacity 0.2s;
      }
      .grid.loading {
        opacity: 0.6;
      }
      .wide {
        grid-column: 1 / -1;
        min-width: 0;
      }
      .window {
        margin-bottom: 10px;
      }
      .note {
        margin-top: 10px;
      }
      .sub {
        margin-top: 16px;
      }
      table.runs td:first-child {
        max-width: 260px;
      }
      .file {
        max-width: 100%;
      }
      .run-link {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        justify-content: center;
        gap: 2px;
        width: 100%;
        min-height: 44px;
        padding: 2px 0;
        border: none;
        background: none;
        font: inherit;
        color: inherit;
        text-align: left;
        cursor: pointer;
      }
      .run-link .file {
        color: var(--primary-color);
        font-weight: 500;
      }
      .run-link:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0 0 12px;
        font-size: 0.875rem;
      }
      dl.facts dt {
        color: var(--secondary-text-color);
      }
      dl.facts dd {
        margin: 0;
      }
    `],l([_({attribute:!1})],H.prototype,"hass",2),l([_({type:Boolean})],H.prototype,"narrow",2),l([_()],H.prototype,"initialPrinter",2),l([_()],H.prototype,"base",2),l([m()],H.prototype,"_from",2),l([m()],H.prototype,"_to",2),l([m()],H.prototype,"_bucket",2),l([m()],H.prototype,"_printer",2),l([m()],H.prototype,"_tag",2),l([m()],H.prototype,"_model",2),l([m()],H.prototype,"_material",2),l([m()],H.prototype,"_printers",2),l([m()],H.prototype,"_failures",2),l([m()],H.prototype,"_accuracy",2),l([m()],H.prototype,"_loading",2),l([m()],H.prototype,"_error",2),l([m()],H.prototype,"_run",2),l([m()],H.prototype,"_runTimelapse",2),l([m()],H.prototype,"_runError",2);q("odin-analytics-page",H);var ii=50,si="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",P=class extends k{constructor(){super(...arguments);this.narrow=!1;this._query={};this._since="";this._until="";this._items=[];this._next=null;this._loading=!1;this._loaded=!1;this._denied=!1;this._request=0;this._started=!1}updated(t){this.hass&&!this._started&&(this._started=!0,Ft(this.hass).then(e=>this._filters=e).catch(e=>{Lt(e)&&(this._denied=!0)}),this._load(!0))}_fullQuery(){return{...this._query,start:this._since?lt(this._since):void 0,end:this._until?lt(st(pt(this._until),1)):void 0}}async _load(t){if(!this.hass)return;let e=++this._request;this._loading=!0,this._error=void 0;try{let i=await Jt(this.hass,this._fullQuery(),t?null:this._next,ii);if(e!==this._request)return;this._items=t?i.items:[...this._items,...i.items],this._next=i.next,this._loaded=!0}catch(i){if(e!==this._request)return;Lt(i)?this._denied=!0:this._error=U(i)}finally{e===this._request&&(this._loading=!1)}}_set(t,e){this._query={...this._query,[t]:e||void 0},this._load(!0)}_clear(){this._query={},this._since="",this._until="",this._load(!0)}async _csv(){if(this.hass)try{await Zt(this.hass,this._fullQuery())}catch(t){this._error=U(t)}}_optionLabel(t,e){let i=h(this.hass);return t==="action"?G(i,"actions",e):t==="origin"?G(i,"origins",e):e}_select(t,e,i){let s=h(this.hass),n=this._query[t]??"";return a`<label class="field">
      ${e}
      <select name=${t} @change=${d=>this._set(t,d.target.value)}>
        <option value="" ?selected=${n===""}>${s("audit.any")}</option>
        ${(i??[]).map(d=>a`<option value=${d.value} ?selected=${d.value===n}>${d.label??this._optionLabel(t,d.value)}</option>`)}
      </select>
    </label>`}_table(){let t=h(this.hass),e=t("audit.system");return a`<div class="table-wrap">
      <table class="audit">
        <thead>
          <tr>
            <th>${t("audit.when")}</th>
            <th>${t("audit.who")}</th>
            <th>${t("audit.action")}</th>
            <th>${t("audit.target")}</th>
            <th>${t("audit.result")}</th>
            <th>${t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          ${this._items.map(i=>a`<tr data-audit-id=${i.id}>
              <td class="nowrap">${C(this.hass,i.ts)}</td>
              <td>${St(i,e)}<div class="muted small">${G(t,"origins",i.origin)}</div></td>
              <td data-col="action">${G(t,"actions",i.action)}</td>
              <td>${zt(i)}</td>
              <td><span class="badge" style="--badge-color:${At(i.result)}">${G(t,"results",i.result)}</span></td>
              <td class="details">${gt(i)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`}_cards(){let t=h(this.hass),e=t("audit.system");return a`<ul class="list">
      ${this._items.map(i=>a`<li data-audit-id=${i.id}>
          <div class="row">
            <strong data-col="action" class="ellipsis">${G(t,"actions",i.action)}</strong>
            <span class="badge" style="--badge-color:${At(i.result)}">${G(t,"results",i.result)}</span>
          </div>
          <div class="row muted small">
            <span class="ellipsis">${St(i,e)} · ${G(t,"origins",i.origin)}</span>
            <span class="nowrap">${C(this.hass,i.ts)}</span>
          </div>
          <div class="small">${zt(i)}</div>
          ${gt(i)?a`<div class="muted small details">${gt(i)}</div>`:p}
        </li>`)}
    </ul>`}render(){let t=h(this.hass);if(this._denied)return a`<div class="card center" data-denied="audit">${t("audit.admin_only")}</div>`;let e=this._filters,i=Object.values(this._query).some(Boolean)||this._since||this._until;return a`
      <section class="card filters">
        <div class="fields">
          ${this._select("user_id",t("audit.user"),e?.users.map(s=>({value:s.user_id,label:s.user_name??void 0})))} ${this._select("origin",t("audit.origin"),e?.origins.map(s=>({value:s})))}
          ${this._select("action",t("audit.action"),e?.actions.map(s=>({value:s})))}
          ${this._select("target_type",t("audit.target"),e?.target_types.map(s=>({value:s})))}
          <label class="field"
            >${t("audit.since")}
            <input
              type="date"
              name="since"
              .value=${this._since}
              @change=${s=>{this._since=s.target.value,this._load(!0)}}
          /></label>
          <label class="field"
            >${t("audit.until")}
            <input
              type="date"
              name="until"
              .value=${this._until}
              @change=${s=>{this._until=s.target.value,this._load(!0)}}
          /></label>
        </div>
        <div class="actions">
          ${i?a`<button class="btn" @click=${()=>this._clear()}>${t("audit.clear")}</button>`:p}
          <button class="btn primary" data-action="csv" @click=${()=>this._csv()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${si}></path></svg>${t("audit.csv")}
          </button>
        </div>
      </section>
      ${this._error?a`<div class="card center error-text">${t("panel.error",{error:this._error})}</div>`:p}
      <section class="card results" data-loaded=${this._loaded&&!this._loading?"true":"false"}>
        ${this._loaded?this._items.length===0?a`<div class="center muted">${t("audit.empty")}</div>`:a`<div class="muted small count" data-count=${this._items.length}>
                  ${t("audit.entries",{n:y(this.hass,this._items.length)})}
                </div>
                ${this.narrow?this._cards():this._table()}`:a`<div class="center muted">${t("panel.loading")}</div>`}
        ${this._loaded&&this._items.length?a`<div class="more">
              ${this._next?a`<button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>
                    ${t("audit.load_more")}
                  </button>`:a`<span class="muted small">${t("audit.end")}</span>`}
            </div>`:p}
      </section>
    `}};P.styles=[L,w`
      :host {
        display: block;
      }
      .filters {
        margin-bottom: var(--odin-gap);
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
        gap: 10px;
      }
      @media (max-width: 600px) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 12px;
      }
      .btn svg {
        width: 20px;
        height: 20px;
        fill: currentColor;
      }
      .count {
        margin-bottom: 8px;
      }
      .nowrap {
        white-space: nowrap;
      }
      td.details {
        max-width: 360px;
        overflow-wrap: anywhere;
        color: var(--secondary-text-color);
        font-size: 0.85rem;
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .list li {
        padding: 10px 0;
        border-bottom: 1px solid var(--divider-color);
        display: flex;
        flex-direction: column;
        gap: 4px;
        min-width: 0;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .details {
        overflow-wrap: anywhere;
      }
      .more {
        display: flex;
        justify-content: center;
        padding-top: 12px;
      }
    `],l([_({attribute:!1})],P.prototype,"hass",2),l([_({type:Boolean,reflect:!0})],P.prototype,"narrow",2),l([m()],P.prototype,"_filters",2),l([m()],P.prototype,"_query",2),l([m()],P.prototype,"_since",2),l([m()],P.prototype,"_until",2),l([m()],P.prototype,"_items",2),l([m()],P.prototype,"_next",2),l([m()],P.prototype,"_loading",2),l([m()],P.prototype,"_loaded",2),l([m()],P.prototype,"_error",2),l([m()],P.prototype,"_denied",2);q("odin-audit-page",P);var De=["fleet","queue","files","presets","drying","timelapses","analytics","audit"];function ai(r,o){let t=o?r?.devices?.[o]?.config_entries_subentries:void 0;for(let e of Object.values(t??{})){let i=e.find(s=>typeof s=="string");if(i)return i}return""}var X=class extends k{constructor(){super(...arguments);this.narrow=!1;this._search=location.search;this._onLocation=()=>{this._search=location.search}}connectedCallback(){super.connectedCallback(),window.addEventListener("location-changed",this._onLocation),window.addEventListener("popstate",this._onLocation)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("location-changed",this._onLocation),window.removeEventListener("popstate",this._onLocation)}get _isAdmin(){return!!this.hass?.user?.is_admin}get _page(){let t=(this.route?.path??"").split("/").filter(Boolean)[0];return t&&De.includes(t)?t:"fleet"}get _base(){return this.route?.prefix??`/${this.panel?.url_path??"odin"}`}_go(t,e){e.preventDefault(),B(`${this._base}/${t}`)}render(){let t=h(this.hass),e=this._page,i=new URLSearchParams(this._search),s=i.get("printer")??ai(this.hass,i.get("device")),n=De.filter(d=>d!=="audit"||this._isAdmin);return a`
      <header class="toolbar">
        <div class="top">
          ${this.narrow?a`<button class="icon-btn" data-action="menu" aria-label=${t("panel.menu")} @click=${()=>_t(this,"hass-toggle-menu")}>
                ${f("menu")}
              </button>`:p}
          <h1>${this.panel?.title&&this.panel.title!=="Print farm"?this.panel.title:t("panel.title")}</h1>
        </div>
        <nav class="tabs" role="tablist">
          ${n.map(d=>a`<a
              role="tab"
              href="${this._base}/${d}"
              aria-selected=${d===e?"true":"false"}
              aria-label=${t(`panel.tabs.${d}`)}
              data-tab=${d}
              @click=${c=>this._go(d,c)}
              >${this.narrow?a`${f(d)}<span class="short">${t(`panel.tabs_short.${d}`)}</span>`:t(`panel.tabs.${d}`)}</a
            >`)}
        </nav>
      </header>
      <main>${this._renderPage(e,s,i)}</main>
    `}_renderPage(t,e,i){let s=h(this.hass);switch(t){case"fleet":return a`<odin-fleet-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .selected=${e}
          .base=${this._base}
        ></odin-fleet-page>`;case"queue":return a`<odin-queue-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-queue-page>`;case"files":return a`<odin-files-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-files-page>`;case"presets":return a`<odin-presets-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-presets-page>`;case"drying":return a`<odin-drying-page .hass=${this.hass} .narrow=${this.narrow}></odin-drying-page>`;case"timelapses":return a`<odin-timelapses-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${e}
          .runId=${Number(i.get("run"))||0}
        ></odin-timelapses-page>`;case"analytics":return a`<odin-analytics-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${e}
          .base=${this._base}
        ></odin-analytics-page>`;default:return this._isAdmin?a`<odin-audit-page .hass=${this.hass} .narrow=${this.narrow}></odin-audit-page>`:a`<div class="card center" data-denied="audit">${s("audit.admin_only")}</div>`}}};X.styles=[L,w`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color);
        -webkit-tap-highlight-color: transparent;
      }
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 4;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        padding-top: env(safe-area-inset-top);
        padding-left: env(safe-area-inset-left);
        padding-right: env(safe-area-inset-right);
      }
      .top {
        display: flex;
        align-items: center;
        height: 56px;
        padding: 0 12px 0 16px;
        gap: 8px;
      }
      :host([narrow]) .top {
        padding-left: 4px;
      }
      h1 {
        margin: 0;
        font-size: 1.25rem;
        font-weight: 400;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .icon-btn {
        width: 48px;
        height: 48px;
        border: none;
        background: none;
        color: inherit;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        cursor: pointer;
        padding: 0;
      }
      .icon-btn svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
      .tabs a svg {
        width: 22px;
        height: 22px;
        fill: currentColor;
        flex: 0 0 auto;
      }
      .tabs {
        display: flex;
        padding: 0 8px;
        overflow-x: auto;
        scrollbar-width: none;
      }
      .tabs a {
        flex: 0 0 auto;
        min-height: 48px;
        min-width: 88px;
        padding: 0 16px;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        color: inherit;
        opacity: 0.75;
        text-decoration: none;
        text-transform: uppercase;
        font-size: 0.875rem;
        font-weight: 500;
        letter-spacing: 0.05em;
        border-bottom: 2px solid transparent;
      }
      /* Phones: eight tabs side by side as icon + short label (no sideways scrolling). */
      :host([narrow]) .tabs {
        padding: 0 2px;
      }
      :host([narrow]) .tabs a {
        flex: 1 1 0;
        min-width: 44px;
        min-height: 56px;
        padding: 4px 1px 2px;
        flex-direction: column;
        gap: 2px;
        text-transform: none;
        letter-spacing: 0;
        font-size: 0.6875rem;
      }
      .short {
        max-width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .tabs a[aria-selected="true"] {
        opacity: 1;
        border-bottom-color: currentColor;
      }
      .tabs a:focus-visible {
        outline: 2px solid currentColor;
        outline-offset: -4px;
      }
      main {
        padding: 16px;
        padding-left: calc(16px + env(safe-area-inset-left));
        padding-right: calc(16px + env(safe-area-inset-right));
        padding-bottom: calc(24px + env(safe-area-inset-bottom));
        max-width: 1600px;
        margin: 0 auto;
      }
      :host([narrow]) main {
        padding: 12px;
        padding-left: calc(12px + env(safe-area-inset-left));
        padding-right: calc(12px + env(safe-area-inset-right));
        padding-bottom: calc(24px + env(safe-area-inset-bottom));
      }
    `],l([_({attribute:!1})],X.prototype,"hass",2),l([_({type:Boolean,reflect:!0})],X.prototype,"narrow",2),l([_({attribute:!1})],X.prototype,"route",2),l([_({attribute:!1})],X.prototype,"panel",2),l([m()],X.prototype,"_search",2);q("odin-panel",X);export{X as OdinPanel};
/*! Bundled license information:

lit-html/directives/if-defined.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
