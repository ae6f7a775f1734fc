import{Aa as se,B as q,Ba as ae,C as z,Ca as T,D as E,Da as ne,Ea as oe,Fa as D,Ga as de,H as I,Ha as le,Ia as V,Ja as ce,K as L,N as Z,a as h,b as r,d as l,e as u,f,g as o,i as m,j as K,k as S,l as d,m as _,ma as O,o as H,p as B,q as Q,r as W,s as X,ta as ee,ua as N,v as g,va as te,w as Y,wa as ie,x as M,xa as R,y as F,ya as re}from"./odin-chunk-HVA2W5NC.js";import{a}from"./odin-chunk-W5BWG7AT.js";var w=h`
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
`;var pe=60*1e3,b=class extends u{constructor(){super(...arguments);this._denied=!1;this._loadedFor=""}static getConfigElement(){return document.createElement("odin-audit-log-card-editor")}static getStubConfig(){return{limit:10}}setConfig(e){if(!e||typeof e!="object")throw new Error("Invalid configuration");if(e.limit!==void 0&&(!Number.isInteger(e.limit)||e.limit<1||e.limit>100))throw new Error("limit must be a whole number from 1 to 100");this._config=e}getCardSize(){return 2+Math.ceil((this._config?.limit??10)*.8)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:3}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._load()},pe)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(e){let t=JSON.stringify(this._config??{});this.hass&&this._config&&t!==this._loadedFor&&(this._loadedFor=t,this._load())}async _load(){if(!(!this.hass||!this._config)){if(!this.hass.user?.is_admin){this._denied=!0;return}try{let e=await X(this.hass,{},null,this._config.limit??10);this._items=e.items,this._error=void 0}catch(e){Y(e)?this._denied=!0:this._error=g(e)}}}render(){if(!this._config)return l;let e=d(this.hass),t=this._config.title??e("card.audit_log"),s=e("audit.system");return r`<ha-card>
      ${t?r`<div class="card-header">
            <span>${t}</span>
            ${this._denied?l:r`<a
                  href="/odin/audit"
                  @click=${i=>{i.preventDefault(),S("/odin/audit")}}
                  >${e("card.open_panel")} ›</a
                >`}
          </div>`:l}
      <div class="content ${t?"":"no-header"}" data-card="audit-log">
        ${this._denied?r`<div class="muted" data-denied="audit">${e("audit.admin_only")}</div>`:this._error?r`<div class="error-text">${e("panel.error",{error:this._error})}</div>`:this._items?this._items.length===0?r`<div class="muted center">${e("audit.empty")}</div>`:r`<ul class="list">
                    ${this._items.map(i=>r`<li data-audit-id=${i.id}>
                        <div class="row">
                          <strong class="ellipsis" data-col="action">${D(e,"actions",i.action)}</strong>
                          <span class="badge" style="--badge-color:${ce(i.result)}">${D(e,"results",i.result)}</span>
                        </div>
                        <div class="row muted small">
                          <span class="ellipsis">${de(i,s)} · ${le(i)}</span>
                          <span class="nowrap">${E(this.hass,i.ts)}</span>
                        </div>
                        ${V(i)?r`<div class="muted small details">${V(i)}</div>`:l}
                      </li>`)}
                  </ul>`:r`<div class="muted center">${e("panel.loading")}</div>`}
      </div>
    </ha-card>`}};b.styles=[_,w,h`
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
    `],a([f({attribute:!1})],b.prototype,"hass",2),a([o()],b.prototype,"_config",2),a([o()],b.prototype,"_items",2),a([o()],b.prototype,"_error",2),a([o()],b.prototype,"_denied",2);m("odin-audit-log-card",b);var P=["printer","reasons","trend","model","material"],he=300*1e3,x=class extends u{constructor(){super(...arguments);this._loadedFor=""}static getConfigElement(){return document.createElement("odin-failure-analytics-card-editor")}static getStubConfig(){return{days:30,chart:"printer"}}setConfig(e){if(!e||typeof e!="object")throw new Error("Invalid configuration");if(e.days!==void 0&&(!Number.isInteger(e.days)||e.days<1||e.days>366))throw new Error("days must be a whole number from 1 to 366");if(e.chart!==void 0&&!P.includes(e.chart))throw new Error(`chart must be one of: ${P.join(", ")}`);this._config=e}getCardSize(){return 7}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:4}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._load()},he)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(e){let t=JSON.stringify(this._config??{});this.hass&&this._config&&t!==this._loadedFor&&(this._loadedFor=t,this._load())}async _load(){if(!this.hass||!this._config)return;let e=this._config.days??30,t=new Date;t.setHours(0,0,0,0);try{this._data=await Q(this.hass,{start:I(L(t,-(e-1))),end:I(L(t,1)),bucket:e>60?"week":"day",printer_id:this._config.printer_id||void 0,tag:this._config.tag||void 0}),this._error=void 0}catch(s){this._error=g(s)}}_chart(){let e=d(this.hass),t=this._data,s=this.hass?.themes?.darkMode;switch(this._config?.chart??"printer"){case"reasons":return ne(this.hass,e,"reasons",e("analytics.reasons"),re(e,t.reasons),e("analytics.reason"),{theme:s});case"trend":return oe(this.hass,e,t,{theme:s,height:180});case"model":return T(this.hass,e,"by_model",e("analytics.by_model"),R(e,t.by_model,i=>i.model),{theme:s});case"material":return T(this.hass,e,"by_material",e("analytics.by_material"),R(e,t.by_material,i=>i.material),{theme:s});default:return T(this.hass,e,"by_printer",e("analytics.by_printer"),ie(t.by_printer),{theme:s,showMtbf:!0})}}render(){if(!this._config)return l;let e=d(this.hass),t=this._config.title??e("card.failure_analytics");return r`<ha-card>
      ${t?r`<div class="card-header">${t}</div>`:l}
      <div class="content ${t?"":"no-header"}" data-card="failure-analytics">
        ${this._error?r`<div class="error-text">${e("panel.error",{error:this._error})}</div>`:this._data?r`<div class="muted small window" data-window>${ae(this.hass,e,this._data)}</div>
                ${se(this.hass,e,this._data)}
                <div class="inner">${this._chart()}</div>`:r`<div class="muted center">${e("panel.loading")}</div>`}
      </div>
    </ha-card>`}};x.styles=[_,w,h``],a([f({attribute:!1})],x.prototype,"hass",2),a([o()],x.prototype,"_config",2),a([o()],x.prototype,"_data",2),a([o()],x.prototype,"_error",2);m("odin-failure-analytics-card",x);var v=class extends u{constructor(){super(...arguments);this._printers=[];this._fetched=!1}setConfig(e){this._config=e}updated(e){this.hass&&!this._fetched&&(this._fetched=!0,H(this.hass).then(t=>this._printers=t.sort((s,i)=>s.name.localeCompare(i.name))).catch(()=>{}))}_printerOptions(){return this._printers.map(e=>({value:e.printer_id,label:e.name}))}_changed(e,t,s){if(!this._config)return;let i={...this._config};t===""||s==="boolean"&&t==="false"?delete i[e]:i[e]=s==="number"?Number(t):s==="boolean"?!0:t,this._config=i,K(this,"config-changed",{config:i})}render(){if(!this._config)return r``;let e=d(this.hass);return r`<div class="form">
      ${this._fields().map(t=>{let s=this._config?.[t.name];return t.kind==="boolean"?r`<label class="field check">
            <input
              name=${t.name}
              type="checkbox"
              .checked=${s===!0}
              @change=${i=>this._changed(t.name,String(i.target.checked),"boolean")}
            />
            ${t.label}
          </label>`:t.kind==="select"?r`<label class="field"
            >${t.label}
            <select name=${t.name} @change=${i=>this._changed(t.name,i.target.value,"select")}>
              ${t.optional?r`<option value="" ?selected=${!s}>${e("analytics.any")}</option>`:""}
              ${t.options.map(i=>r`<option value=${i.value} ?selected=${i.value===s}>${i.label}</option>`)}
            </select>
          </label>`:r`<label class="field"
          >${t.label}
          <input
            name=${t.name}
            type=${t.kind}
            .value=${s===void 0?"":String(s)}
            min=${t.kind==="number"?t.min:""}
            max=${t.kind==="number"?t.max:""}
            placeholder=${t.kind==="number"&&t.placeholder!==void 0?String(t.placeholder):""}
            @change=${i=>this._changed(t.name,i.target.value,t.kind)}
        /></label>`})}
    </div>`}};v.styles=[_,h`
      .form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 12px;
      }
      .field.check {
        flex-direction: row;
        align-items: center;
        gap: 8px;
      }
    `],a([f({attribute:!1})],v.prototype,"hass",2),a([o()],v.prototype,"_config",2),a([o()],v.prototype,"_printers",2);var J=class extends v{_fields(){let n=d(this.hass),e=[...new Set(this._printers.flatMap(t=>t.tags))].sort();return[{name:"title",kind:"text",label:n("card.title")},{name:"days",kind:"number",label:n("card.days"),min:1,max:366,placeholder:30},{name:"chart",kind:"select",label:n("card.chart"),options:P.map(t=>({value:t,label:n(`card.chart_${t}`)}))},{name:"printer_id",kind:"select",label:n("card.printer"),options:this._printerOptions(),optional:!0},{name:"tag",kind:"select",label:n("analytics.tag"),options:e.map(t=>({value:t,label:t})),optional:!0}]}},U=class extends v{_fields(){let n=d(this.hass);return[{name:"title",kind:"text",label:n("card.title")},{name:"limit",kind:"number",label:n("card.limit"),min:1,max:100,placeholder:10}]}},G=class extends v{_fields(){let n=d(this.hass);return[{name:"printer_id",kind:"select",label:n("card.printer"),options:this._printerOptions()},{name:"title",kind:"text",label:n("card.title")},{name:"runs",kind:"number",label:n("card.limit"),min:0,max:50,placeholder:5},{name:"days",kind:"number",label:n("card.days"),min:1,max:366,placeholder:30}]}},j=class extends v{_fields(){let n=d(this.hass);return[{name:"title",kind:"text",label:n("card.title")},{name:"limit",kind:"number",label:n("card.limit"),min:1,max:50,placeholder:5},{name:"show_finished",kind:"boolean",label:n("card.show_finished")}]}};m("odin-failure-analytics-card-editor",J);m("odin-audit-log-card-editor",U);m("odin-printer-card-editor",G);m("odin-queue-card-editor",j);var ue=300*1e3,y=class extends M(u){constructor(){super(...arguments);this._loadedFor=""}static getConfigElement(){return document.createElement("odin-printer-card-editor")}static async getStubConfig(e){let t="";try{t=(await H(e))[0]?.printer_id??""}catch{}return{printer_id:t,runs:5}}setConfig(e){if(!e||typeof e!="object")throw new Error("Invalid configuration");if(typeof e.printer_id!="string")throw new Error("printer_id is required");if(e.runs!==void 0&&(!Number.isInteger(e.runs)||e.runs<0||e.runs>50))throw new Error("runs must be a whole number from 0 to 50");this._config?.printer_id!==e.printer_id&&(this._printer=void 0,this._accuracy=void 0),this._config=e}getCardSize(){return 4+Math.ceil((this._config?.runs??5)/2)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:3}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{this._loadAccuracy()},ue)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}updated(e){let t=JSON.stringify(this._config??{});this.hass&&this._config?.printer_id&&t!==this._loadedFor&&(this._loadedFor=t,this._loadAccuracy())}hassSubscribe(){return this.hass?[B(this.hass,e=>{this._printer=e.find(t=>t.printer_id===this._config?.printer_id)??null})]:[]}subscriptionFailed(e){this._error=g(e)}async _loadAccuracy(){if(!this.hass||!this._config?.printer_id)return;let e=new Date;e.setHours(0,0,0,0);let t=this._config.days??30;try{this._accuracy=await W(this.hass,{start:I(L(e,-(t-1))),end:I(L(e,1)),printer_id:this._config.printer_id})}catch(s){this._error=g(s)}}_runs(){let e=d(this.hass),t=this._accuracy,s=this._config?.runs??5;if(!t||s===0)return l;let i=t.by_printer.find(c=>c.printer_id===this._config?.printer_id),C=t.runs.filter(c=>c.printer_id===this._config?.printer_id).slice(0,s);return r`<div class="acc" data-section="accuracy">
      <h3>${e("card.last_runs")}</h3>
      ${i?r`<div class="kpis">
            <div class="kpi" data-kpi="median_abs_error_pct" data-value=${i.median_abs_error_pct??""}>
              <div class="value">${q(this.hass,i.median_abs_error_pct)}</div>
              <div class="label">${e("analytics.median_abs_error")}</div>
            </div>
            <div class="kpi" data-kpi="bias_pct" data-value=${i.bias_pct??""}>
              <div class="value">${q(this.hass,i.bias_pct,!0)}</div>
              <div class="label">${e("analytics.bias")}</div>
            </div>
            <div class="kpi" data-kpi="n" data-value=${i.n}>
              <div class="value">${F(this.hass,i.n)}</div>
              <div class="label">${e("analytics.n")}</div>
            </div>
          </div>`:l}
      ${C.length===0?r`<div class="muted small">${e("analytics.no_data")}</div>`:r`<table>
            <thead>
              <tr>
                <th>${e("analytics.file")}</th>
                <th class="num">${e("analytics.estimate")}</th>
                <th class="num">${e("analytics.actual")}</th>
              </tr>
            </thead>
            <tbody>
              ${C.map(c=>r`<tr data-key=${String(c.run_id)}>
                  <td>
                    <div class="ellipsis file">${c.job_name||c.file_name||"–"}</div>
                    <div class="muted small">${E(this.hass,c.ended_at)}</div>
                  </td>
                  <td class="num">${z(c.estimate_s)}</td>
                  <td class="num">
                    ${z(c.actual_s)}
                    ${c.error_pct!==null?r`<div class="muted small">${q(this.hass,c.error_pct,!0)}</div>`:l}
                  </td>
                </tr>`)}
            </tbody>
          </table>`}
    </div>`}render(){if(!this._config)return l;let e=d(this.hass),t=this._printer,s=this._config.title??t?.name??e("card.printer_card"),i=`/odin/fleet?printer=${encodeURIComponent(this._config.printer_id)}`;return r`<ha-card>
      <div class="card-header">
        <span class="ellipsis">${s}</span>
        <a
          href=${i}
          @click=${C=>{C.preventDefault(),S(i)}}
          >${e("card.open_panel")} ›</a
        >
      </div>
      <div class="content" data-card="printer">
        ${this._config.printer_id?this._error?r`<div class="error-text">${e("panel.error",{error:this._error})}</div>`:t===void 0?r`<div class="muted center">${e("panel.loading")}</div>`:t===null?r`<div class="error-text">${e("card.printer_missing",{id:this._config.printer_id})}</div>`:r`<odin-printer-tile flat hide-name .hass=${this.hass} .printer=${t}></odin-printer-tile> ${this._runs()}`:r`<div class="muted">${e("card.choose_printer")}</div>`}
      </div>
    </ha-card>`}};y.styles=[_,w,h`
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
    `],a([f({attribute:!1})],y.prototype,"hass",2),a([o()],y.prototype,"_config",2),a([o()],y.prototype,"_printer",2),a([o()],y.prototype,"_accuracy",2),a([o()],y.prototype,"_error",2);m("odin-printer-card",y);var fe=30*1e3,$=class extends M(u){constructor(){super(...arguments);this._progress=new Map;this._loadedFor="";this._request=0;this._printerName=e=>this._data?.printers.find(t=>t.printer_id===e)?.name??e}static getConfigElement(){return document.createElement("odin-queue-card-editor")}static getStubConfig(){return{limit:5}}setConfig(e){if(!e||typeof e!="object")throw new Error("Invalid configuration");if(e.limit!==void 0&&(!Number.isInteger(e.limit)||e.limit<1||e.limit>50))throw new Error("limit must be a whole number from 1 to 50");if(e.show_finished!==void 0&&typeof e.show_finished!="boolean")throw new Error("show_finished must be true or false");this._config=e}getCardSize(){return 2+(this._config?.limit??5)}getGridOptions(){return{columns:12,rows:"auto",min_columns:6,min_rows:3}}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{document.hidden||this._load()},fe)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._loadedFor=""}hassSubscribe(){return this.hass?[O(this.hass,e=>{this._progress=new Map(this._progress).set(e.job_id,e),e.stage==="started"&&this._load()})]:[]}updated(e){super.updated(e);let t=JSON.stringify(this._config??{});this.hass&&this._config&&t!==this._loadedFor&&(this._loadedFor=t,this._load())}async _load(){if(!this.hass||!this._config)return;let e=++this._request;try{let t=await Z(this.hass,this._config.show_finished??!1);if(e!==this._request)return;this._data=t,this._error=void 0}catch(t){e===this._request&&(this._error=g(t))}}_line(e,t){if(N.has(t.status)){let s=t.printer_name??(t.printer_id?this._printerName(t.printer_id):"");return s?e("queue.on_printer",{printer:s}):e(`queue.status.${t.status}`)}return t.status==="queued"?t.decision?ee(e,t,t.decision,this._printerName):"":t.ended_at?e("queue.ended",{when:E(this.hass,t.ended_at)}):""}_job(e,t){let s=this._progress.get(t.job_id)??t.progress,i=s&&s.stage==="uploading"?Math.round(s.percent):null;return r`<li class="job" data-job-id=${t.job_id} data-status=${t.status}>
      <div class="row">
        <span class="ellipsis name">${t.name||t.file}</span>
        <span class="pill status status-${t.status}">${e(`queue.status.${t.status}`)}</span>
      </div>
      <div class="muted small ellipsis" data-field="line">${this._line(e,t)}</div>
      ${i!==null?r`<div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${i}>
            <div style="width:${i}%"></div>
          </div>`:l}
    </li>`}render(){if(!this._config)return l;let e=d(this.hass),t="/odin/queue",s=this._data,i=s?te(s.items,this._config.limit??5,this._config.show_finished??!1):[],C=s?.items.filter(k=>k.status==="queued").length??0,c=s?.items.filter(k=>N.has(k.status)).length??0;return r`<ha-card>
      <div class="card-header">
        <span class="ellipsis">${this._config.title??e("card.queue_card")}</span>
        <a
          href=${t}
          @click=${k=>{k.preventDefault(),S(t)}}
          >${e("card.open_panel")} ›</a
        >
      </div>
      <div class="content" data-card="queue" data-loaded=${s?"true":"false"}>
        ${this._error?r`<div class="error-text">${e("panel.error",{error:this._error})}</div>`:s?r`<div class="muted small summary" data-queued=${C} data-active=${c}>
                  ${e("queue.summary",{queued:F(this.hass,C),active:F(this.hass,c)})}
                </div>
                ${i.length===0?r`<div class="muted center" data-empty="queue">${e("card.queue_empty")}</div>`:r`<ul class="jobs">
                      ${i.map(k=>this._job(e,k))}
                    </ul>`}`:r`<div class="muted center">${e("panel.loading")}</div>`}
      </div>
    </ha-card>`}};$.styles=[_,w,h`
      .card-header {
        padding-bottom: 8px;
      }
      .summary {
        margin-bottom: 8px;
      }
      ul.jobs {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.job {
        padding: 8px 0;
        border-top: 1px solid var(--divider-color);
        min-width: 0;
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        min-width: 0;
      }
      .name {
        font-weight: 500;
        min-width: 0;
      }
      .pill.status {
        flex: none;
      }
      .status-printing,
      .status-assigned {
        color: var(--info-color, #039be5);
      }
      .progress {
        height: 4px;
        margin-top: 4px;
        border-radius: 2px;
        background: var(--divider-color);
        overflow: hidden;
      }
      .progress > div {
        height: 100%;
        background: var(--primary-color);
      }
    `],a([f({attribute:!1})],$.prototype,"hass",2),a([o()],$.prototype,"_config",2),a([o()],$.prototype,"_data",2),a([o()],$.prototype,"_error",2),a([o()],$.prototype,"_progress",2);m("odin-queue-card",$);var A=window;A.customCards=A.customCards??[];var me=d({language:navigator.language.split("-")[0]}),_e="https://github.com/odin-farm/odin-ha/blob/main/docs/frontend.md";for(let[p,n]of[["odin-failure-analytics-card","failure_analytics"],["odin-audit-log-card","audit_log"],["odin-printer-card","printer_card"],["odin-queue-card","queue_card"]])A.customCards.some(e=>e.type===p)||A.customCards.push({type:p,name:`O.D.I.N. ${me(`card.${n}`)}`,description:me(`card.${n}_desc`),preview:p!=="odin-audit-log-card",documentationURL:_e});console.info("%c O.D.I.N. cards 0.1.0 ","color:#fff;background:#03a9f4;border-radius:3px");
