import{$ as ie,A as mt,Aa as ye,B as W,Ba as ve,C as A,Ca as ot,D as S,Da as qt,E as Pt,Ea as xe,F as wt,Fa as U,G as Bt,Ga as Et,H as it,Ha as St,I as P,Ia as $t,J as rt,Ja as zt,K as O,L as Ft,M as Zt,N as ht,O as ut,P as Jt,Q as Ut,R as Gt,S as Qt,T as Kt,U as Xt,V as Yt,W as Wt,X as Ot,Y as te,Z as ee,_ as kt,a as v,aa as se,b as s,ba as ae,c as At,ca as re,d,da as nt,e as T,ea as ne,f as _,fa as M,g as c,ga as oe,h as dt,ha as le,i as x,ia as de,j as pt,ja as pe,k as N,ka as ce,l as h,la as me,m as w,ma as he,n as H,na as ue,o as K,oa as ft,p as Vt,pa as st,q as jt,qa as fe,r as Dt,ra as gt,s as It,sa as Lt,t as Rt,ta as ge,u as Nt,v as at,w as xt,wa as _e,x as ct,xa as _t,y as b,ya as $e,z as k,za as be}from"./odin-chunk-HVA2W5NC.js";import{a as l}from"./odin-chunk-W5BWG7AT.js";var Te={menu:"M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",fleet:"M3,11H11V3H3M3,21H11V13H3M13,21H21V13H13M13,3V11H21V3",queue:"M7,5H21V7H7V5M7,13V11H21V13H7M4,4.5A1.5,1.5 0 0,1 5.5,6A1.5,1.5 0 0,1 4,7.5A1.5,1.5 0 0,1 2.5,6A1.5,1.5 0 0,1 4,4.5M4,10.5A1.5,1.5 0 0,1 5.5,12A1.5,1.5 0 0,1 4,13.5A1.5,1.5 0 0,1 2.5,12A1.5,1.5 0 0,1 4,10.5M7,19V17H21V19H7M4,16.5A1.5,1.5 0 0,1 5.5,18A1.5,1.5 0 0,1 4,19.5A1.5,1.5 0 0,1 2.5,18A1.5,1.5 0 0,1 4,16.5Z",presets:"M17,3H7A2,2 0 0,0 5,5V21L12,18L19,21V5C19,3.89 18.1,3 17,3Z",drying:"M12,20A6,6 0 0,1 6,14C6,10 12,3.25 12,3.25C12,3.25 18,10 18,14A6,6 0 0,1 12,20Z",timelapses:"M18,4L20,8H17L15,4H13L15,8H12L10,4H8L10,8H7L5,4H4A2,2 0 0,0 2,6V18A2,2 0 0,0 4,20H20A2,2 0 0,0 22,18V4H18Z",analytics:"M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",audit:"M17,9H7V7H17M17,13H7V11H17M14,17H7V15H14M12,3A1,1 0 0,1 13,4A1,1 0 0,1 12,5A1,1 0 0,1 11,4A1,1 0 0,1 12,3M19,3H14.82C14.4,1.84 13.3,1 12,1C10.7,1 9.6,1.84 9.18,3H5A2,2 0 0,0 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z",files:"M14,2H6A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2M18,20H6V4H13V9H18V20Z",send:"M2,21L23,12L2,3V10L17,12L2,14V21Z",plus:"M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",close:"M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",pencil:"M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",delete:"M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",up:"M7.41,15.41L12,10.83L16.59,15.41L18,14L12,8L6,14L7.41,15.41Z",down:"M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z",play:"M8,5.14V19.14L19,12.14L8,5.14Z",tag:"M5.5,7A1.5,1.5 0 0,1 4,5.5A1.5,1.5 0 0,1 5.5,4A1.5,1.5 0 0,1 7,5.5A1.5,1.5 0 0,1 5.5,7M21.41,11.58L12.41,2.58C12.05,2.22 11.55,2 11,2H4C2.89,2 2,2.89 2,4V11C2,11.55 2.22,12.05 2.59,12.41L11.58,21.41C11.95,21.77 12.45,22 13,22C13.55,22 14.05,21.77 14.41,21.41L21.41,14.41C21.78,14.05 22,13.55 22,13C22,12.44 21.77,11.94 21.41,11.58Z",save:"M17,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V7L17,3M19,19H5V5H16.17L19,7.83V19M12,12C10.34,12 9,13.34 9,15S10.34,18 12,18 15,16.66 15,15 13.66,12 12,12M6,6H15V10H6V6Z",schedule:"M8,5.14V19.14L19,12.14L8,5.14Z",download:"M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",history:"M13.5,8H12V13L16.28,15.54L17,14.33L13.5,12.25V8M13,3A9,9 0 0,0 4,12H1L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3"};function f(p){return s`<svg viewBox="0 0 24 24" aria-hidden="true">${At`<path d=${Te[p]}></path>`}</svg>`}function q(p,m){pt(p,"hass-notification",{message:m})}var Z=class extends T{constructor(){super(...arguments);this.open=!1;this.heading="";this.closeLabel="Close";this.wide=!1;this.compact=!1;this._onClose=()=>{this.open&&(this.open=!1),this.dispatchEvent(new CustomEvent("closed"))}}updated(t){!t.has("open")||!this._dialog||(this.open&&!this._dialog.open?this._dialog.showModal():!this.open&&this._dialog.open&&this._dialog.close())}disconnectedCallback(){super.disconnectedCallback(),this._dialog?.open&&this._dialog.close()}close(){this.open=!1}render(){return s`<dialog aria-labelledby="title" @close=${this._onClose}>
      <header>
        <h2 id="title" class="ellipsis">${this.heading}</h2>
        <button class="icon-btn" data-action="close-dialog" aria-label=${this.closeLabel} @click=${()=>this.close()}>
          ${f("close")}
        </button>
      </header>
      <div class="body"><slot></slot></div>
      <footer><slot name="actions"></slot></footer>
    </dialog>`}};Z.styles=[w,H,v`
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
    `],l([_({type:Boolean,reflect:!0})],Z.prototype,"open",2),l([_()],Z.prototype,"heading",2),l([_({attribute:"close-label"})],Z.prototype,"closeLabel",2),l([_({type:Boolean,reflect:!0})],Z.prototype,"wide",2),l([_({type:Boolean,reflect:!0})],Z.prototype,"compact",2),l([dt("dialog")],Z.prototype,"_dialog",2);x("odin-dialog",Z);var X=class extends T{constructor(){super(...arguments);this._busy=!1}willUpdate(t){t.has("request")&&(this._busy=!1,this._error=void 0)}_closed(){this.dispatchEvent(new CustomEvent("closed"))}async _confirm(){if(!(!this.request||this._busy)){this._busy=!0,this._error=void 0;try{await this.request.action(),this._busy=!1,this._closed()}catch(t){this._busy=!1,this._error=M(h(this.hass),t)}}}render(){let t=h(this.hass),e=this.request;return s`<odin-dialog
      compact
      .open=${!!e}
      heading=${e?.heading??""}
      close-label=${t("common.close")}
      data-dialog="confirm"
      @closed=${()=>this._closed()}
    >
      <p>${e?.text??""}</p>
      ${this._error?s`<div class="notice error" role="alert">${this._error}</div>`:d}
      <button slot="actions" class="btn" @click=${()=>this._closed()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary danger" data-action="confirm" ?disabled=${this._busy} @click=${()=>this._confirm()}>
        ${e?.confirmLabel??""}
      </button>
    </odin-dialog>`}};X.styles=[w,H,v`p { margin: 0 0 12px; line-height: 1.5; }`],l([_({attribute:!1})],X.prototype,"hass",2),l([_({attribute:!1})],X.prototype,"request",2),l([c()],X.prototype,"_busy",2),l([c()],X.prototype,"_error",2);x("odin-confirm",X);var we=32,Ht=64;function ke(p){return p.trim().replace(/\s+/g," ")}var B=class extends T{constructor(){super(...arguments);this.known=[];this._tags=[];this._busy=!1}willUpdate(t){t.has("printer")&&this.printer?.printer_id!==this._for&&(this._for=this.printer?.printer_id,this._tags=[...this.printer?.tags??[]],this._error=void 0,this._busy=!1)}_has(t){let e=t.toLowerCase();return this._tags.some(i=>i.toLowerCase()===e)}_add(t){let e=h(this.hass),i=ke(t);if(i){if(i.length>Ht){this._error=e("tags.too_long",{max:Ht});return}if(this._has(i)){this._error=void 0,this._input&&(this._input.value="");return}if(this._tags.length>=we){this._error=e("errors.too_many_tags",{max:we});return}this._tags=[...this._tags,i],this._error=void 0,this._input&&(this._input.value="")}}_remove(t){this._tags=this._tags.filter(e=>e!==t)}async _save(){if(!this.hass||!this.printer||this._busy)return;let t=this._input?.value??"";if(ke(t)&&this._add(t),this._error)return;let e=h(this.hass);this._busy=!0;try{await re(this.hass,this.printer.printer_id,this._tags),q(this,e("tags.saved",{printer:this.printer.name})),this._close()}catch(i){this._error=M(e,i)}finally{this._busy=!1}}_close(){this.dispatchEvent(new CustomEvent("closed"))}render(){let t=h(this.hass),e=this.printer,i=this.known.filter(a=>!this._has(a)).sort((a,r)=>a.localeCompare(r));return s`<odin-dialog
      .open=${!!e}
      heading=${e?t("tags.heading",{printer:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="tags"
      @closed=${()=>this._close()}
    >
      ${e?s`<p class="muted small">${t("tags.help")}</p>
            <div class="chips current" data-current-tags>
              ${this._tags.length?this._tags.map(a=>s`<span class="tag-chip" data-tag=${a}
                      ><span class="ellipsis">${a}</span
                      ><button class="icon-btn" aria-label=${t("tags.remove",{tag:a})} data-remove=${a} @click=${()=>this._remove(a)}>
                        ${f("close")}
                      </button></span
                    >`):s`<span class="muted small">${t("tags.none")}</span>`}
            </div>
            <form
              class="add"
              @submit=${a=>{a.preventDefault(),this._add(this._input?.value??"")}}
            >
              <label class="field">
                <span>${t("tags.new")}</span>
                <input name="tag" maxlength=${Ht} list="odin-known-tags" autocomplete="off" placeholder=" " />
              </label>
              <button class="btn" type="submit" data-action="add-tag">${f("plus")}${t("tags.add")}</button>
            </form>
            <datalist id="odin-known-tags">${i.map(a=>s`<option value=${a}></option>`)}</datalist>
            ${i.length?s`<div class="muted small sugg-label">${t("tags.suggestions")}</div>
                  <div class="chips">
                    ${i.map(a=>s`<button class="chip" data-suggest=${a} @click=${()=>this._add(a)}>+ ${a}</button>`)}
                  </div>`:d}
            ${this._error?s`<div class="notice error" role="alert">${this._error}</div>`:d}`:d}
      <button slot="actions" class="btn" @click=${()=>this._close()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" data-action="save-tags" ?disabled=${this._busy} @click=${()=>this._save()}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}};B.styles=[w,H,v`
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
    `],l([_({attribute:!1})],B.prototype,"hass",2),l([_({attribute:!1})],B.prototype,"printer",2),l([_({attribute:!1})],B.prototype,"known",2),l([c()],B.prototype,"_tags",2),l([c()],B.prototype,"_busy",2),l([c()],B.prototype,"_error",2),l([dt('input[name="tag"]')],B.prototype,"_input",2);x("odin-tag-editor",B);var I=class extends ct(T){constructor(){super(...arguments);this.narrow=!1;this.selected="";this.base="/odin";this._tag="";this._scrolledTo=""}updated(){if(this.selected&&this._printers&&this._scrolledTo!==this.selected){let t=this.renderRoot.querySelector("odin-printer-tile[highlighted]");t&&(this._scrolledTo=this.selected,t.scrollIntoView({block:"center",behavior:"smooth"}))}}hassSubscribe(){return this.hass?(this._error=void 0,[Vt(this.hass,t=>{this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))})]):[]}subscriptionFailed(t){this._error=at(t)}render(){let t=h(this.hass);if(this._error)return s`<div class="card center error-text">
        ${t("panel.error",{error:this._error})}
        <div><button class="btn" @click=${()=>this.resubscribe()}>${t("panel.retry")}</button></div>
      </div>`;if(!this._printers)return s`<div class="center muted">${t("panel.loading")}</div>`;if(this._printers.length===0)return s`<div class="card center muted">${t("fleet.no_printers")}</div>`;let e=[...new Set(this._printers.flatMap(o=>o.tags))].sort(),i=e.includes(this._tag)?this._tag:"",a=i?this._printers.filter(o=>o.tags.includes(i)):this._printers,r=a.filter(o=>Zt(o.status)).length,n=a.filter(o=>Ft(o.status,o.error!==null)).length;return s`
      <div class="bar">
        <div class="muted small" data-summary data-total=${a.length}>
          ${t("fleet.summary",{total:b(this.hass,a.length),printing:b(this.hass,r),attention:b(this.hass,n)})}
        </div>
        ${e.length?s`<div class="chips" role="group" aria-label=${t("fleet.tags")}>
              ${["",...e].map(o=>s`<button
                  class="chip"
                  aria-pressed=${i===o?"true":"false"}
                  data-tag=${o}
                  @click=${()=>this._tag=o}
                >
                  ${o||t("fleet.all")}
                </button>`)}
            </div>`:d}
      </div>
      ${a.length===0?s`<div class="card center muted">${t("fleet.no_match")}</div>`:s`<div class="grid">
            ${a.map(o=>s`<odin-printer-tile .hass=${this.hass} .printer=${o} ?highlighted=${o.printer_id===this.selected}>
                <div slot="footer" class="footer">
                  <button class="link" data-action="edit-tags" @click=${()=>this._editing=o.printer_id}>
                    ${f("tag")}${t("fleet.edit_tags")}
                  </button>
                  <a
                    class="link"
                    href="${this.base}/analytics?printer=${encodeURIComponent(o.printer_id)}"
                    @click=${u=>{u.preventDefault(),N(`${this.base}/analytics?printer=${encodeURIComponent(o.printer_id)}`)}}
                    >${t("fleet.analytics")} ›</a
                  >
                </div>
              </odin-printer-tile>`)}
          </div>`}
      <odin-tag-editor
        .hass=${this.hass}
        .printer=${this._printers.find(o=>o.printer_id===this._editing)}
        .known=${e}
        @closed=${()=>this._editing=void 0}
      ></odin-tag-editor>
    `}};I.styles=[w,v`
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
    `],l([_({attribute:!1})],I.prototype,"hass",2),l([_({type:Boolean})],I.prototype,"narrow",2),l([_()],I.prototype,"selected",2),l([_()],I.prototype,"base",2),l([c()],I.prototype,"_printers",2),l([c()],I.prototype,"_tag",2),l([c()],I.prototype,"_error",2),l([c()],I.prototype,"_editing",2);x("odin-fleet-page",I);var L=class extends T{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this.loading=!1;this.busy=!1;this.#t=!1;this.#e=0}#t;#e;get t(){return h(this.hass)}async load(t){}firstLoad(){this.reload()}async reload(){if(!this.hass)return;let t=++this.#e,e=()=>t===this.#e;this.loading=!0;try{await this.load(e),e()&&(this.error=void 0)}catch(i){e()&&(this.error=this.errorText(i))}finally{e()&&(this.loading=!1)}}errorText(t){return M(h(this.hass),t)}updated(t){super.updated(t),this.hass&&!this.#t&&(this.#t=!0,this.firstLoad())}async submit(t){let e=this.hass;if(!(!e||this.busy)){this.busy=!0,this.formError=void 0;try{await t(e)}catch(i){this.formError=this.errorText(i)}finally{this.busy=!1}}}confirm(t){this.confirmRequest=t}renderConfirm(){return s`<odin-confirm
      .hass=${this.hass}
      .request=${this.confirmRequest}
      @closed=${()=>this.confirmRequest=void 0}
    ></odin-confirm>`}renderError(t=()=>{this.reload()}){if(!this.error)return d;let e=this.t;return s`<div class="card center error-text" role="alert">
      ${e("panel.error",{error:this.error})}
      <div><button class="btn" @click=${t}>${e("panel.retry")}</button></div>
    </div>`}};l([_({attribute:!1})],L.prototype,"hass",2),l([_({type:Boolean})],L.prototype,"narrow",2),l([_()],L.prototype,"base",2),l([c()],L.prototype,"loading",2),l([c()],L.prototype,"error",2),l([c()],L.prototype,"busy",2),l([c()],L.prototype,"formError",2),l([c()],L.prototype,"confirmRequest",2);var G=p=>p??d;var Ae=p=>p==null?"":String(p);function g(p,m,t,e={}){return s`<label class="field ${e.full?"full":""}">
    <span>${p}${e.required?s` <span class="req" aria-hidden="true">*</span>`:d}</span>
    <input
      name=${m}
      type=${e.type??"text"}
      .value=${Ae(t)}
      ?required=${e.required}
      min=${G(e.min)}
      max=${G(e.max)}
      step=${G(e.step)}
      list=${G(e.list)}
      placeholder=${e.placeholder??" "}
      maxlength=${G(e.maxlength)}
      pattern=${G(e.pattern)}
      inputmode=${G(e.inputmode)}
      autocomplete=${e.autocomplete??"off"}
    />
    ${e.hint?s`<span class="hint">${e.hint}</span>`:d}
  </label>`}function E(p,m,t,e,i={}){let a=t??"";return s`<label class="field ${i.full?"full":""}">
    <span>${p}</span>
    <select
      name=${m}
      ?required=${i.required}
      @change=${r=>i.onChange?.(r.target.value)}
    >
      ${e.map(r=>s`<option value=${r.value} ?selected=${r.value===a}>${r.label}</option>`)}
    </select>
    ${i.hint?s`<span class="hint">${i.hint}</span>`:d}
  </label>`}function tt(p,m,t,e={}){return s`<label class="field full">
    <span>${p}</span>
    <textarea name=${m} maxlength=${G(e.maxlength)} .value=${t??""}></textarea>
  </label>`}function Y(p,m){return s`<datalist id=${p}>${[...new Set(m)].map(t=>s`<option value=${t}></option>`)}</datalist>`}function lt(p,m,t,e){let i=new Set(e.map(a=>a.toLowerCase()));return s`<fieldset class="full">
    <legend>${p}</legend>
    <div class="chips">
      ${t.map(a=>s`<label class="chip" data-choice=${a}
          ><input type="checkbox" name=${m} value=${a} ?checked=${i.has(a.toLowerCase())} />${a}</label
        >`)}
    </div>
  </fieldset>`}var Le=["timelapse","bed_leveling","flow_calibration","vibration_calibration","layer_inspect","use_ams"];function bt(p,m){let t=Object.keys(m).length;return s`<details class="full options" ?open=${t>0}>
    <summary>${p("jobs.print_options")}${t?` (${t})`:""}</summary>
    <div class="form-grid">
      ${Le.map(e=>E(p(`options.${e}`),`opt_${e}`,e in m?m[e]?"on":"off":"",[{value:"",label:p("options.default")},{value:"on",label:p("options.on")},{value:"off",label:p("options.off")}]))}
      ${g(p("options.plate"),"opt_plate",typeof m.plate=="number"?m.plate:"",{type:"number",min:1,max:64,step:1,inputmode:"numeric"})}
    </div>
  </details>`}function yt(p){let m={};for(let e of Le){let i=p.get(`opt_${e}`);i==="on"?m[e]=!0:i==="off"&&(m[e]=!1)}let t=y(p,"opt_plate");return t!==void 0&&(m.plate=t),m}function $(p,m){let t=p.get(m);if(typeof t!="string")return;let e=t.trim();return e===""?void 0:e}function y(p,m){let t=$(p,m);if(t===void 0)return;let e=Number(t.replace(",","."));return Number.isFinite(e)?e:void 0}function R(p){p.preventDefault();let m=p.target.closest("form")??p.target;return!(m instanceof HTMLFormElement)||!m.reportValidity()?null:new FormData(m)}var Ve=1e4;function je(p){switch(p){case"proposed":return"var(--success-color, #43a047)";case"no_printers":case"no_printer_fits":return"var(--error-color, #db4437)";case"printers_in_error":case"filament_not_loaded":return"var(--warning-color, #ffa600)";default:return"var(--info-color, #039be5)"}}function De(p){switch(p){case"printing":case"assigned":return"var(--info-color, #039be5)";case"done":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";default:return"var(--primary-color, #03a9f4)"}}var Ie=p=>p.replace(/\s*\(\d+\/\d+\)\s*$/,""),j=class extends ct(L){constructor(){super(...arguments);this._adding=!1;this._new=new Set;this._progress=new Map;this._dispatch=new Map}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{document.hidden||this.reload()},Ve),this._data&&this.reload()}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer)}hassSubscribe(){return this.hass?[he(this.hass,t=>{let e=new Map(this._progress);e.set(t.job_id,t),this._progress=e,(t.stage==="started"||t.percent>=100)&&this.reload()})]:[]}get _isAdmin(){return!!this.hass?.user?.is_admin}_dispatchPrinter(t){return t.constraints.printer_id??t.decision?.printer_id??null}async _dispatchJob(t,e){let i=this._dispatchPrinter(t);if(!this.hass||!i||this._dispatching!==void 0)return;let a=h(this.hass);this._dispatching=t.job_id;let r=new Map(this._dispatch);try{let n=await me(this.hass,i,e);r.set(t.job_id,{dryRun:e,results:n.printers}),n.printers.some(u=>u.result==="started")&&q(this,a("queue.dispatch_ui.result.started",{printer:n.printers[0]?.name??"",file:n.printers[0]?.remote_name??n.printers[0]?.file?.name??""}))}catch(n){r.set(t.job_id,{dryRun:e,results:[],error:M(a,n)})}finally{this._dispatch=r,this._dispatching=void 0}await this.reload()}_reasons(t,e,i){return s`<ul class="guard">
      ${e.map(a=>s`<li data-code=${a.code}>${ue(t,a,i)}</li>`)}
    </ul>`}_dispatchResult(t,e){let i=this._dispatch.get(e.job_id);return i?i.error?s`<div class="notice error" role="alert" data-dispatch-result="error">${i.error}</div>`:i.results.map(a=>{let r=a.result==="started"||a.result==="would_send",n=a.reasons??(a.reason?[{code:a.reason,check:null,message:a.reason,placeholders:{}}]:[]);return s`<div class="notice ${r?"success":"error"} dispatch-result" role="status" data-dispatch-result=${a.result} data-printer-id=${a.printer_id} data-job-id=${a.job_id??""}>
        <div>${t(`queue.dispatch_ui.result.${a.result}`,{printer:a.name,file:a.remote_name??a.file?.name??e.file})}</div>
        ${a.job_id!==void 0&&a.job_id!==e.job_id&&a.job?s`<div class="small">${t("queue.dispatch_ui.other_job",{job:a.job})}</div>`:d}
        ${!r&&n.length?this._reasons(t,n,a.name):d}
      </div>`}):d}_fileInfo(t,e){let i=e.file_info;if(!i)return d;let a=[i.printer_model,i.nozzle_mm!=null?mt(this.hass,i.nozzle_mm):null,i.estimate_s!=null?A(i.estimate_s):null,i.filament_types?.length?i.filament_types.join(", "):null,i.plate&&i.plate>1?t("files.plate_n",{n:i.plate}):null].filter(Boolean);return s`<div class="muted small file-info" data-field="file_info" data-hash=${i.hash??""}>${f("files")}<span>${a.join(" · ")}</span></div>`}_lastReport(t,e){let i=e.last_report;if(!i||!["refused","upload_failed","failed"].includes(i.result))return d;let a=e.printer_name??this._printerName(this._dispatchPrinter(e)),r=i.reasons??(i.reason?[{code:"",check:null,message:i.reason,placeholders:{}}]:[]);return s`<div class="report" data-field="last_report" data-result=${i.result}>
      <strong>${t(`queue.dispatch_ui.last_report.${i.result}`)}</strong>
      ${i.ts?s`<span class="muted small">${S(this.hass,i.ts)}</span>`:d}
      ${this._reasons(t,r,a)}
    </div>`}_sendProgress(t,e){let i=this._progress.get(e.job_id)??e.progress;if(!i||!(e.status==="assigned"||e.status==="printing"||e.status==="queued"))return d;if(e.status==="printing"&&(i.percent??0)>=100)return d;let a=Math.max(0,Math.min(100,Math.round(i.percent??0)));return s`<div class="sending" data-field="progress" data-percent=${a}>
      <div class="small">${t("queue.dispatch_ui.sending",{percent:`${a} %`})}</div>
      <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${a}><div style="width:${a}%"></div></div>
    </div>`}async load(t){if(!this.hass)return;let e=await ht(this.hass,!0);t()&&(this._data=e)}_printerName(t){return t?this._data?.printers.find(e=>e.printer_id===t)?.name??t:""}async _submitJob(t){let e=R(t);if(!e||!this.hass||this.busy)return;let i=h(this.hass);await this.submit(async a=>{let r=await ut(a,{file:$(e,"file")??"",name:$(e,"name"),quantity:y(e,"quantity"),priority:y(e,"priority"),printer_id:$(e,"printer_id"),tags_any:e.getAll("tags_any").map(String),tags_all:e.getAll("tags_all").map(String),model:$(e,"model"),filament:$(e,"filament"),nozzle_mm:y(e,"nozzle_mm"),notes:$(e,"notes"),options:yt(e)});this._adding=!1,this._new=new Set(r.map(o=>o.job_id));let n=i("queue.added",{n:b(a,r.length)});this._notice={text:n},q(this,n),await this.reload()})}async _move(t,e){if(!this.hass||!this._data||this._moving!==void 0)return;let i=this._data.items.filter(o=>o.status==="queued"),a=i.findIndex(o=>o.job_id===t.job_id),r=a+e;if(a<0||r<0||r>=i.length)return;let n=e<0?r===0?null:i[r-1].job_id:i[r].job_id;this._moving=t.job_id;try{await Ut(this.hass,t.job_id,n),await this.reload()}catch(o){this._notice={text:M(h(this.hass),o)}}finally{this._moving=void 0}}_askCancel(t){let e=h(this.hass);this.confirmRequest={heading:e("queue.cancel_heading"),text:e("queue.cancel_text",{name:t.name}),confirmLabel:e("queue.cancel_job"),action:async()=>{this.hass&&(await Jt(this.hass,t.job_id),q(this,e("queue.cancelled",{name:t.name})),await this.reload())}}}async _submitPreset(t){let e=R(t),i=this._presetFrom;if(!e||!i||!this.hass||this.busy)return;let a=h(this.hass);await this.submit(async r=>{let n=await Kt(r,$(e,"preset_name")??"",i.job_id);this._presetFrom=void 0;let o=a("queue.preset_saved",{name:n.name});this._notice={text:o,link:`${this.base}/presets`,linkLabel:a("queue.open_presets")},q(this,o)})}_decision(t,e){let i=e.decision;if(!i)return d;let a=ge(t,e,i,n=>this._printerName(n)),r=i.printers.length;return s`<div class="decision" data-reason=${i.reason} style="--badge-color:${je(i.reason)}">
        <span class="dot" aria-hidden="true"></span><span>${a}</span>
      </div>
      ${r||i.notes.length?s`<details class="why">
            <summary>${t("queue.why",{n:b(this.hass,r)})}</summary>
            ${r?s`<ul class="checks">
                  ${i.printers.map(n=>s`<li data-printer-id=${n.printer_id}>
                      <strong>${n.name||this._printerName(n.printer_id)}</strong>
                      <span class="muted">${n.checks.length?n.checks.map(o=>t(`queue.check.${o}`)).join(" · "):t("queue.check.ok")}</span>
                    </li>`)}
                </ul>`:d}
            ${i.notes.map(n=>s`<div class="muted small">${t(`queue.note.${n}`)}</div>`)}
          </details>`:d}`}_job(t,e,i,a){let r=e.status==="queued",n=e.status==="assigned"||e.status==="printing",o=r||e.status==="assigned",u=[...fe(t,e.constraints,Ce=>this._printerName(Ce)),...gt(t,e.options)];return s`<li class="card job ${this._new.has(e.job_id)?"new":""}" data-job-id=${e.job_id} data-status=${e.status}>
      <div class="job-head">
        ${r?s`<span class="order" title=${t("queue.position")} aria-label=${t("queue.position_n",{n:i+1})}>${i+1}</span>`:d}
        <div class="title">
          <div class="name ellipsis" data-field="name">${e.name}</div>
          <div class="muted small ellipsis" data-field="file">${e.file}</div>
        </div>
        ${r?e.priority?s`<span class="pill" data-field="priority">${t("queue.priority_n",{n:e.priority>0?`+${e.priority}`:e.priority})}</span>`:d:s`<span class="badge" style="--badge-color:${De(e.status)}" data-field="status">${t(`queue.status.${e.status}`)}</span>`}
      </div>
      <div class="pills" data-field="constraints">${u.length?u:s`<span class="pill">${t("queue.any_printer")}</span>`}</div>
      ${this._fileInfo(t,e)}
      ${r?this._decision(t,e):d}
      ${r?this._lastReport(t,e):d}
      ${this._sendProgress(t,e)}
      ${this._dispatchResult(t,e)}
      ${n&&e.printer_id?s`<div class="small">${t("queue.on_printer",{printer:e.printer_name??this._printerName(e.printer_id)})}</div>`:d}
      ${e.notes?s`<div class="small notes">${e.notes}</div>`:d}
      <div class="muted small meta">
        ${e.ended_at?t("queue.ended",{when:S(this.hass,e.ended_at)}):t("queue.added_by",{who:e.created_by??t("audit.system"),when:S(this.hass,e.created_at)})}
      </div>
      <div class="job-actions">
        ${r?s`<button
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
                ?disabled=${i===a.length-1||this._moving!==void 0}
                @click=${()=>this._move(e,1)}
              >
                ${f("down")}
              </button>`:d}
        <span class="spacer"></span>
        ${r&&this._isAdmin&&this._dispatchPrinter(e)?s`<button
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
              </button>`:d}
        <button class="btn" data-action="save-preset" @click=${()=>{this.formError=void 0,this._presetFrom=e}}>${f("save")}${t("queue.save_as_preset")}</button>
        ${o?s`<button class="btn danger" data-action="cancel" aria-label=${t("queue.cancel_named",{name:e.name})} @click=${()=>this._askCancel(e)}>${f("close")}${t("queue.cancel_short")}</button>`:d}
      </div>
    </li>`}_addDialog(t){let e=this._data?.printers??[],i=[...new Set(e.flatMap(o=>o.tags))].sort((o,u)=>o.localeCompare(u)),a=[...new Set(e.map(o=>o.model).filter(o=>!!o))].sort(),r=[...e.flatMap(o=>o.filaments??[]),...st],n=(this._data?.items??[]).map(o=>o.file);return s`<odin-dialog
      .open=${this._adding}
      heading=${t("queue.add_heading")}
      close-label=${t("common.close")}
      data-dialog="add-job"
      @closed=${()=>this._adding=!1}
    >
      ${this._adding?s`<form id="job-form" novalidate @submit=${o=>this._submitJob(o)}>
            <div class="form-grid">
              ${g(t("jobs.file"),"file","",{required:!0,maxlength:512,list:"odin-files",full:!0,hint:t("jobs.file_hint")})}
              ${g(t("jobs.name"),"name","",{maxlength:255,hint:t("jobs.name_hint")})}
              ${g(t("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:t("jobs.priority_hint")})}
              ${E(t("jobs.printer"),"printer_id","",[{value:"",label:t("queue.any_printer")},...e.map(o=>({value:o.printer_id,label:o.name}))])}
              ${E(t("jobs.model"),"model","",[{value:"",label:t("jobs.any_model")},...a.map(o=>({value:o,label:o}))])}
              ${g(t("jobs.filament"),"filament","",{maxlength:64,list:"odin-filaments"})}
              ${E(t("jobs.nozzle"),"nozzle_mm","",[{value:"",label:t("jobs.any_nozzle")},...ft.map(o=>({value:String(o),label:`${o} mm`}))])}
              ${i.length?lt(t("jobs.tags_any"),"tags_any",i,[]):d}
              ${i.length?lt(t("jobs.tags_all"),"tags_all",i,[]):d}
              ${tt(t("jobs.notes"),"notes","",{maxlength:2e3})}
              ${bt(t,{})}
            </div>
            ${Y("odin-files",n)} ${Y("odin-filaments",r)}
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._adding=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="job-form" data-action="submit-job" ?disabled=${this.busy}>
        ${t("queue.add_submit")}
      </button>
    </odin-dialog>`}_presetDialog(t){let e=this._presetFrom;return s`<odin-dialog
      .open=${!!e}
      heading=${t("queue.save_as_preset")}
      close-label=${t("common.close")}
      data-dialog="save-preset"
      @closed=${()=>this._presetFrom=void 0}
    >
      ${e?s`<form id="preset-from-job" novalidate @submit=${i=>this._submitPreset(i)}>
            <p class="muted small">${t("queue.save_as_preset_help",{file:e.file})}</p>
            ${g(t("presets.name"),"preset_name",Ie(e.name),{required:!0,maxlength:128})}
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._presetFrom=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-from-job" data-action="submit-preset" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._data,i=e?.items??[],a=i.filter(o=>o.status==="printing"||o.status==="assigned"),r=i.filter(o=>o.status==="queued"),n=i.filter(o=>!["queued","assigned","printing"].includes(o.status));return s`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-queued=${r.length} data-active=${a.length}>
          ${e?t("queue.summary",{queued:b(this.hass,r.length),active:b(this.hass,a.length)}):""}
        </div>
        <div class="actions">
          <button
            class="btn primary"
            data-action="add-job"
            ?disabled=${!e}
            @click=${()=>{this.formError=void 0,this._adding=!0}}
          >
            ${f("plus")}${t("queue.add")}
          </button>
        </div>
      </div>
      ${this._notice?s`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice.text}</span>
            ${this._notice.link?s`<a
                  class="inline-link"
                  href=${this._notice.link}
                  @click=${o=>{o.preventDefault(),N(this._notice?.link??this.base)}}
                  >${this._notice.linkLabel}</a
                >`:d}
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:d}
      ${this.renderError()}
      ${e?s`<div data-loaded=${this.loading?"false":"true"}>
            ${a.length?s`<div class="section-title"><h2>${t("queue.active")}</h2></div>
                  <ul class="jobs" data-list="active">${a.map((o,u)=>this._job(t,o,u,a))}</ul>`:d}
            <div class="section-title">
              <h2>${t("queue.waiting")}</h2>
              <span class="muted small">${t("queue.order_note")}</span>
            </div>
            ${r.length?s`<ul class="jobs" data-list="queued">${r.map((o,u)=>this._job(t,o,u,r))}</ul>`:s`<div class="card center muted" data-empty="queue">
                  ${t("queue.empty")}
                  <div>
                    <a
                      class="inline-link"
                      href="${this.base}/presets"
                      @click=${o=>{o.preventDefault(),N(`${this.base}/presets`)}}
                      >${t("queue.open_presets")}</a
                    >
                  </div>
                </div>`}
            ${n.length?s`<details class="finished">
                  <summary>${t("queue.finished",{n:b(this.hass,n.length)})}</summary>
                  <ul class="jobs" data-list="finished">${n.map((o,u)=>this._job(t,o,u,n))}</ul>
                </details>`:d}
          </div>`:this.error?d:s`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._addDialog(t)} ${this._presetDialog(t)}
      ${this.renderConfirm()}
    `}};j.styles=[w,H,v`
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
    `],l([c()],j.prototype,"_data",2),l([c()],j.prototype,"_adding",2),l([c()],j.prototype,"_presetFrom",2),l([c()],j.prototype,"_moving",2),l([c()],j.prototype,"_notice",2),l([c()],j.prototype,"_new",2),l([c()],j.prototype,"_progress",2),l([c()],j.prototype,"_dispatch",2),l([c()],j.prototype,"_dispatching",2);x("odin-queue-page",j);function qe(p){return p<1024?`${p} B`:p<1024*1024?`${(p/1024).toFixed(1)} KB`:`${(p/1024/1024).toFixed(1)} MB`}var Re={x1carbon:"x1c",blp001:"x1c",blp002:"x1",c11:"p1p",c12:"p1s",c13:"x1e",n1:"a1mini",n2s:"a1",originalprusamk4s:"mk4s",originalprusamk4:"mk4"};function Ee(p){let m=String(p??"").toLowerCase().replace(/^bambu ?lab /,"").replace(/^original prusa /,"").replace(/[^a-z0-9]/g,"");return Re[m]??m}function Se(p,m){let t=new Set([...p.compatible_models,p.metadata.printer_model??""].filter(Boolean).map(Ee));return m.filter(e=>e.model&&t.has(Ee(e.model)))}var F=class extends L{constructor(){super(...arguments);this._printers=[];this._queueing=!1}get _isAdmin(){return!!this.hass?.user?.is_admin}async load(t){if(!this.hass)return;let[e,i]=await Promise.all([oe(this.hass),ht(this.hass,!1)]);t()&&(this._files=e.sort((a,r)=>r.created_at.localeCompare(a.created_at)),this._printers=i.printers)}async _open(t){if(this.hass)try{this._detail=await le(this.hass,t)}catch(e){this._notice=M(h(this.hass),e)}}async _upload(t){let e=t.target,i=e.files?.[0];if(!i||!this.hass)return;let a=h(this.hass);this._uploadError=void 0,this._uploading={name:i.name,fraction:0};try{let r=await pe(this.hass,i,o=>{this._uploading={name:i.name,fraction:o}}),n=a(r.created?"files.uploaded":"files.already",{name:r.file.name});this._notice=n,q(this,n),await this.reload(),this._detail=r.file}catch(r){this._uploadError=ce(a,r)}finally{this._uploading=void 0,e.value=""}}async _submitQueue(t){let e=R(t),i=this._detail;if(!e||!i||!this.hass||this.busy)return;let a=h(this.hass);await this.submit(async r=>{let n=await ut(r,{file:i.name,file_hash:i.hash,name:$(e,"name"),quantity:y(e,"quantity"),priority:y(e,"priority"),printer_id:$(e,"printer_id"),tags_any:e.getAll("tags_any").map(String),options:y(e,"plate")?{plate:y(e,"plate")}:void 0});this._queueing=!1;let o=a("files.queued",{n:b(r,n.length)});this._notice=o,q(this,o),this.dispatchEvent(new CustomEvent("jobs-queued",{detail:{jobs:n},bubbles:!0,composed:!0}))})}_uploadCard(t){if(!this._isAdmin)return s`<div class="card muted" data-denied="upload">${t("files.admin_only")}</div>`;let e=this._uploading,i=e?Math.round(e.fraction*100):0;return s`<div class="card upload" data-section="upload">
      <label class="btn primary upload-btn ${e?"disabled":""}">
        ${f("plus")}<span>${t("files.upload")}</span>
        <input type="file" name="file" accept=${de.join(",")} ?disabled=${!!e} @change=${a=>this._upload(a)} />
      </label>
      <span class="muted small">${t("files.hint")}</span>
      ${e?s`<div class="uploading" role="status" data-upload-progress=${i}>
            <div class="small">${t("files.uploading",{name:e.name,percent:`${i} %`})}</div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${i}><div style="width:${i}%"></div></div>
          </div>`:d}
      ${this._uploadError?s`<div class="notice error" role="alert" data-upload-error>${this._uploadError}</div>`:d}
    </div>`}_detailView(t,e){let i=e.metadata,a=Se(e,this._printers),r=(n,o,u)=>o==null||o===""?d:s`<div class="kv"><dt>${n}</dt><dd data-field=${u}>${o}</dd></div>`;return s`<section class="card detail" data-file-detail=${e.hash}>
      <div class="detail-head">
        <h2 class="ellipsis" data-field="name">${e.name}</h2>
        <button class="icon-btn" data-action="close-detail" aria-label=${t("files.close_details")} @click=${()=>this._detail=void 0}>${f("close")}</button>
      </div>
      <dl>
        ${r(t("files.slicer"),[i.slicer,i.slicer_version].filter(Boolean).join(" "),"slicer")}
        ${r(t("files.printer_model"),i.printer_model,"printer_model")}
        ${r(t("files.profile"),i.printer_profile,"profile")}
        ${r(t("files.nozzle"),i.nozzle_mm!=null?mt(this.hass,i.nozzle_mm):null,"nozzle")}
        ${r(t("files.size"),qe(e.size),"size")}
        ${r(t("files.kind"),e.kind,"kind")}
        <div class="kv"><dt>${t("files.compatible")}</dt><dd data-field="compatible">${e.compatible_models.map(n=>s`<span class="pill" data-model=${n}>${n}</span>`)}</dd></div>
        <div class="kv"><dt>${t("files.fits")}</dt><dd data-field="fits">
          ${a.length?a.map(n=>s`<span class="pill ok" data-printer-id=${n.printer_id}>${n.name}</span>`):s`<span class="muted">${t("files.no_fit")}</span>`}
        </dd></div>
      </dl>
      <h3>${t("files.plates")}</h3>
      <ul class="plates">
        ${i.plates.map(n=>s`<li data-plate=${n.index}>
            <strong>${t("files.plate_n",{n:n.index})}</strong>
            ${n.sliced?d:s`<span class="pill warn">${t("files.not_sliced")}</span>`}
            <span data-field="estimate">${t("files.estimate")}: ${A(n.estimate_s)}</span>
            <span data-field="filaments">${t("files.filaments")}:
              ${n.filaments.map(o=>s`<span class="fil">${o.color?s`<span class="swatch" style="background:${o.color}"></span>`:d}${o.type??"?"}${o.grams!=null?` ${k(this.hass,o.grams,1)} g`:""}</span>`)}</span>
            ${n.bbox&&n.bbox.length===4?s`<span data-field="bbox">${t("files.bbox")}: ${k(this.hass,n.bbox[2]-n.bbox[0],0)} × ${k(this.hass,n.bbox[3]-n.bbox[1],0)} mm</span>`:d}
          </li>`)}
      </ul>
      <div class="actions">
        <button class="btn primary" data-action="queue-file" @click=${()=>{this.formError=void 0,this._queueing=!0}}>${f("queue")}${t("files.queue")}</button>
      </div>
    </section>`}_queueDialog(t){let e=this._detail,i=e?Se(e,this._printers):[],a=[...new Set(this._printers.flatMap(r=>r.tags))].sort((r,n)=>r.localeCompare(n));return s`<odin-dialog
      .open=${this._queueing&&!!e}
      heading=${e?t("files.queue_heading",{name:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="queue-file"
      @closed=${()=>this._queueing=!1}
    >
      ${this._queueing&&e?s`<form id="queue-file-form" novalidate @submit=${r=>this._submitQueue(r)}>
            <div class="form-grid">
              ${g(t("jobs.name"),"name","",{maxlength:255,hint:t("jobs.name_hint")})}
              ${g(t("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:t("jobs.priority_hint")})}
              ${E(t("jobs.printer"),"printer_id",i.length===1?i[0].printer_id:"",[{value:"",label:t("queue.any_printer")},...this._printers.map(r=>({value:r.printer_id,label:`${r.name}${r.model?` (${r.model})`:""}`}))])}
              ${e.metadata.plates.length>1?E(t("files.plates"),"plate","1",e.metadata.plates.map(r=>({value:String(r.index),label:t("files.plate_n",{n:r.index})}))):d}
              ${a.length?lt(t("jobs.tags_any"),"tags_any",a,[]):d}
            </div>
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._queueing=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="queue-file-form" data-action="submit-queue-file" ?disabled=${this.busy}>${t("queue.add_submit")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._files;return s`
      ${this._uploadCard(t)}
      ${this._notice?s`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice}</span>
            <a class="inline-link" href="${this.base}/queue" @click=${i=>{i.preventDefault(),N(`${this.base}/queue`)}}>${t("files.open_queue")}</a>
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:d}
      ${this.error?s`<div class="card center error-text" role="alert">${t("panel.error",{error:this.error})}</div>`:d}
      ${this._detail?this._detailView(t,this._detail):d}
      <div class="section-title"><h2>${t("files.title")}</h2></div>
      ${e?e.length?s`<ul class="files" data-list="files">
              ${e.map(i=>s`<li class="card file ${this._detail?.hash===i.hash?"selected":""}" data-hash=${i.hash}>
                  <button class="file-btn" data-action="open-file" @click=${()=>this._open(i.hash)}>
                    <span class="name ellipsis">${i.name}</span>
                    <span class="muted small ellipsis">${i.compatible_models.join(", ")||"–"} · ${qe(i.size)} · ${S(this.hass,i.created_at)}</span>
                  </button>
                </li>`)}
            </ul>`:s`<div class="card center muted" data-empty="files">${t("files.empty")}</div>`:s`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._queueDialog(t)}
    `}};F.styles=[w,H,v`
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
    `],l([c()],F.prototype,"_files",2),l([c()],F.prototype,"_printers",2),l([c()],F.prototype,"_detail",2),l([c()],F.prototype,"_uploading",2),l([c()],F.prototype,"_uploadError",2),l([c()],F.prototype,"_queueing",2),l([c()],F.prototype,"_notice",2);x("odin-files-page",F);var Ne=["any","printer","tag","model"],J=class extends L{constructor(){super(...arguments);this._printers=[];this._targetType="any";this._printerName=t=>this._printers.find(e=>e.printer_id===t)?.name??t}firstLoad(){this.hass&&(K(this.hass).then(t=>this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))).catch(()=>{}),this.reload())}async load(t){if(!this.hass)return;let e=await Gt(this.hass);t()&&(this._presets=e)}_edit(t){this.formError=void 0,this._targetType=t==="new"?"any":t.target.type,this._editing=t}async _submitPreset(t){let e=R(t);if(!e||!this.hass||this.busy||!this._editing)return;let i=h(this.hass),a=this._editing==="new"?void 0:this._editing,r=$(e,"target_type")??"any";await this.submit(async n=>{let{preset:o}=await Qt(n,{preset_id:a?.preset_id,name:$(e,"name")??"",file:$(e,"file")??"",target:r==="any"?{type:r}:{type:r,value:$(e,"target_value")},filament:$(e,"filament"),nozzle_mm:y(e,"nozzle_mm"),quantity:y(e,"quantity"),priority:y(e,"priority"),notes:$(e,"notes"),options:yt(e)});this._editing=void 0,q(this,i("presets.saved",{name:o.name})),await this.reload()})}async _submitSchedule(t){let e=R(t),i=this._scheduling;if(!e||!i||!this.hass||this.busy)return;let a=h(this.hass);await this.submit(async r=>{let n=await Yt(r,i.preset_id,{quantity:y(e,"quantity"),priority:y(e,"priority"),tag:$(e,"tag")});this._scheduling=void 0;let o=a("presets.scheduled",{n:b(r,n.length),name:i.name});this._notice={text:o,jobs:n.length},q(this,o)})}_askDelete(t){let e=h(this.hass);this.confirmRequest={heading:e("presets.delete_heading"),text:e("presets.delete_text",{name:t.name}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await Xt(this.hass,t.preset_id),q(this,e("presets.deleted",{name:t.name})),await this.reload())}}}_tile(t,e){let i=[[t("jobs.file"),e.file],[t("presets.target"),Lt(t,e,this._printerName)],[t("jobs.quantity"),b(this.hass,e.quantity)]];e.priority&&i.push([t("jobs.priority"),String(e.priority)]),e.filament&&i.push([t("jobs.filament"),e.filament]),e.nozzle_mm!==null&&i.push([t("jobs.nozzle"),`${e.nozzle_mm} mm`]);let a=gt(t,e.options);return s`<li class="card preset" data-preset-id=${e.preset_id}>
      <h3 class="ellipsis" data-field="name">${e.name}</h3>
      <dl class="facts">${i.map(([r,n])=>s`<dt>${r}</dt><dd>${n}</dd>`)}</dl>
      ${a.length?s`<div class="pills opts">${a}</div>`:d}
      ${e.notes?s`<div class="small muted notes">${e.notes}</div>`:d}
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
          @click=${()=>{this.formError=void 0,this._scheduling=e}}
        >
          ${f("schedule")}${t("presets.quick_schedule")}
        </button>
      </div>
    </li>`}_targetValue(t,e){let i=e&&e.target.type===this._targetType?e.target.value:"",a=[...new Set(this._printers.flatMap(n=>n.tags))].sort((n,o)=>n.localeCompare(o)),r=[...new Set(this._printers.map(n=>n.model).filter(n=>!!n))].sort();switch(this._targetType){case"printer":return E(t("jobs.printer"),"target_value",i,this._printers.map(n=>({value:n.printer_id,label:n.name})),{required:!0});case"tag":return E(t("presets.tag"),"target_value",i,a.map(n=>({value:n,label:n})),{required:!0});case"model":return s`${g(t("jobs.model"),"target_value",i,{required:!0,maxlength:64,list:"odin-models"})}
        ${Y("odin-models",r)}`;default:return d}}_editDialog(t){let e=this._editing,i=e&&e!=="new"?e:void 0;return s`<odin-dialog
      .open=${!!e}
      heading=${t(i?"presets.edit_heading":"presets.new_heading")}
      close-label=${t("common.close")}
      data-dialog="preset"
      @closed=${()=>this._editing=void 0}
    >
      ${e?s`<form id="preset-form" novalidate @submit=${a=>this._submitPreset(a)}>
            <div class="form-grid">
              ${g(t("presets.name"),"name",i?.name,{required:!0,maxlength:128,full:!0})}
              ${g(t("jobs.file"),"file",i?.file,{required:!0,maxlength:512,full:!0,hint:t("jobs.file_hint")})}
              ${E(t("presets.target"),"target_type",this._targetType,Ne.map(a=>({value:a,label:t(`presets.target_type.${a}`)})),{onChange:a=>this._targetType=a})}
              ${this._targetValue(t,i)}
              ${g(t("jobs.filament"),"filament",i?.filament,{maxlength:64,list:"odin-preset-filaments"})}
              ${E(t("jobs.nozzle"),"nozzle_mm",i?.nozzle_mm!=null?String(i.nozzle_mm):"",[{value:"",label:t("jobs.any_nozzle")},...ft.map(a=>({value:String(a),label:`${a} mm`}))])}
              ${g(t("jobs.quantity"),"quantity",i?.quantity??1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",i?.priority??0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${tt(t("jobs.notes"),"notes",i?.notes,{maxlength:2e3})}
              ${bt(t,i?.options??{})}
            </div>
            ${Y("odin-preset-filaments",st)}
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-form" data-action="submit-preset" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}_scheduleDialog(t){let e=this._scheduling,i=[...new Set(this._printers.flatMap(a=>a.tags))].sort((a,r)=>a.localeCompare(r));return s`<odin-dialog
      .open=${!!e}
      heading=${e?t("presets.schedule_heading",{name:e.name}):""}
      close-label=${t("common.close")}
      data-dialog="schedule"
      @closed=${()=>this._scheduling=void 0}
    >
      ${e?s`<form id="schedule-form" novalidate @submit=${a=>this._submitSchedule(a)}>
            <p class="muted small">${t("presets.schedule_help",{file:e.file,target:Lt(t,e,this._printerName)})}</p>
            <div class="form-grid">
              ${g(t("jobs.quantity"),"quantity",e.quantity,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("jobs.priority"),"priority",e.priority,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${i.length?E(t("presets.only_tag"),"tag","",[{value:"",label:t("presets.as_in_preset")},...i.map(a=>({value:a,label:a}))],{full:!0,hint:t("presets.only_tag_hint")}):d}
            </div>
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._scheduling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="schedule-form" data-action="submit-schedule" ?disabled=${this.busy}>
        ${f("schedule")}${t("presets.schedule_submit")}
      </button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._presets;return s`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-count=${e?.length??""}>
          ${e?t("presets.summary",{n:b(this.hass,e.length)}):""}
        </div>
        <div class="actions">
          <button class="btn primary" data-action="new-preset" @click=${()=>this._edit("new")}>${f("plus")}${t("presets.new")}</button>
        </div>
      </div>
      ${this._notice?s`<div class="notice success banner" role="status" data-notice data-scheduled=${this._notice.jobs}>
            <span>${this._notice.text}</span>
            <a
              class="inline-link"
              data-action="open-queue"
              href="${this.base}/queue"
              @click=${i=>{i.preventDefault(),N(`${this.base}/queue`)}}
              >${t("presets.open_queue")}</a
            >
            <button class="icon-btn" aria-label=${t("common.close")} @click=${()=>this._notice=void 0}>${f("close")}</button>
          </div>`:d}
      ${this.renderError()}
      ${e?e.length===0?s`<div class="card center muted" data-empty="presets">${t("presets.empty")}</div>`:s`<ul class="tiles presets" data-loaded="true">${e.map(i=>this._tile(t,i))}</ul>`:this.error?d:s`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._editDialog(t)} ${this._scheduleDialog(t)}
      ${this.renderConfirm()}
    `}};J.styles=[w,H,v`
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
    `],l([c()],J.prototype,"_presets",2),l([c()],J.prototype,"_printers",2),l([c()],J.prototype,"_editing",2),l([c()],J.prototype,"_targetType",2),l([c()],J.prototype,"_scheduling",2),l([c()],J.prototype,"_notice",2);x("odin-presets-page",J);var Pe=["dryer","oven","ams","dry_box","dehydrator","other"],ze="[A-Ha-h][1-4]|[Hh][Tt][1-8]|[Ee][Xx][Tt]",Be=50,vt="slot";function Fe(p,m){if(!m)return;let t=m.toUpperCase().replace(/_/g,"-");return p.find(e=>e.material.toUpperCase()===t)??p.find(e=>e.material.toUpperCase()===t.split(/[-\s+]/)[0])}function Ze(p){if(!p)return null;let m=p.trim().toLowerCase().replace(/\s+/g,"");return typeof CSS<"u"&&CSS.supports("color",m)?m:null}function Je(p){let m=t=>String(t).padStart(2,"0");return`${P(p)}T${m(p.getHours())}:${m(p.getMinutes())}`}var V=class extends L{constructor(){super(...arguments);this._materials=[];this._printers=[];this._editPrinter="";this._logging=!1;this._logTarget="";this._history={};this._printerName=t=>t?this._printers.find(e=>e.printer_id===t)?.name??t:""}firstLoad(){this.hass&&(K(this.hass).then(t=>this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))).catch(()=>{}),this.reload())}async load(t){if(!this.hass)return;let[e,i,a]=await Promise.all([Wt(this.hass),kt(this.hass,{limit:Be}),ie(this.hass)]);if(t()){e.sort((r,n)=>Number(n.drying?.needs_drying??!1)-Number(r.drying?.needs_drying??!1)||r.label.localeCompare(n.label)||r.spool_id-n.spool_id),this._spools=e,this._sessions=i,this._materials=a;for(let r of Object.keys(this._history).map(Number))this._loadHistory(r)}}async _loadHistory(t){if(this.hass)try{let e=await kt(this.hass,{spool_id:t,limit:20});this._history={...this._history,[t]:e}}catch(e){this.error=M(h(this.hass),e)}}_toggleHistory(t){if(t in this._history){let{[t]:e,...i}=this._history;this._history=i;return}this._history={...this._history,[t]:"loading"},this._loadHistory(t)}_spoolName(t){let e=this._spools?.find(i=>i.spool_id===t.spool_id);return e?e.label:t.printer_id?`${this._printerName(t.printer_id)} · ${t.slot??""}`:t.spool_id!==null?`#${t.spool_id}`:"–"}_openLog(t){this.formError=void 0,this._logTarget=t?String(t.spool_id):this._spools?.[0]?String(this._spools[0].spool_id):vt,this._logging=!0}async _submitLog(t){let e=R(t);if(!e||!this.hass||this.busy)return;let i=h(this.hass),a=$(e,"target")??"",r=$(e,"started_at");await this.submit(async n=>{let{spool:o}=await ee(n,{...a===vt?{printer_id:$(e,"printer_id"),slot:$(e,"slot")?.toUpperCase()}:{spool_id:Number(a)},temp_c:y(e,"temp_c")??0,duration_min:Math.round((y(e,"duration_h")??0)*60),method:$(e,"method"),started_at:r?new Date(r).toISOString():void 0,humidity_before:y(e,"humidity_before"),humidity_after:y(e,"humidity_after"),notes:$(e,"notes")});this._logging=!1,q(this,o?i("drying.logged_spool",{spool:o.label}):i("drying.logged")),await this.reload()})}_editSpool(t){this.formError=void 0,this._editPrinter=t==="new"?"":t.printer_id??"",this._editing=t}async _submitSpool(t){let e=R(t);if(!e||!this.hass||this.busy||!this._editing)return;let i=h(this.hass),a=this._editing==="new"?void 0:this._editing,r=$(e,"opened_at"),n=$(e,"printer_id");await this.submit(async o=>{let u=await Ot(o,{spool_id:a?.spool_id,material:$(e,"material")??"",name:$(e,"name"),brand:$(e,"brand"),colour:$(e,"colour"),weight_g:y(e,"weight_g"),opened_at:r?`${r}T00:00:00`:void 0,location:$(e,"location"),printer_id:n,slot:n?$(e,"slot")?.toUpperCase():void 0,spoolman_id:y(e,"spoolman_id"),humidity_entity_id:$(e,"humidity_entity_id"),notes:$(e,"notes")});this._editing=void 0,q(this,i("drying.spool_saved",{spool:u.label})),await this.reload()})}_askDelete(t){let e=h(this.hass);this.confirmRequest={heading:e("drying.delete_heading"),text:e("drying.delete_text",{spool:t.label}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await te(this.hass,t.spool_id),q(this,e("drying.spool_deleted",{spool:t.label})),await this.reload())}}}async _submitMaterial(t){let e=R(t);if(!e||!this.hass||this.busy||!this._material)return;let i=h(this.hass),a=this._material==="new"?$(e,"material")??"":this._material.material;await this.submit(async r=>{this._materials=await se(r,{material:a,max_days:y(e,"max_days")??null,max_humidity:y(e,"max_humidity")??null,drying_temp_c:y(e,"drying_temp_c")??null,drying_hours:y(e,"drying_hours")??null}),this._material=void 0,q(this,i("drying.material_saved",{material:a})),await this.reload()})}_askReset(t){let e=h(this.hass);this.confirmRequest={heading:e("drying.reset_heading"),text:e(t.default?"drying.reset_text":"drying.reset_text_custom",{material:t.material}),confirmLabel:e("drying.reset"),action:async()=>{this.hass&&(this._materials=await ae(this.hass,t.material),await this.reload())}}}_status(t,e){let i=e.drying;if(!i||!i.tracked)return s`<div class="status" data-status="untracked" style="--badge-color:var(--secondary-text-color)">
        <span class="dot"></span><span>${t("drying.not_tracked")}</span>
      </div>`;let a=[];if(i.days_since!==null&&a.push(i.max_days!==null?t("drying.days_since_max",{days:k(this.hass,i.days_since,1),max:k(this.hass,i.max_days,0)}):t("drying.days_since",{days:k(this.hass,i.days_since,1)})),i.humidity!==null&&a.push(i.max_humidity!==null?t("drying.humidity_max",{rh:k(this.hass,i.humidity,0),max:k(this.hass,i.max_humidity,0)}):t("drying.humidity",{rh:k(this.hass,i.humidity,0)})),i.needs_drying){let r=i.reasons.map(n=>t(`drying.reason.${n}`)).join(", ");return s`<div class="status" data-status="needs" style="--badge-color:var(--error-color, #db4437)">
        <span class="dot"></span><span><strong>${t("drying.needs")}</strong> (${r}) · ${a.join(" · ")}</span>
      </div>`}return s`<div class="status" data-status="ok" style="--badge-color:var(--success-color, #43a047)">
      <span class="dot"></span
      ><span
        >${i.due_at?t("drying.due",{date:wt(this.hass,i.due_at)}):t("drying.dry")}${a.length?` · ${a.join(" · ")}`:""}</span
      >
    </div>`}_sessionList(t,e){return e.length?s`<ul class="sessions">
      ${e.map(i=>s`<li data-session-id=${i.session_id}>
          <span>${S(this.hass,i.ended_at)}</span>
          <span class="muted"
            >${k(this.hass,i.temp_c,0)} °C · ${A(i.duration_min*60)} · ${t(`drying.method.${i.method}`)}${i.humidity_before!==null||i.humidity_after!==null?` · ${k(this.hass,i.humidity_before,0)} → ${k(this.hass,i.humidity_after,0)} %`:""}</span
          >
        </li>`)}
    </ul>`:s`<div class="muted small">${t("drying.no_history")}</div>`}_tile(t,e){let i=Ze(e.colour),a=[];e.brand&&a.push([t("drying.brand"),e.brand]),e.colour&&a.push([t("drying.colour"),e.colour]),e.weight_g!==null&&a.push([t("drying.weight"),`${b(this.hass,e.weight_g)} g`]),e.opened_at&&a.push([t("drying.opened"),wt(this.hass,e.opened_at)]),e.printer_id&&a.push([t("drying.slot"),`${this._printerName(e.printer_id)}${e.slot?` · ${e.slot}`:""}`]),e.location&&a.push([t("drying.location"),e.location]),e.spoolman_id!==null&&a.push([t("drying.spoolman"),`#${e.spoolman_id}`]),e.humidity_entity_id&&a.push([t("drying.sensor"),e.humidity_entity_id]);let r=this._history[e.spool_id];return s`<li class="card spool" data-spool-id=${e.spool_id} data-needs-drying=${e.drying?.needs_drying?"true":"false"}>
      <div class="head">
        <span class="swatch ${i?"":"none"}" style=${i?`background:${i}`:""} aria-hidden="true"></span>
        <h3 class="ellipsis" data-field="label">${e.label}</h3>
        <span class="pill">${e.material}</span>
      </div>
      ${this._status(t,e)}
      ${a.length?s`<dl class="facts">${a.map(([n,o])=>s`<dt>${n}</dt><dd>${o}</dd>`)}</dl>`:d}
      ${e.notes?s`<div class="small muted notes">${e.notes}</div>`:d}
      ${r?s`<div class="history" data-history=${e.spool_id}>
            <h4>${t("drying.history")}</h4>
            ${r==="loading"?s`<div class="muted small">${t("panel.loading")}</div>`:this._sessionList(t,r)}
          </div>`:d}
      <div class="tile-actions">
        <button
          class="icon-btn"
          data-action="history"
          aria-expanded=${r?"true":"false"}
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
    </li>`}_historyTable(t){let e=this._sessions??[];return e.length?s`<div class="card table-wrap">
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
          ${e.map(i=>s`<tr data-session-id=${i.session_id}>
              <td data-col="spool">${this._spoolName(i)}${i.material?s` <span class="muted small">${i.material}</span>`:d}</td>
              <td data-col="when" data-label=${t("drying.when")}>${S(this.hass,i.ended_at)}</td>
              <td class="num" data-col="temp" data-label=${t("drying.temp")}>${k(this.hass,i.temp_c,0)} °C</td>
              <td class="num" data-col="duration" data-label=${t("drying.duration")}>${A(i.duration_min*60)}</td>
              <td data-col="method" data-label=${t("drying.method_label")}>${t(`drying.method.${i.method}`)}</td>
              <td class="num" data-col="humidity" data-label=${t("drying.rh_before_after")}>
                ${i.humidity_before===null&&i.humidity_after===null?"–":`${k(this.hass,i.humidity_before,0)} → ${k(this.hass,i.humidity_after,0)} %`}
              </td>
              <td data-col="by" data-label=${t("drying.by")}>${i.actor??"–"}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`:s`<div class="card center muted" data-empty="history">${t("drying.no_history")}</div>`}_materialsTable(t){let e=[...this._materials].sort((i,a)=>i.material.localeCompare(a.material));return s`<details class="card materials" data-section="materials">
      <summary>${t("drying.materials")} (${b(this.hass,e.length)})</summary>
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
            ${e.map(i=>s`<tr data-key=${i.material}>
                <td>${i.material}${i.overridden?s` <span class="muted small">${t("drying.custom")}</span>`:d}${i.tracked?d:s` <span class="muted small">${t("drying.not_tracked")}</span>`}</td>
                <td class="num" data-label=${t("drying.max_days")}>${i.max_days===null?"–":k(this.hass,i.max_days,0)}</td>
                <td class="num" data-label=${t("drying.max_humidity")}>${i.max_humidity===null?"–":`${k(this.hass,i.max_humidity,0)} %`}</td>
                <td class="num" data-label=${t("drying.drying_temp")}>${i.drying_temp_c===null?"–":`${k(this.hass,i.drying_temp_c,0)} °C`}</td>
                <td class="num" data-label=${t("drying.drying_hours")}>${i.drying_hours===null?"–":`${k(this.hass,i.drying_hours,0)} h`}</td>
                <td class="row-actions">
                  <button class="icon-btn" aria-label=${t("drying.edit_material",{material:i.material})} @click=${()=>{this.formError=void 0,this._material=i}}>${f("pencil")}</button>
                  ${i.overridden?s`<button class="icon-btn danger" aria-label=${t("drying.reset_material",{material:i.material})} @click=${()=>this._askReset(i)}>
                        ${f("history")}
                      </button>`:d}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="tile-actions">
        <button class="btn" @click=${()=>{this.formError=void 0,this._material="new"}}>${f("plus")}${t("drying.add_material")}</button>
      </div>
    </details>`}_logDialog(t){let e=this._spools??[],i=e.find(n=>String(n.spool_id)===this._logTarget),a=Fe(this._materials,i?.material),r=a?.drying_hours??4;return s`<odin-dialog
      .open=${this._logging}
      heading=${t("drying.log_heading")}
      close-label=${t("common.close")}
      data-dialog="log-drying"
      @closed=${()=>this._logging=!1}
    >
      ${this._logging?s`<form id="log-form" novalidate @submit=${n=>this._submitLog(n)}>
            <div class="form-grid">
              ${E(t("drying.what"),"target",this._logTarget,[...e.map(n=>({value:String(n.spool_id),label:`${n.label} (${n.material})`})),{value:vt,label:t("drying.printer_slot")}],{full:!0,onChange:n=>this._logTarget=n})}
              ${this._logTarget===vt?s`${E(t("jobs.printer"),"printer_id",this._printers[0]?.printer_id??"",this._printers.map(n=>({value:n.printer_id,label:n.name})),{required:!0})}
                  ${g(t("drying.slot_code"),"slot","",{required:!0,pattern:ze,maxlength:3,hint:t("drying.slot_hint")})}`:d}
              ${g(`${t("drying.temp")} (°C)`,"temp_c",a?.drying_temp_c??50,{type:"number",min:25,max:150,step:1,required:!0,inputmode:"numeric"})}
              ${g(t("drying.duration_h"),"duration_h",r,{type:"number",min:.25,max:72,step:.25,required:!0,inputmode:"decimal",hint:t("drying.hours_hint")})}
              ${E(t("drying.method_label"),"method","dryer",Pe.map(n=>({value:n,label:t(`drying.method.${n}`)})))}
              ${g(t("drying.started"),"started_at","",{type:"datetime-local",max:Je(new Date),hint:t("drying.started_hint")})}
              ${g(`${t("drying.rh_before")} (%)`,"humidity_before","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${g(`${t("drying.rh_after")} (%)`,"humidity_after","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${tt(t("jobs.notes"),"notes","",{maxlength:2e3})}
            </div>
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._logging=!1}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="log-form" data-action="submit-log" ?disabled=${this.busy}>
        ${t("drying.log")}
      </button>
    </odin-dialog>`}_spoolDialog(t){let e=this._editing,i=e&&e!=="new"?e:void 0,a=Object.values(this.hass?.states??{}).filter(r=>r.entity_id.startsWith("sensor.")&&r.attributes.device_class==="humidity").map(r=>({value:r.entity_id,label:String(r.attributes.friendly_name??r.entity_id)}));return i?.humidity_entity_id&&!a.some(r=>r.value===i.humidity_entity_id)&&a.push({value:i.humidity_entity_id,label:i.humidity_entity_id}),s`<odin-dialog
      .open=${!!e}
      heading=${t(i?"drying.edit_heading":"drying.new_heading")}
      close-label=${t("common.close")}
      data-dialog="spool"
      @closed=${()=>this._editing=void 0}
    >
      ${e?s`<form id="spool-form" novalidate @submit=${r=>this._submitSpool(r)}>
            <div class="form-grid">
              ${g(t("drying.material"),"material",i?.material,{required:!0,maxlength:64,list:"odin-materials"})}
              ${g(t("drying.name"),"name",i?.name,{maxlength:128,hint:t("drying.name_hint")})}
              ${g(t("drying.brand"),"brand",i?.brand,{maxlength:128})}
              ${g(t("drying.colour"),"colour",i?.colour,{maxlength:128})}
              ${g(`${t("drying.weight")} (g)`,"weight_g",i?.weight_g,{type:"number",min:0,max:1e5,step:1,inputmode:"numeric"})}
              ${g(t("drying.opened"),"opened_at",i?.opened_at?P(new Date(i.opened_at)):"",{type:"date",max:P(new Date)})}
              ${g(t("drying.location"),"location",i?.location,{maxlength:128})}
              ${E(t("drying.in_printer"),"printer_id",this._editPrinter,[{value:"",label:t("drying.no_printer")},...this._printers.map(r=>({value:r.printer_id,label:r.name}))],{onChange:r=>this._editPrinter=r})}
              ${this._editPrinter?g(t("drying.slot_code"),"slot",i?.slot,{pattern:ze,maxlength:3,hint:t("drying.slot_hint")}):d}
              ${g(t("drying.spoolman"),"spoolman_id",i?.spoolman_id,{type:"number",min:1,step:1,inputmode:"numeric",hint:t("drying.spoolman_hint")})}
              ${E(t("drying.sensor"),"humidity_entity_id",i?.humidity_entity_id??"",[{value:"",label:t("drying.no_sensor")},...a],{full:!0})}
              ${tt(t("jobs.notes"),"notes",i?.notes,{maxlength:2e3})}
            </div>
            ${Y("odin-materials",[...this._materials.map(r=>r.material),...st])}
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="spool-form" data-action="submit-spool" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`}_materialDialog(t){let e=this._material,i=e&&e!=="new"?e:void 0;return s`<odin-dialog
      .open=${!!e}
      heading=${i?t("drying.edit_material",{material:i.material}):t("drying.add_material")}
      close-label=${t("common.close")}
      data-dialog="material"
      @closed=${()=>this._material=void 0}
    >
      ${e?s`<form id="material-form" novalidate @submit=${a=>this._submitMaterial(a)}>
            <p class="muted small">${t("drying.material_form_help")}</p>
            <div class="form-grid">
              ${i?d:g(t("drying.material"),"material","",{required:!0,maxlength:64,full:!0})}
              ${g(t("drying.max_days"),"max_days",i?.max_days,{type:"number",min:0,max:3650,step:"any",inputmode:"decimal"})}
              ${g(`${t("drying.max_humidity")} (%)`,"max_humidity",i?.max_humidity,{type:"number",min:0,max:100,step:"any",inputmode:"decimal"})}
              ${g(`${t("drying.drying_temp")} (°C)`,"drying_temp_c",i?.drying_temp_c,{type:"number",min:25,max:150,step:1,inputmode:"numeric"})}
              ${g(`${t("drying.drying_hours")} (h)`,"drying_hours",i?.drying_hours,{type:"number",min:0,max:72,step:"any",inputmode:"decimal"})}
            </div>
            ${this.formError?s`<div class="notice error" role="alert">${this.formError}</div>`:d}
          </form>`:d}
      <button slot="actions" class="btn" @click=${()=>this._material=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="material-form" ?disabled=${this.busy}>${t("common.save")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._spools,i=e?.filter(a=>a.drying?.needs_drying).length??0;return s`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-spools=${e?.length??""} data-needs=${i}>
          ${e?t("drying.summary",{n:b(this.hass,e.length),needs:b(this.hass,i)}):""}
        </div>
        <div class="actions">
          <button class="btn" data-action="add-spool" @click=${()=>this._editSpool("new")}>${f("plus")}${t("drying.add_spool")}</button>
          <button class="btn primary" data-action="log-drying" ?disabled=${!e} @click=${()=>this._openLog()}>
            ${f("drying")}${t("drying.log")}
          </button>
        </div>
      </div>
      ${this.renderError()}
      ${e?s`<div data-loaded=${this.loading?"false":"true"}>
            ${e.length===0?s`<div class="card center muted" data-empty="spools">${t("drying.no_spools")}</div>`:s`<ul class="tiles spools">${e.map(a=>this._tile(t,a))}</ul>`}
            <div class="section-title"><h2>${t("drying.history_all")}</h2></div>
            ${this._historyTable(t)}
            <div class="section-title"></div>
            ${this._materialsTable(t)}
          </div>`:this.error?d:s`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._logDialog(t)} ${this._spoolDialog(t)} ${this._materialDialog(t)}
      ${this.renderConfirm()}
    `}};V.styles=[w,H,v`
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
    `],l([c()],V.prototype,"_spools",2),l([c()],V.prototype,"_sessions",2),l([c()],V.prototype,"_materials",2),l([c()],V.prototype,"_printers",2),l([c()],V.prototype,"_editing",2),l([c()],V.prototype,"_editPrinter",2),l([c()],V.prototype,"_logging",2),l([c()],V.prototype,"_logTarget",2),l([c()],V.prototype,"_material",2),l([c()],V.prototype,"_history",2);x("odin-drying-page",V);function Mt(p){switch(p){case"success":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--warning-color, #ffa600)";default:return"var(--secondary-text-color, #727272)"}}function Ct(p,m){return p(`timelapses.outcome.${m??"open"}`)}function Ue(p,m){return m>=1024*1024*1024?`${k(p,m/1024**3,1)} GB`:m>=1024*1024?`${k(p,m/1024**2,1)} MB`:`${b(p,Math.max(1,Math.round(m/1024)))} kB`}function Tt(p,m){return m<60?`${k(p,m,1)} s`:`${Math.floor(m/60)} min ${String(Math.round(m%60)).padStart(2,"0")} s`}var et=class extends T{constructor(){super(...arguments);this.autoplay=!0}render(){let t=this.timelapse;if(!t)return d;let e=h(this.hass),i=t.started_at&&t.ended_at?(new Date(t.ended_at).getTime()-new Date(t.started_at).getTime())/1e3:null,a=i===null?"–":i<60?`< 1 ${e("units.min")}`:A(i);return s`<div class="player">
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
        <dd>${t.job_name??t.file_name??"–"}${t.file_name&&t.job_name?s` <span class="muted">(${t.file_name})</span>`:d}</dd>
        <dt>${e("timelapses.result")}</dt>
        <dd><span class="badge" style="--badge-color:${Mt(t.outcome)}" data-field="outcome">${Ct(e,t.outcome)}</span></dd>
        <dt>${e("timelapses.run")}</dt>
        <dd>${Pt(this.hass,t.started_at,t.ended_at)} (${a})</dd>
        <dt>${e("timelapses.video")}</dt>
        <dd>
          ${e("timelapses.video_facts",{length:Tt(this.hass,t.seconds),frames:b(this.hass,t.frames),fps:b(this.hass,t.fps),size:Ue(this.hass,t.bytes)})}
        </dd>
        <dt>${e("timelapses.kept")}</dt>
        <dd>${t.expires?e("timelapses.kept_until",{date:S(this.hass,t.expires)}):e("timelapses.kept_forever")}</dd>
      </dl>`}};et.styles=[w,H,v`
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
    `],l([_({attribute:!1})],et.prototype,"hass",2),l([_({attribute:!1})],et.prototype,"timelapse",2),l([_({type:Boolean})],et.prototype,"autoplay",2);x("odin-timelapse-player",et);var Ge=24,D=class extends L{constructor(){super(...arguments);this.initialPrinter="";this.runId=0;this._next=null;this._recording=[];this._printers=[];this._printer="";this._runMissing=0;this._openedRun=0;this._append=!1}get _isAdmin(){return!!this.hass?.user?.is_admin}willUpdate(t){t.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}firstLoad(){this.hass&&(K(this.hass).then(t=>this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))).catch(()=>{}),this._loadedPrinter=this._printer,this.reload())}updated(t){super.updated(t),this.hass&&(this._loadedPrinter!==void 0&&this._printer!==this._loadedPrinter&&(this._loadedPrinter=this._printer,this.reload()),this.runId&&this.runId!==this._openedRun&&(this._openedRun=this.runId,this._openRun(this.runId)))}async load(t){if(!this.hass)return;let e=this._append;this._append=!1;let i=await nt(this.hass,{printer_id:this._printer||void 0,before:e?this._next:null,limit:Ge});t()&&(this._items=e?[...this._items??[],...i.items]:i.items,this._next=i.next,this._recording=i.recording)}_more(){this._append=!0,this.reload()}async _openRun(t){if(this.hass)try{let e=await nt(this.hass,{run_id:t,limit:1});e.items[0]?(this._runMissing=0,this._playing=e.items[0]):this._runMissing=t}catch(e){this.error=M(h(this.hass),e)}}_askDelete(t){let e=h(this.hass),i=t.job_name??t.file_name??`#${t.id}`;this.confirmRequest={heading:e("timelapses.delete_heading"),text:e("timelapses.delete_text",{job:i,printer:t.printer_name??""}),confirmLabel:e("common.delete"),action:async()=>{this.hass&&(await ne(this.hass,t.id),this._playing=void 0,q(this,e("timelapses.deleted",{job:i})),await this.reload())}}}_printerName(t){return this._printers.find(e=>e.printer_id===t)?.name??t}_card(t,e){let i=e.job_name??e.file_name??`#${e.id}`;return s`<li>
      <button class="card tl" data-timelapse-id=${e.id} data-run-id=${e.run_id} aria-label=${t("timelapses.play",{job:i})} @click=${()=>this._playing=e}>
        <div class="thumb">
          <img src=${e.poster_url} alt="" loading="lazy" decoding="async" />
          <span class="play" aria-hidden="true">${f("play")}</span>
          <span class="len">${Tt(this.hass,e.seconds)}</span>
        </div>
        <div class="meta">
          <div class="row">
            <span class="name ellipsis">${i}</span>
            <span class="badge" style="--badge-color:${Mt(e.outcome)}">${Ct(t,e.outcome)}</span>
          </div>
          <div class="muted small ellipsis">${e.printer_name??this._printerName(e.printer_id)} · ${S(this.hass,e.ended_at??e.created)}</div>
        </div>
      </button>
    </li>`}_player(t){let e=this._playing,i=e?e.job_name??e.file_name??`#${e.id}`:"";return s`<odin-dialog
      wide
      .open=${!!e}
      heading=${i}
      close-label=${t("common.close")}
      data-dialog="player"
      @closed=${()=>this._playing=void 0}
    >
      ${e?s`<odin-timelapse-player .hass=${this.hass} .timelapse=${e}></odin-timelapse-player>`:d}
      ${e&&!this._isAdmin?s`<p class="muted small admin-note" data-denied="delete">${t("timelapses.admin_delete")}</p>`:d}
      ${e&&this._isAdmin?s`<button slot="actions" class="btn danger" data-action="delete" @click=${()=>this._askDelete(e)}>${f("delete")}${t("common.delete")}</button>`:d}
      ${e?s`<a slot="actions" class="btn" data-action="download" href=${e.url} download=${`${i.replace(/[^\w.-]+/g,"_")}-${e.run_id}.mp4`}
            >${f("download")}${t("timelapses.download")}</a
          >`:d}
      <button slot="actions" class="btn primary" @click=${()=>this._playing=void 0}>${t("common.close")}</button>
    </odin-dialog>`}render(){let t=h(this.hass),e=this._items;return s`
      <section class="card filters">
        <label class="field">
          ${t("timelapses.printer")}
          <select name="printer" @change=${i=>this._printer=i.target.value}>
            <option value="" ?selected=${this._printer===""}>${t("analytics.any")}</option>
            ${this._printers.map(i=>s`<option value=${i.printer_id} ?selected=${i.printer_id===this._printer}>${i.name}</option>`)}
          </select>
        </label>
        <div class="recording" data-recording=${this._recording.length}>
          ${this._recording.length?s`<span class="rec-dot" aria-hidden="true"></span>${t("timelapses.recording",{printers:this._recording.map(i=>this._printerName(i)).join(", ")})}`:s`<span class="muted small">${t("timelapses.not_recording")}</span>`}
        </div>
      </section>
      ${this._runMissing?s`<div class="notice" role="status" data-run-missing=${this._runMissing}>${t("timelapses.run_missing",{run:this._runMissing})}</div>`:d}
      ${this.renderError()}
      ${e?e.length===0?s`<div class="card center muted" data-empty="timelapses">${t("timelapses.empty")}</div>`:s`<div data-loaded=${this.loading?"false":"true"}>
              <div class="muted small count" data-count=${e.length}>${t("timelapses.count",{n:b(this.hass,e.length)})}</div>
              <ul class="gallery">${e.map(i=>this._card(t,i))}</ul>
              ${this._next?s`<div class="more">
                    <button class="btn" data-action="more" ?disabled=${this.loading} @click=${()=>this._more()}>${t("audit.load_more")}</button>
                  </div>`:d}
            </div>`:this.error?d:s`<div class="center muted">${t("panel.loading")}</div>`}
      ${this._player(t)}
      ${this.renderConfirm()}
    `}};D.styles=[w,H,v`
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
    `],l([_()],D.prototype,"initialPrinter",2),l([_({type:Number})],D.prototype,"runId",2),l([c()],D.prototype,"_items",2),l([c()],D.prototype,"_next",2),l([c()],D.prototype,"_recording",2),l([c()],D.prototype,"_printers",2),l([c()],D.prototype,"_printer",2),l([c()],D.prototype,"_playing",2),l([c()],D.prototype,"_runMissing",2);x("odin-timelapses-page",D);var He=[7,30,90],Qe=["_from","_to","_bucket","_printer","_tag","_model","_material"],z=class extends L{constructor(){super(...arguments);this.initialPrinter="";this._from=P(O(new Date,-29));this._to=P(new Date);this._bucket="day";this._printer="";this._tag="";this._model="";this._material="";this._printers=[];this._materials=new Set;this._filtersLoaded=!1}willUpdate(t){t.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}firstLoad(){this.hass&&(K(this.hass).then(t=>this._printers=t.sort((e,i)=>e.name.localeCompare(i.name))).catch(()=>{}),this._filtersLoaded=!0,this.reload())}updated(t){let e=!this._filtersLoaded;super.updated(t),!e&&Qe.some(i=>t.has(i))&&this.reload()}_query(){let t=rt(this._from),e=rt(this._to);return e<t&&([t,e]=[e,t]),{start:it(t),end:it(O(e,1)),bucket:this._bucket,printer_id:this._printer||void 0,tag:this._tag||void 0,model:this._model||void 0,material:this._material||void 0}}async load(t){if(!this.hass)return;let e=this._query(),{bucket:i,...a}=e,[r,n]=await Promise.all([jt(this.hass,e),Dt(this.hass,a).catch(()=>{})]);if(t()){this._failures=r,this._accuracy=n;for(let o of r.by_material)o.material&&this._materials.add(o.material)}}async _openRun(t){if(this.hass){this._run=t,this._runTimelapse=void 0,this._runError=void 0;try{let e=await nt(this.hass,{run_id:t.run_id,limit:1});this._run===t&&(this._runTimelapse=e.items[0]??null)}catch(e){this._run===t&&(this._runError=M(h(this.hass),e))}}}_runDialog(){let t=h(this.hass),e=this._run,i=this._runTimelapse;return s`<odin-dialog
      wide
      .open=${!!e}
      heading=${e?e.job_name||e.file_name||t("analytics.run"):""}
      close-label=${t("common.close")}
      data-dialog="run"
      @closed=${()=>this._run=void 0}
    >
      ${e?s`${i?s`<odin-timelapse-player .hass=${this.hass} .timelapse=${i}></odin-timelapse-player>`:s`<dl class="facts">
                    <dt>${t("analytics.printer")}</dt>
                    <dd>${e.printer_name??e.printer_id}</dd>
                    <dt>${t("analytics.ended_at")}</dt>
                    <dd>${S(this.hass,e.ended_at)}</dd>
                    <dt>${t("analytics.estimate")}</dt>
                    <dd>${A(e.estimate_s)}</dd>
                    <dt>${t("analytics.actual")}</dt>
                    <dd>${A(e.actual_s)} (${W(this.hass,e.error_pct,!0)})</dd>
                  </dl>
                  <p class="muted small" data-timelapse="${i===null?"none":"loading"}">
                    ${this._runError??t(i===null?"analytics.no_timelapse":"panel.loading")}
                  </p>`}`:d}
      <button slot="actions" class="btn primary" @click=${()=>this._run=void 0}>${t("common.close")}</button>
    </odin-dialog>`}_preset(t){this._to=P(new Date),this._from=P(O(new Date,-(t-1)))}_activePreset(){if(this._to===P(new Date))return He.find(t=>this._from===P(O(new Date,-(t-1))))}_select(t,e,i,a,r){let n=h(this.hass);return s`<label class="field">
      ${t}
      <select name=${e} @change=${o=>r(o.target.value)}>
        <option value="" ?selected=${i===""}>${n("analytics.any")}</option>
        ${a.map(o=>s`<option value=${o.value} ?selected=${o.value===i}>${o.label}</option>`)}
      </select>
    </label>`}_filters(){let t=h(this.hass),e=[...new Set(this._printers.flatMap(u=>u.tags))].sort(),i=[...new Set(this._printers.map(u=>u.model).filter(u=>!!u))].sort(),a=[...this._materials].sort(),r=this._activePreset(),n=[this._printer,this._tag,this._model,this._material].filter(Boolean).length,o=s`<label class="field"
          >${t("analytics.bucket")}
          <select name="bucket" @change=${u=>this._bucket=u.target.value}>
            <option value="day" ?selected=${this._bucket==="day"}>${t("analytics.day")}</option>
            <option value="week" ?selected=${this._bucket==="week"}>${t("analytics.week")}</option>
          </select>
        </label>
        ${this._select(t("analytics.printer"),"printer",this._printer,this._printers.map(u=>({value:u.printer_id,label:u.name})),u=>this._printer=u)}
        ${e.length?this._select(t("analytics.tag"),"tag",this._tag,e.map(u=>({value:u,label:u})),u=>this._tag=u):d}
        ${this._select(t("analytics.model"),"model",this._model,i.map(u=>({value:u,label:u})),u=>this._model=u)}
        ${this._select(t("analytics.material"),"material",this._material,a.map(u=>({value:u,label:u})),u=>this._material=u)}`;return s`<section class="card filters">
      <div class="chips" role="group" aria-label=${t("analytics.range")}>
        ${He.map(u=>s`<button class="chip" data-days=${u} aria-pressed=${r===u?"true":"false"} @click=${()=>this._preset(u)}>
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
        ${this.narrow?d:o}
      </div>
      ${this.narrow?s`<details ?open=${n>0}>
            <summary>${t("analytics.more_filters")}${n?` (${n})`:""}</summary>
            <div class="fields">${o}</div>
          </details>`:d}
    </section>`}_accuracySection(){let t=h(this.hass),e=this._accuracy;if(!e)return d;let i=this.hass?.themes?.darkMode,a=e.runs.slice(0,25);return s`<section class="card chart-card wide" data-section="accuracy">
      <h2>${t("analytics.accuracy")}</h2>
      ${e.by_printer.length===0?s`<div class="muted center">${t("analytics.no_data")}</div>`:s`<odin-chart
              .labels=${e.by_printer.map(r=>r.name??r.printer_id)}
              .series=${[{label:t("analytics.median_abs_error"),data:e.by_printer.map(r=>r.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:t("analytics.bias"),data:e.by_printer.map(r=>r.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${i}
              .formatValue=${r=>W(this.hass,r)}
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
                  ${e.by_printer.map(r=>s`<tr data-key=${r.printer_id}>
                      <td>${r.name??r.printer_id}</td>
                      <td class="num" data-col="median_abs_error_pct" data-label=${t("analytics.median_abs_error")}>
                        ${W(this.hass,r.median_abs_error_pct)}
                      </td>
                      <td class="num" data-col="bias_pct" data-label=${t("analytics.bias")}>${W(this.hass,r.bias_pct,!0)}</td>
                      <td class="num" data-col="n" data-label=${t("analytics.n")}>${b(this.hass,r.n)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>`}
      ${e.weekly.length?s`<h3 class="sub">${t("analytics.accuracy_trend")}</h3>
            <odin-chart
              type="line"
              .labels=${e.weekly.map(r=>Bt(this.hass,r.start))}
              .series=${[{label:t("analytics.median_abs_error"),data:e.weekly.map(r=>r.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:t("analytics.bias"),data:e.weekly.map(r=>r.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${i}
              .formatValue=${r=>W(this.hass,r)}
              height="200"
              label=${t("analytics.accuracy_trend")}
            ></odin-chart>`:d}
      ${a.length?s`<details>
            <summary>${t("analytics.recent_runs")} (${b(this.hass,a.length)} / ${b(this.hass,e.runs_total)})</summary>
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
                  ${a.map(r=>s`<tr data-key=${String(r.run_id)}>
                      <td>
                        <button class="run-link" data-action="run" aria-label=${t("analytics.open_run",{job:r.job_name||r.file_name||""})} @click=${()=>this._openRun(r)}>
                          <span class="ellipsis file">${r.job_name||r.file_name||"–"}</span>
                          <span class="muted small">${r.printer_name??""} · ${S(this.hass,r.ended_at)}</span>
                        </button>
                      </td>
                      <td class="num" data-label=${t("analytics.estimate")}>${A(r.estimate_s)}</td>
                      <td class="num" data-label=${t("analytics.actual")}>${A(r.actual_s)}</td>
                      <td class="num" data-label=${t("analytics.deviation")}>${W(this.hass,r.error_pct,!0)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`:d}
    </section>`}render(){let t=h(this.hass),e=this._failures,i=this.hass?.themes?.darkMode;return s`
      ${this._filters()}
      ${this.renderError()}
      ${e?s`<div class="grid ${this.loading?"loading":""}" data-loaded=${this.loading?"false":"true"}>
            <section class="card wide" data-section="totals">
              <div class="window muted small" data-window>${ve(this.hass,t,e)}</div>
              ${ye(this.hass,t,e)}
              <div class="muted small note">${t("analytics.cancel_note")}</div>
            </section>
            <div class="wide">${xe(this.hass,t,e,{theme:i})}</div>
            ${ot(this.hass,t,"by_printer",t("analytics.by_printer"),_e(e.by_printer),{showMtbf:!0,theme:i})}
            ${qt(this.hass,t,"reasons",t("analytics.reasons"),$e(t,e.reasons),t("analytics.reason"),{theme:i})}
            ${qt(this.hass,t,"hms",t("analytics.hms"),be(e.errors),t("analytics.code"),{theme:i})}
            ${ot(this.hass,t,"by_model",t("analytics.by_model"),_t(t,e.by_model,a=>a.model),{theme:i})}
            ${ot(this.hass,t,"by_material",t("analytics.by_material"),_t(t,e.by_material,a=>a.material),{theme:i})}
            ${e.by_tag.length?ot(this.hass,t,"by_tag",t("analytics.by_tag"),_t(t,e.by_tag,a=>a.tag),{theme:i}):d}
            ${this._accuracySection()}
          </div>`:this.loading?s`<div class="center muted">${t("panel.loading")}</div>`:d}
      ${this._runDialog()}
    `}};z.styles=[w,v`
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
    `],l([_()],z.prototype,"initialPrinter",2),l([c()],z.prototype,"_from",2),l([c()],z.prototype,"_to",2),l([c()],z.prototype,"_bucket",2),l([c()],z.prototype,"_printer",2),l([c()],z.prototype,"_tag",2),l([c()],z.prototype,"_model",2),l([c()],z.prototype,"_material",2),l([c()],z.prototype,"_printers",2),l([c()],z.prototype,"_failures",2),l([c()],z.prototype,"_accuracy",2),l([c()],z.prototype,"_run",2),l([c()],z.prototype,"_runTimelapse",2),l([c()],z.prototype,"_runError",2);x("odin-analytics-page",z);var Ke=50,Xe="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",C=class extends T{constructor(){super(...arguments);this.narrow=!1;this._query={};this._since="";this._until="";this._items=[];this._next=null;this._loading=!1;this._loaded=!1;this._denied=!1;this._request=0;this._started=!1}updated(t){this.hass&&!this._started&&(this._started=!0,Rt(this.hass).then(e=>this._filters=e).catch(e=>{xt(e)&&(this._denied=!0)}),this._load(!0))}_fullQuery(){return{...this._query,start:this._since?it(this._since):void 0,end:this._until?it(O(rt(this._until),1)):void 0}}async _load(t){if(!this.hass)return;let e=++this._request;this._loading=!0,this._error=void 0;try{let i=await It(this.hass,this._fullQuery(),t?null:this._next,Ke);if(e!==this._request)return;this._items=t?i.items:[...this._items,...i.items],this._next=i.next,this._loaded=!0}catch(i){if(e!==this._request)return;xt(i)?this._denied=!0:this._error=at(i)}finally{e===this._request&&(this._loading=!1)}}_set(t,e){this._query={...this._query,[t]:e||void 0},this._load(!0)}_clear(){this._query={},this._since="",this._until="",this._load(!0)}async _csv(){if(this.hass)try{await Nt(this.hass,this._fullQuery())}catch(t){this._error=at(t)}}_optionLabel(t,e){let i=h(this.hass);return t==="action"?U(i,"actions",e):t==="origin"?U(i,"origins",e):e}_select(t,e,i){let a=h(this.hass),r=this._query[t]??"";return s`<label class="field">
      ${e}
      <select name=${t} @change=${n=>this._set(t,n.target.value)}>
        <option value="" ?selected=${r===""}>${a("audit.any")}</option>
        ${(i??[]).map(n=>s`<option value=${n.value} ?selected=${n.value===r}>${n.label??this._optionLabel(t,n.value)}</option>`)}
      </select>
    </label>`}_table(){let t=h(this.hass),e=t("audit.system");return s`<div class="table-wrap">
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
          ${this._items.map(i=>s`<tr data-audit-id=${i.id}>
              <td class="nowrap">${S(this.hass,i.ts)}</td>
              <td>${Et(i,e)}<div class="muted small">${U(t,"origins",i.origin)}</div></td>
              <td data-col="action">${U(t,"actions",i.action)}</td>
              <td>${St(i)}</td>
              <td><span class="badge" style="--badge-color:${zt(i.result)}">${U(t,"results",i.result)}</span></td>
              <td class="details">${$t(i)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`}_cards(){let t=h(this.hass),e=t("audit.system");return s`<ul class="list">
      ${this._items.map(i=>s`<li data-audit-id=${i.id}>
          <div class="row">
            <strong data-col="action" class="ellipsis">${U(t,"actions",i.action)}</strong>
            <span class="badge" style="--badge-color:${zt(i.result)}">${U(t,"results",i.result)}</span>
          </div>
          <div class="row muted small">
            <span class="ellipsis">${Et(i,e)} · ${U(t,"origins",i.origin)}</span>
            <span class="nowrap">${S(this.hass,i.ts)}</span>
          </div>
          <div class="small">${St(i)}</div>
          ${$t(i)?s`<div class="muted small details">${$t(i)}</div>`:d}
        </li>`)}
    </ul>`}render(){let t=h(this.hass);if(this._denied)return s`<div class="card center" data-denied="audit">${t("audit.admin_only")}</div>`;let e=this._filters,i=Object.values(this._query).some(Boolean)||this._since||this._until;return s`
      <section class="card filters">
        <div class="fields">
          ${this._select("user_id",t("audit.user"),e?.users.map(a=>({value:a.user_id,label:a.user_name??void 0})))} ${this._select("origin",t("audit.origin"),e?.origins.map(a=>({value:a})))}
          ${this._select("action",t("audit.action"),e?.actions.map(a=>({value:a})))}
          ${this._select("target_type",t("audit.target"),e?.target_types.map(a=>({value:a})))}
          <label class="field"
            >${t("audit.since")}
            <input
              type="date"
              name="since"
              .value=${this._since}
              @change=${a=>{this._since=a.target.value,this._load(!0)}}
          /></label>
          <label class="field"
            >${t("audit.until")}
            <input
              type="date"
              name="until"
              .value=${this._until}
              @change=${a=>{this._until=a.target.value,this._load(!0)}}
          /></label>
        </div>
        <div class="actions">
          ${i?s`<button class="btn" @click=${()=>this._clear()}>${t("audit.clear")}</button>`:d}
          <button class="btn primary" data-action="csv" @click=${()=>this._csv()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${Xe}></path></svg>${t("audit.csv")}
          </button>
        </div>
      </section>
      ${this._error?s`<div class="card center error-text">${t("panel.error",{error:this._error})}</div>`:d}
      <section class="card results" data-loaded=${this._loaded&&!this._loading?"true":"false"}>
        ${this._loaded?this._items.length===0?s`<div class="center muted">${t("audit.empty")}</div>`:s`<div class="muted small count" data-count=${this._items.length}>
                  ${t("audit.entries",{n:b(this.hass,this._items.length)})}
                </div>
                ${this.narrow?this._cards():this._table()}`:s`<div class="center muted">${t("panel.loading")}</div>`}
        ${this._loaded&&this._items.length?s`<div class="more">
              ${this._next?s`<button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>
                    ${t("audit.load_more")}
                  </button>`:s`<span class="muted small">${t("audit.end")}</span>`}
            </div>`:d}
      </section>
    `}};C.styles=[w,v`
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
    `],l([_({attribute:!1})],C.prototype,"hass",2),l([_({type:Boolean,reflect:!0})],C.prototype,"narrow",2),l([c()],C.prototype,"_filters",2),l([c()],C.prototype,"_query",2),l([c()],C.prototype,"_since",2),l([c()],C.prototype,"_until",2),l([c()],C.prototype,"_items",2),l([c()],C.prototype,"_next",2),l([c()],C.prototype,"_loading",2),l([c()],C.prototype,"_loaded",2),l([c()],C.prototype,"_error",2),l([c()],C.prototype,"_denied",2);x("odin-audit-page",C);var Me=["fleet","queue","files","presets","drying","timelapses","analytics","audit"];function Ye(p,m){let t=m?p?.devices?.[m]?.config_entries_subentries:void 0;for(let e of Object.values(t??{})){let i=e.find(a=>typeof a=="string");if(i)return i}return""}var Q=class extends T{constructor(){super(...arguments);this.narrow=!1;this._search=location.search;this._onLocation=()=>{this._search=location.search}}connectedCallback(){super.connectedCallback(),window.addEventListener("location-changed",this._onLocation),window.addEventListener("popstate",this._onLocation)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("location-changed",this._onLocation),window.removeEventListener("popstate",this._onLocation)}get _isAdmin(){return!!this.hass?.user?.is_admin}get _page(){let t=(this.route?.path??"").split("/").filter(Boolean)[0];return t&&Me.includes(t)?t:"fleet"}get _base(){return this.route?.prefix??`/${this.panel?.url_path??"odin"}`}_go(t,e){e.preventDefault(),N(`${this._base}/${t}`)}render(){let t=h(this.hass),e=this._page,i=new URLSearchParams(this._search),a=i.get("printer")??Ye(this.hass,i.get("device")),r=Me.filter(n=>n!=="audit"||this._isAdmin);return s`
      <header class="toolbar">
        <div class="top">
          ${this.narrow?s`<button class="icon-btn" data-action="menu" aria-label=${t("panel.menu")} @click=${()=>pt(this,"hass-toggle-menu")}>
                ${f("menu")}
              </button>`:d}
          <h1>${this.panel?.title&&this.panel.title!=="Print farm"?this.panel.title:t("panel.title")}</h1>
        </div>
        <nav class="tabs" role="tablist">
          ${r.map(n=>s`<a
              role="tab"
              href="${this._base}/${n}"
              aria-selected=${n===e?"true":"false"}
              aria-label=${t(`panel.tabs.${n}`)}
              data-tab=${n}
              @click=${o=>this._go(n,o)}
              >${this.narrow?s`${f(n)}<span class="short">${t(`panel.tabs_short.${n}`)}</span>`:t(`panel.tabs.${n}`)}</a
            >`)}
        </nav>
      </header>
      <main>${this._renderPage(e,a,i)}</main>
    `}_renderPage(t,e,i){let a=h(this.hass);switch(t){case"fleet":return s`<odin-fleet-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .selected=${e}
          .base=${this._base}
        ></odin-fleet-page>`;case"queue":return s`<odin-queue-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-queue-page>`;case"files":return s`<odin-files-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-files-page>`;case"presets":return s`<odin-presets-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-presets-page>`;case"drying":return s`<odin-drying-page .hass=${this.hass} .narrow=${this.narrow}></odin-drying-page>`;case"timelapses":return s`<odin-timelapses-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${e}
          .runId=${Number(i.get("run"))||0}
        ></odin-timelapses-page>`;case"analytics":return s`<odin-analytics-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${e}
          .base=${this._base}
        ></odin-analytics-page>`;default:return this._isAdmin?s`<odin-audit-page .hass=${this.hass} .narrow=${this.narrow}></odin-audit-page>`:s`<div class="card center" data-denied="audit">${a("audit.admin_only")}</div>`}}};Q.styles=[w,v`
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
    `],l([_({attribute:!1})],Q.prototype,"hass",2),l([_({type:Boolean,reflect:!0})],Q.prototype,"narrow",2),l([_({attribute:!1})],Q.prototype,"route",2),l([_({attribute:!1})],Q.prototype,"panel",2),l([c()],Q.prototype,"_search",2);x("odin-panel",Q);export{Q as OdinPanel};
/*! Bundled license information:

lit-html/directives/if-defined.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
