import{$ as et,A as K,B as q,C as B,E as I,F as M,G as F,K as w,N as x,Q,R as P,S as W,U as X,V as Y,W as H,X as Z,Y as O,Z as R,_ as tt,a as p,aa as z,b as r,ba as it,d as l,e as v,f as g,g as o,i as h,j as V,k as S,l as d,m as y,r as E,s as j,t as U,u as G,v as J,z as $}from"./odin-chunk-X2VXKJRZ.js";import{a as n}from"./odin-chunk-W5BWG7AT.js";var C=p`
  :host {
    display: block;
  }
  ha-card {
    height: 100%;
    overflow: hidden;
  }
  .content {
    padding: 0 16px 16px;
  }
  .card-header {
    color: var(--ha-card-header-color, var(--primary-text-color));
    font-family: var(--ha-card-header-font-family, inherit);
    font-size: var(--ha-card-header-font-size, 24px);
    letter-spacing: -0.012em;
    line-height: 32px;
    padding: 24px 16px 16px;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .card-header a {
    font-size: 0.9rem;
    color: var(--primary-color);
    text-decoration: none;
    min-height: 44px;
    min-width: 44px;
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
  }
  .content.no-header {
    padding-top: 16px;
  }
  .window {
    margin-bottom: 8px;
  }
  .inner {
    margin-top: 12px;
  }
  .inner .card {
    border: none;
    padding: 0;
    background: none;
    box-shadow: none;
    border-radius: 0;
  }
  .inner h2 {
    font-size: 1rem;
    color: var(--secondary-text-color);
  }
`;var at=60*1e3,u=class extends v{constructor(){super(...arguments);this._denied=!1;this._loadedFor=""}static getConfigElement(){return document.createElement("odin-audit-log-card-editor")}static getStubConfig(){return{limit:10}}setConfig(t){if(!t||typeof t!="object")throw new Error("Invalid configuration");if(t.limit!==void 0&&(!Number.isInteger(t.limit)||t.limit<1||t.limit>100))throw new Error("limit must be a whole number from 1 to 100");this._config=t}getCardSize(){return 2+Math.ceil((this._config?.limit??10)*.8)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:3}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._load()},at)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(t){let e=JSON.stringify(this._config??{});this.hass&&this._config&&e!==this._loadedFor&&(this._loadedFor=e,this._load())}async _load(){if(!(!this.hass||!this._config)){if(!this.hass.user?.is_admin){this._denied=!0;return}try{let t=await J(this.hass,{},null,this._config.limit??10);this._items=t.items,this._error=void 0}catch(t){K(t)?this._denied=!0:this._error=$(t)}}}render(){if(!this._config)return l;let t=d(this.hass),e=this._config.title??t("card.audit_log"),a=t("audit.system");return r`<ha-card>
      ${e?r`<div class="card-header">
            <span>${e}</span>
            ${this._denied?l:r`<a
                  href="/odin/audit"
                  @click=${i=>{i.preventDefault(),S("/odin/audit")}}
                  >${t("card.open_panel")} ›</a
                >`}
          </div>`:l}
      <div class="content ${e?"":"no-header"}" data-card="audit-log">
        ${this._denied?r`<div class="muted" data-denied="audit">${t("audit.admin_only")}</div>`:this._error?r`<div class="error-text">${t("panel.error",{error:this._error})}</div>`:this._items?this._items.length===0?r`<div class="muted center">${t("audit.empty")}</div>`:r`<ul class="list">
                    ${this._items.map(i=>r`<li data-audit-id=${i.id}>
                        <div class="row">
                          <strong class="ellipsis" data-col="action">${R(t,"actions",i.action)}</strong>
                          <span class="badge" style="--badge-color:${it(i.result)}">${R(t,"results",i.result)}</span>
                        </div>
                        <div class="row muted small">
                          <span class="ellipsis">${tt(i,a)} · ${et(i)}</span>
                          <span class="nowrap">${F(this.hass,i.ts)}</span>
                        </div>
                        ${z(i)?r`<div class="muted small details">${z(i)}</div>`:l}
                      </li>`)}
                  </ul>`:r`<div class="muted center">${t("panel.loading")}</div>`}
      </div>
    </ha-card>`}};u.styles=[y,C,p`
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .list li {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-width: 0;
      }
      .list li:last-child {
        border-bottom: none;
      }
      .row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        min-width: 0;
      }
      .nowrap {
        white-space: nowrap;
      }
      .details {
        overflow-wrap: anywhere;
      }
    `],n([g({attribute:!1})],u.prototype,"hass",2),n([o()],u.prototype,"_config",2),n([o()],u.prototype,"_items",2),n([o()],u.prototype,"_error",2),n([o()],u.prototype,"_denied",2);h("odin-audit-log-card",u);var L=["printer","reasons","trend","model","material"],st=300*1e3,b=class extends v{constructor(){super(...arguments);this._loadedFor=""}static getConfigElement(){return document.createElement("odin-failure-analytics-card-editor")}static getStubConfig(){return{days:30,chart:"printer"}}setConfig(t){if(!t||typeof t!="object")throw new Error("Invalid configuration");if(t.days!==void 0&&(!Number.isInteger(t.days)||t.days<1||t.days>366))throw new Error("days must be a whole number from 1 to 366");if(t.chart!==void 0&&!L.includes(t.chart))throw new Error(`chart must be one of: ${L.join(", ")}`);this._config=t}getCardSize(){return 7}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._load()},st)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(t){let e=JSON.stringify(this._config??{});this.hass&&this._config&&e!==this._loadedFor&&(this._loadedFor=e,this._load())}async _load(){if(!this.hass||!this._config)return;let t=this._config.days??30,e=new Date;e.setHours(0,0,0,0);try{this._data=await U(this.hass,{start:w(x(e,-(t-1))),end:w(x(e,1)),bucket:t>60?"week":"day",printer_id:this._config.printer_id||void 0,tag:this._config.tag||void 0}),this._error=void 0}catch(a){this._error=$(a)}}_chart(){let t=d(this.hass),e=this._data,a=this.hass?.themes?.darkMode;switch(this._config?.chart??"printer"){case"reasons":return Z(this.hass,t,"reasons",t("analytics.reasons"),W(t,e.reasons),t("analytics.reason"),{theme:a});case"trend":return O(this.hass,t,e,{theme:a,height:180});case"model":return H(this.hass,t,"by_model",t("analytics.by_model"),P(t,e.by_model,i=>i.model),{theme:a});case"material":return H(this.hass,t,"by_material",t("analytics.by_material"),P(t,e.by_material,i=>i.material),{theme:a});default:return H(this.hass,t,"by_printer",t("analytics.by_printer"),Q(e.by_printer),{theme:a,showMtbf:!0})}}render(){if(!this._config)return l;let t=d(this.hass),e=this._config.title??t("card.failure_analytics");return r`<ha-card>
      ${e?r`<div class="card-header">${e}</div>`:l}
      <div class="content ${e?"":"no-header"}" data-card="failure-analytics">
        ${this._error?r`<div class="error-text">${t("panel.error",{error:this._error})}</div>`:this._data?r`<div class="muted small window" data-window>${Y(this.hass,t,this._data)}</div>
                ${X(this.hass,t,this._data)}
                <div class="inner">${this._chart()}</div>`:r`<div class="muted center">${t("panel.loading")}</div>`}
      </div>
    </ha-card>`}};b.styles=[y,C,p``],n([g({attribute:!1})],b.prototype,"hass",2),n([o()],b.prototype,"_config",2),n([o()],b.prototype,"_data",2),n([o()],b.prototype,"_error",2);h("odin-failure-analytics-card",b);var _=class extends v{constructor(){super(...arguments);this._printers=[];this._fetched=!1}setConfig(t){this._config=t}updated(t){this.hass&&!this._fetched&&(this._fetched=!0,E(this.hass).then(e=>this._printers=e.sort((a,i)=>a.name.localeCompare(i.name))).catch(()=>{}))}_printerOptions(){return this._printers.map(t=>({value:t.printer_id,label:t.name}))}_changed(t,e,a){if(!this._config)return;let i={...this._config};e===""?delete i[t]:i[t]=a==="number"?Number(e):e,this._config=i,V(this,"config-changed",{config:i})}render(){if(!this._config)return r``;let t=d(this.hass);return r`<div class="form">
      ${this._fields().map(e=>{let a=this._config?.[e.name];return e.kind==="select"?r`<label class="field"
            >${e.label}
            <select name=${e.name} @change=${i=>this._changed(e.name,i.target.value,"select")}>
              ${e.optional?r`<option value="" ?selected=${!a}>${t("analytics.any")}</option>`:""}
              ${e.options.map(i=>r`<option value=${i.value} ?selected=${i.value===a}>${i.label}</option>`)}
            </select>
          </label>`:r`<label class="field"
          >${e.label}
          <input
            name=${e.name}
            type=${e.kind}
            .value=${a===void 0?"":String(a)}
            min=${e.kind==="number"?e.min:""}
            max=${e.kind==="number"?e.max:""}
            placeholder=${e.kind==="number"&&e.placeholder!==void 0?String(e.placeholder):""}
            @change=${i=>this._changed(e.name,i.target.value,e.kind)}
        /></label>`})}
    </div>`}};_.styles=[y,p`
      .form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 12px;
      }
    `],n([g({attribute:!1})],_.prototype,"hass",2),n([o()],_.prototype,"_config",2),n([o()],_.prototype,"_printers",2);var D=class extends _{_fields(){let s=d(this.hass),t=[...new Set(this._printers.flatMap(e=>e.tags))].sort();return[{name:"title",kind:"text",label:s("card.title")},{name:"days",kind:"number",label:s("card.days"),min:1,max:366,placeholder:30},{name:"chart",kind:"select",label:s("card.chart"),options:L.map(e=>({value:e,label:s(`card.chart_${e}`)}))},{name:"printer_id",kind:"select",label:s("card.printer"),options:this._printerOptions(),optional:!0},{name:"tag",kind:"select",label:s("analytics.tag"),options:t.map(e=>({value:e,label:e})),optional:!0}]}},T=class extends _{_fields(){let s=d(this.hass);return[{name:"title",kind:"text",label:s("card.title")},{name:"limit",kind:"number",label:s("card.limit"),min:1,max:100,placeholder:10}]}},N=class extends _{_fields(){let s=d(this.hass);return[{name:"printer_id",kind:"select",label:s("card.printer"),options:this._printerOptions()},{name:"title",kind:"text",label:s("card.title")},{name:"runs",kind:"number",label:s("card.limit"),min:0,max:50,placeholder:5},{name:"days",kind:"number",label:s("card.days"),min:1,max:366,placeholder:30}]}};h("odin-failure-analytics-card-editor",D);h("odin-audit-log-card-editor",T);h("odin-printer-card-editor",N);var nt=300*1e3,f=class extends q(v){constructor(){super(...arguments);this._loadedFor=""}static getConfigElement(){return document.createElement("odin-printer-card-editor")}static async getStubConfig(t){let e="";try{e=(await E(t))[0]?.printer_id??""}catch{}return{printer_id:e,runs:5}}setConfig(t){if(!t||typeof t!="object")throw new Error("Invalid configuration");if(typeof t.printer_id!="string")throw new Error("printer_id is required");if(t.runs!==void 0&&(!Number.isInteger(t.runs)||t.runs<0||t.runs>50))throw new Error("runs must be a whole number from 0 to 50");this._config?.printer_id!==t.printer_id&&(this._printer=void 0,this._accuracy=void 0),this._config=t}getCardSize(){return 4+Math.ceil((this._config?.runs??5)/2)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:3}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._loadAccuracy()},nt)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(t){let e=JSON.stringify(this._config??{});this.hass&&this._config?.printer_id&&e!==this._loadedFor&&(this._loadedFor=e,this._loadAccuracy())}hassSubscribe(){return this.hass?[j(this.hass,t=>{this._printer=t.find(e=>e.printer_id===this._config?.printer_id)??null})]:[]}subscriptionFailed(t){this._error=$(t)}async _loadAccuracy(){if(!this.hass||!this._config?.printer_id)return;let t=new Date;t.setHours(0,0,0,0);let e=this._config.days??30;try{this._accuracy=await G(this.hass,{start:w(x(t,-(e-1))),end:w(x(t,1)),printer_id:this._config.printer_id})}catch(a){this._error=$(a)}}_runs(){let t=d(this.hass),e=this._accuracy,a=this._config?.runs??5;if(!e||a===0)return l;let i=e.by_printer.find(c=>c.printer_id===this._config?.printer_id),k=e.runs.filter(c=>c.printer_id===this._config?.printer_id).slice(0,a);return r`<div class="acc" data-section="accuracy">
      <h3>${t("card.last_runs")}</h3>
      ${i?r`<div class="kpis">
            <div class="kpi" data-kpi="median_abs_error_pct" data-value=${i.median_abs_error_pct??""}>
              <div class="value">${I(this.hass,i.median_abs_error_pct)}</div>
              <div class="label">${t("analytics.median_abs_error")}</div>
            </div>
            <div class="kpi" data-kpi="bias_pct" data-value=${i.bias_pct??""}>
              <div class="value">${I(this.hass,i.bias_pct,!0)}</div>
              <div class="label">${t("analytics.bias")}</div>
            </div>
            <div class="kpi" data-kpi="n" data-value=${i.n}>
              <div class="value">${B(this.hass,i.n)}</div>
              <div class="label">${t("analytics.n")}</div>
            </div>
          </div>`:l}
      ${k.length===0?r`<div class="muted small">${t("analytics.no_data")}</div>`:r`<table>
            <thead>
              <tr>
                <th>${t("analytics.file")}</th>
                <th class="num">${t("analytics.estimate")}</th>
                <th class="num">${t("analytics.actual")}</th>
              </tr>
            </thead>
            <tbody>
              ${k.map(c=>r`<tr data-key=${String(c.run_id)}>
                  <td>
                    <div class="ellipsis file">${c.job_name||c.file_name||"–"}</div>
                    <div class="muted small">${F(this.hass,c.ended_at)}</div>
                  </td>
                  <td class="num">${M(c.estimate_s)}</td>
                  <td class="num">
                    ${M(c.actual_s)}
                    ${c.error_pct!==null?r`<div class="muted small">${I(this.hass,c.error_pct,!0)}</div>`:l}
                  </td>
                </tr>`)}
            </tbody>
          </table>`}
    </div>`}render(){if(!this._config)return l;let t=d(this.hass),e=this._printer,a=this._config.title??e?.name??t("card.printer_card"),i=`/odin/fleet?printer=${encodeURIComponent(this._config.printer_id)}`;return r`<ha-card>
      <div class="card-header">
        <span class="ellipsis">${a}</span>
        <a
          href=${i}
          @click=${k=>{k.preventDefault(),S(i)}}
          >${t("card.open_panel")} ›</a
        >
      </div>
      <div class="content" data-card="printer">
        ${this._config.printer_id?this._error?r`<div class="error-text">${t("panel.error",{error:this._error})}</div>`:e===void 0?r`<div class="muted center">${t("panel.loading")}</div>`:e===null?r`<div class="error-text">${t("card.printer_missing",{id:this._config.printer_id})}</div>`:r`<odin-printer-tile flat hide-name .hass=${this.hass} .printer=${e}></odin-printer-tile> ${this._runs()}`:r`<div class="muted">${t("card.choose_printer")}</div>`}
      </div>
    </ha-card>`}};f.styles=[y,C,p`
      .card-header {
        padding-bottom: 8px;
      }
      .acc {
        margin-top: 16px;
        border-top: 1px solid var(--divider-color);
        padding-top: 12px;
      }
      .acc h3 {
        font-size: 0.95rem;
        color: var(--secondary-text-color);
      }
      .kpis {
        grid-template-columns: repeat(3, 1fr);
        margin-bottom: 8px;
      }
      .kpi .value {
        font-size: 1.15rem;
      }
      td:first-child {
        max-width: 0;
        width: 60%;
      }
      .file {
        max-width: 100%;
      }
    `],n([g({attribute:!1})],f.prototype,"hass",2),n([o()],f.prototype,"_config",2),n([o()],f.prototype,"_printer",2),n([o()],f.prototype,"_accuracy",2),n([o()],f.prototype,"_error",2);h("odin-printer-card",f);var A=window;A.customCards=A.customCards??[];var rt=d({language:navigator.language.split("-")[0]}),ot="https://github.com/odin-farm/odin-ha/blob/main/docs/frontend.md";for(let[m,s]of[["odin-failure-analytics-card","failure_analytics"],["odin-audit-log-card","audit_log"],["odin-printer-card","printer_card"]])A.customCards.some(t=>t.type===m)||A.customCards.push({type:m,name:`O.D.I.N. ${rt(`card.${s}`)}`,description:rt(`card.${s}_desc`),preview:m!=="odin-audit-log-card",documentationURL:ot});console.info("%c O.D.I.N. cards 0.1.0 ","color:#fff;background:#03a9f4;border-radius:3px");
