import{a as b}from"./odin-chunk-W5BWG7AT.js";var J=globalThis,Q=J.ShadowRoot&&(J.ShadyCSS===void 0||J.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ue=Symbol(),De=new WeakMap,R=class{constructor(e,n,r){if(this._$cssResult$=!0,r!==ue)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=n}get styleSheet(){let e=this.o,n=this.t;if(Q&&e===void 0){let r=n!==void 0&&n.length===1;r&&(e=De.get(n)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),r&&De.set(n,e))}return e}toString(){return this.cssText}},ze=t=>new R(typeof t=="string"?t:t+"",void 0,ue),S=(t,...e)=>{let n=t.length===1?t[0]:e.reduce((r,i,o)=>r+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[o+1],t[0]);return new R(n,t,ue)},Se=(t,e)=>{if(Q)t.adoptedStyleSheets=e.map(n=>n instanceof CSSStyleSheet?n:n.styleSheet);else for(let n of e){let r=document.createElement("style"),i=J.litNonce;i!==void 0&&r.setAttribute("nonce",i),r.textContent=n.cssText,t.appendChild(r)}},pe=Q?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let n="";for(let r of e.cssRules)n+=r.cssText;return ze(n)})(t):t;var{is:it,defineProperty:at,getOwnPropertyDescriptor:ot,getOwnPropertyNames:st,getOwnPropertySymbols:lt,getPrototypeOf:dt}=Object,X=globalThis,Te=X.trustedTypes,ct=Te?Te.emptyScript:"",ut=X.reactiveElementPolyfillSupport,H=(t,e)=>t,L={toAttribute(t,e){switch(e){case Boolean:t=t?ct:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let n=t;switch(e){case Boolean:n=t!==null;break;case Number:n=t===null?null:Number(t);break;case Object:case Array:try{n=JSON.parse(t)}catch{n=null}}return n}},Y=(t,e)=>!it(t,e),Pe={attribute:!0,type:String,converter:L,reflect:!1,useDefault:!1,hasChanged:Y};Symbol.metadata??=Symbol("metadata"),X.litPropertyMetadata??=new WeakMap;var $=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,n=Pe){if(n.state&&(n.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((n=Object.create(n)).wrapped=!0),this.elementProperties.set(e,n),!n.noAccessor){let r=Symbol(),i=this.getPropertyDescriptor(e,r,n);i!==void 0&&at(this.prototype,e,i)}}static getPropertyDescriptor(e,n,r){let{get:i,set:o}=ot(this.prototype,e)??{get(){return this[n]},set(s){this[n]=s}};return{get:i,set(s){let l=i?.call(this);o?.call(this,s),this.requestUpdate(e,l,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??Pe}static _$Ei(){if(this.hasOwnProperty(H("elementProperties")))return;let e=dt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(H("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(H("properties"))){let n=this.properties,r=[...st(n),...lt(n)];for(let i of r)this.createProperty(i,n[i])}let e=this[Symbol.metadata];if(e!==null){let n=litPropertyMetadata.get(e);if(n!==void 0)for(let[r,i]of n)this.elementProperties.set(r,i)}this._$Eh=new Map;for(let[n,r]of this.elementProperties){let i=this._$Eu(n,r);i!==void 0&&this._$Eh.set(i,n)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let n=[];if(Array.isArray(e)){let r=new Set(e.flat(1/0).reverse());for(let i of r)n.unshift(pe(i))}else e!==void 0&&n.push(pe(e));return n}static _$Eu(e,n){let r=n.attribute;return r===!1?void 0:typeof r=="string"?r:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,n=this.constructor.elementProperties;for(let r of n.keys())this.hasOwnProperty(r)&&(e.set(r,this[r]),delete this[r]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Se(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,n,r){this._$AK(e,r)}_$ET(e,n){let r=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,r);if(i!==void 0&&r.reflect===!0){let o=(r.converter?.toAttribute!==void 0?r.converter:L).toAttribute(n,r.type);this._$Em=e,o==null?this.removeAttribute(i):this.setAttribute(i,o),this._$Em=null}}_$AK(e,n){let r=this.constructor,i=r._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let o=r.getPropertyOptions(i),s=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:L;this._$Em=i;let l=s.fromAttribute(n,o.type);this[i]=l??this._$Ej?.get(i)??l,this._$Em=null}}requestUpdate(e,n,r,i=!1,o){if(e!==void 0){let s=this.constructor;if(i===!1&&(o=this[e]),r??=s.getPropertyOptions(e),!((r.hasChanged??Y)(o,n)||r.useDefault&&r.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(s._$Eu(e,r))))return;this.C(e,n,r)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,n,{useDefault:r,reflect:i,wrapped:o},s){r&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,s??n??this[e]),o!==!0||s!==void 0)||(this._$AL.has(e)||(this.hasUpdated||r||(n=void 0),this._$AL.set(e,n)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(n){Promise.reject(n)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,o]of this._$Ep)this[i]=o;this._$Ep=void 0}let r=this.constructor.elementProperties;if(r.size>0)for(let[i,o]of r){let{wrapped:s}=o,l=this[i];s!==!0||this._$AL.has(i)||l===void 0||this.C(i,void 0,o,l)}}let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),this._$EO?.forEach(r=>r.hostUpdate?.()),this.update(n)):this._$EM()}catch(r){throw e=!1,this._$EM(),r}e&&this._$AE(n)}willUpdate(e){}_$AE(e){this._$EO?.forEach(n=>n.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(n=>this._$ET(n,this[n])),this._$EM()}updated(e){}firstUpdated(e){}};$.elementStyles=[],$.shadowRootOptions={mode:"open"},$[H("elementProperties")]=new Map,$[H("finalized")]=new Map,ut?.({ReactiveElement:$}),(X.reactiveElementVersions??=[]).push("2.1.2");var ye=globalThis,Ee=t=>t,ee=ye.trustedTypes,je=ee?ee.createPolicy("lit-html",{createHTML:t=>t}):void 0,Re="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,He="?"+T,pt=`<${He}>`,N=document,q=()=>N.createComment(""),W=t=>t===null||typeof t!="object"&&typeof t!="function",ve=Array.isArray,mt=t=>ve(t)||typeof t?.[Symbol.iterator]=="function",me=`[ 	
\f\r]`,U=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ne=/-->/g,Ce=/>/g,E=RegExp(`>|${me}(?:([^\\s"'>=/]+)(${me}*=${me}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Fe=/'/g,Me=/"/g,Le=/^(?:script|style|textarea|title)$/i,ke=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),c=ke(1),Lt=ke(2),Ut=ke(3),C=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),Oe=new WeakMap,j=N.createTreeWalker(N,129);function Ue(t,e){if(!ve(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return je!==void 0?je.createHTML(e):e}var ht=(t,e)=>{let n=t.length-1,r=[],i,o=e===2?"<svg>":e===3?"<math>":"",s=U;for(let l=0;l<n;l++){let a=t[l],p,m,h=-1,A=0;for(;A<a.length&&(s.lastIndex=A,m=s.exec(a),m!==null);)A=s.lastIndex,s===U?m[1]==="!--"?s=Ne:m[1]!==void 0?s=Ce:m[2]!==void 0?(Le.test(m[2])&&(i=RegExp("</"+m[2],"g")),s=E):m[3]!==void 0&&(s=E):s===E?m[0]===">"?(s=i??U,h=-1):m[1]===void 0?h=-2:(h=s.lastIndex-m[2].length,p=m[1],s=m[3]===void 0?E:m[3]==='"'?Me:Fe):s===Me||s===Fe?s=E:s===Ne||s===Ce?s=U:(s=E,i=void 0);let z=s===E&&t[l+1].startsWith("/>")?" ":"";o+=s===U?a+pt:h>=0?(r.push(p),a.slice(0,h)+Re+a.slice(h)+T+z):a+T+(h===-2?l:z)}return[Ue(t,o+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),r]},B=class t{constructor({strings:e,_$litType$:n},r){let i;this.parts=[];let o=0,s=0,l=e.length-1,a=this.parts,[p,m]=ht(e,n);if(this.el=t.createElement(p,r),j.currentNode=this.el.content,n===2||n===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(i=j.nextNode())!==null&&a.length<l;){if(i.nodeType===1){if(i.hasAttributes())for(let h of i.getAttributeNames())if(h.endsWith(Re)){let A=m[s++],z=i.getAttribute(h).split(T),K=/([.?@])?(.*)/.exec(A);a.push({type:1,index:o,name:K[2],strings:z,ctor:K[1]==="."?ge:K[1]==="?"?fe:K[1]==="@"?_e:O}),i.removeAttribute(h)}else h.startsWith(T)&&(a.push({type:6,index:o}),i.removeAttribute(h));if(Le.test(i.tagName)){let h=i.textContent.split(T),A=h.length-1;if(A>0){i.textContent=ee?ee.emptyScript:"";for(let z=0;z<A;z++)i.append(h[z],q()),j.nextNode(),a.push({type:2,index:++o});i.append(h[A],q())}}}else if(i.nodeType===8)if(i.data===He)a.push({type:2,index:o});else{let h=-1;for(;(h=i.data.indexOf(T,h+1))!==-1;)a.push({type:7,index:o}),h+=T.length-1}o++}}static createElement(e,n){let r=N.createElement("template");return r.innerHTML=e,r}};function M(t,e,n=t,r){if(e===C)return e;let i=r!==void 0?n._$Co?.[r]:n._$Cl,o=W(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),o===void 0?i=void 0:(i=new o(t),i._$AT(t,n,r)),r!==void 0?(n._$Co??=[])[r]=i:n._$Cl=i),i!==void 0&&(e=M(t,i._$AS(t,e.values),i,r)),e}var he=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:r}=this._$AD,i=(e?.creationScope??N).importNode(n,!0);j.currentNode=i;let o=j.nextNode(),s=0,l=0,a=r[0];for(;a!==void 0;){if(s===a.index){let p;a.type===2?p=new V(o,o.nextSibling,this,e):a.type===1?p=new a.ctor(o,a.name,a.strings,this,e):a.type===6&&(p=new be(o,this,e)),this._$AV.push(p),a=r[++l]}s!==a?.index&&(o=j.nextNode(),s++)}return j.currentNode=N,i}p(e){let n=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(e,r,n),n+=r.strings.length-2):r._$AI(e[n])),n++}},V=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,r,i){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=r,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=M(this,e,n),W(e)?e===d||e==null||e===""?(this._$AH!==d&&this._$AR(),this._$AH=d):e!==this._$AH&&e!==C&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):mt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==d&&W(this._$AH)?this._$AA.nextSibling.data=e:this.T(N.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:r}=e,i=typeof r=="number"?this._$AC(e):(r.el===void 0&&(r.el=B.createElement(Ue(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===i)this._$AH.p(n);else{let o=new he(i,this),s=o.u(this.options);o.p(n),this.T(s),this._$AH=o}}_$AC(e){let n=Oe.get(e.strings);return n===void 0&&Oe.set(e.strings,n=new B(e)),n}k(e){ve(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let o of e)i===n.length?n.push(r=new t(this.O(q()),this.O(q()),this,this.options)):r=n[i],r._$AI(o),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let r=Ee(e).nextSibling;Ee(e).remove(),e=r}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},O=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,r,i,o){this.type=1,this._$AH=d,this._$AN=void 0,this.element=e,this.name=n,this._$AM=i,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=d}_$AI(e,n=this,r,i){let o=this.strings,s=!1;if(o===void 0)e=M(this,e,n,0),s=!W(e)||e!==this._$AH&&e!==C,s&&(this._$AH=e);else{let l=e,a,p;for(e=o[0],a=0;a<o.length-1;a++)p=M(this,l[r+a],n,a),p===C&&(p=this._$AH[a]),s||=!W(p)||p!==this._$AH[a],p===d?e=d:e!==d&&(e+=(p??"")+o[a+1]),this._$AH[a]=p}s&&!i&&this.j(e)}j(e){e===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},ge=class extends O{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===d?void 0:e}},fe=class extends O{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==d)}},_e=class extends O{constructor(e,n,r,i,o){super(e,n,r,i,o),this.type=5}_$AI(e,n=this){if((e=M(this,e,n,0)??d)===C)return;let r=this._$AH,i=e===d&&r!==d||e.capture!==r.capture||e.once!==r.once||e.passive!==r.passive,o=e!==d&&(r===d||i);i&&this.element.removeEventListener(this.name,this,r),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},be=class{constructor(e,n,r){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(e){M(this,e)}};var gt=ye.litHtmlPolyfillSupport;gt?.(B,V),(ye.litHtmlVersions??=[]).push("3.3.3");var qe=(t,e,n)=>{let r=n?.renderBefore??e,i=r._$litPart$;if(i===void 0){let o=n?.renderBefore??null;r._$litPart$=i=new V(e.insertBefore(q(),o),o,void 0,n??{})}return i._$AI(t),i};var xe=globalThis,w=class extends ${constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let n=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=qe(n,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return C}};w._$litElement$=!0,w.finalized=!0,xe.litElementHydrateSupport?.({LitElement:w});var ft=xe.litElementPolyfillSupport;ft?.({LitElement:w});(xe.litElementVersions??=[]).push("4.2.2");var _t={attribute:!0,type:String,converter:L,reflect:!1,hasChanged:Y},bt=(t=_t,e,n)=>{let{kind:r,metadata:i}=n,o=globalThis.litPropertyMetadata.get(i);if(o===void 0&&globalThis.litPropertyMetadata.set(i,o=new Map),r==="setter"&&((t=Object.create(t)).wrapped=!0),o.set(n.name,t),r==="accessor"){let{name:s}=n;return{set(l){let a=e.get.call(this);e.set.call(this,l),this.requestUpdate(s,a,t,!0,l)},init(l){return l!==void 0&&this.C(s,void 0,t,l),l}}}if(r==="setter"){let{name:s}=n;return function(l){let a=this[s];e.call(this,l),this.requestUpdate(s,a,t,!0,l)}}throw Error("Unsupported decorator location: "+r)};function _(t){return(e,n)=>typeof n=="object"?bt(t,e,n):((r,i,o)=>{let s=i.hasOwnProperty(o);return i.constructor.createProperty(o,r),s?Object.getOwnPropertyDescriptor(i,o):void 0})(t,e,n)}function rn(t){return _({...t,state:!0,attribute:!1})}var F=(t,e,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(t,e,n),n);function cn(t,e){return(n,r,i)=>{let o=s=>s.renderRoot?.querySelector(t)??null;if(e){let{get:s,set:l}=typeof r=="object"?n:i??(()=>{let a=Symbol();return{get(){return this[a]},set(p){this[a]=p}}})();return F(n,r,{get(){let a=s.call(this);return a===void 0&&(a=o(this),(a!==null||this.hasUpdated)&&l.call(this,a)),a}})}return F(n,r,{get(){return o(this)}})}}function te(t,e){customElements.get(t)||customElements.define(t,e)}function yt(t,e,n){t.dispatchEvent(new CustomEvent(e,{detail:n,bubbles:!0,composed:!0}))}function Pn(t,e=!1){e?history.replaceState(null,"",t):history.pushState(null,"",t),yt(window,"location-changed",{replace:e})}var We={panel:{title:"Print farm",menu:"Open the sidebar",tabs:{fleet:"Fleet",analytics:"Analytics",audit:"Audit",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Timelapses",files:"Files"},loading:"Loading…",retry:"Retry",error:"Could not load the data: {error}",tabs_short:{fleet:"Fleet",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Videos",analytics:"Stats",audit:"Audit",files:"Files"}},status:{offline:"Offline",idle:"Idle",busy:"Busy",preparing:"Preparing",printing:"Printing",paused:"Paused",finished:"Finished",cancelled:"Cancelled",failed:"Failed",error:"Error"},fleet:{all:"All",tags:"Tags",no_printers:"No printers yet. Add one on the farm entry under Settings → Devices & services.",no_match:"No printer has this tag.",summary:"{total} printers · {printing} printing · {attention} need attention",remaining:"{time} left",layer:"Layer {layer} / {total}",nozzle:"Nozzle",bed:"Bed",no_job:"No job",analytics:"Analytics",progress:"Progress",edit_tags:"Tags"},analytics:{from:"From",to:"To",range:"Period",last_days:"{days} days",bucket:"Group by",day:"Day",week:"Week",printer:"Printer",tag:"Tag",model:"Model",material:"Material",any:"All",runs:"Runs",success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",success_rate:"Success rate",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Printing hours",window:"{start} – {end} · n = {n}",by_printer:"Outcomes per printer",by_model:"Outcomes per model",by_material:"Outcomes per material",by_tag:"Outcomes per tag",reasons:"Failure reasons",hms:"HMS and error codes",trend:"Outcomes over time",accuracy:"Print time accuracy (actual vs. estimate)",accuracy_trend:"Accuracy per week",median_abs_error:"Median abs. error",bias:"Bias",n:"n",count:"Count",code:"Code",reason:"Reason",name:"Name",no_data:"No runs in this period.",no_failures:"No failures in this period.",cancel_note:"Cancelled runs are shown but never counted as failures. Success rate = successful / (successful + failed).",recent_runs:"Recent runs",estimate:"Estimate",actual:"Actual",deviation:"Deviation",file:"File",started:"Started",show_table:"Show numbers",none:"(none)",unknown_reason:"(no reason)",more_filters:"More filters",run:"Run",open_run:"Details and timelapse of {job}",no_timelapse:"This run has no timelapse."},audit:{admin_only:"Only administrators can see the audit log.",when:"When",who:"Who",origin:"Origin",action:"Action",target:"Target",result:"Result",details:"Details",user:"User",since:"From",until:"To",any:"All",load_more:"Load more",csv:"Download CSV",empty:"No audit entries match these filters.",end:"End of the log.",system:"System",clear:"Clear filters",entries:"{n} entries shown",actions:{pause:"Pause",resume:"Resume",stop:"Stop",printer_added:"Printer added",printer_removed:"Printer removed",printer_reconfigured:"Printer reconfigured",farm_options_changed:"Farm options changed",tagged:"Tagged",untagged:"Untagged",tags_set:"Tags set",job_added:"Job added",job_cancelled:"Job cancelled",job_updated:"Job changed",job_done:"Job done",job_requeued:"Job queued again",job_removed:"Job removed",job_moved:"Job moved",preset_saved:"Preset saved",preset_deleted:"Preset deleted",preset_scheduled:"Preset scheduled",spool_saved:"Spool saved",spool_deleted:"Spool removed",drying_logged:"Drying logged",material_set:"Material limits set",material_reset:"Material limits reset",timelapse_deleted:"Timelapse deleted",timelapse_on:"Timelapse on",timelapse_off:"Timelapse off"},origins:{ui:"UI",api:"API",automation:"Automation",script:"Script",voice:"Voice",system:"System",service:"Action call"},results:{ok:"OK",error:"Error",refused:"Refused"}},card:{title:"Title",days:"Period (days)",chart:"Chart",chart_printer:"Per printer",chart_reasons:"Failure reasons",chart_trend:"Over time",chart_model:"Per model",chart_material:"Per material",limit:"Rows",printer:"Printer",choose_printer:"Choose a printer",printer_missing:"Printer {id} is not in the farm.",failure_analytics:"Failure analytics",audit_log:"Audit log",printer_card:"Printer",last_runs:"Last runs: estimate vs. actual",open_panel:"Open",failure_analytics_desc:"Success rate, failures and reasons of the O.D.I.N. print farm.",audit_log_desc:"Latest O.D.I.N. audit log entries (administrators only).",printer_card_desc:"Live status of one printer with estimated vs. actual print times."},units:{h:"h",min:"min",s:"s"},common:{close:"Close",cancel:"Cancel",save:"Save",delete:"Delete"},tags:{heading:"Tags of {printer}",help:'Tags group printers: filter the fleet, target jobs and presets ("any printer tagged Room A"), and automations. Case does not matter.',none:"No tags yet.",new:"New tag",add:"Add",remove:"Remove tag {tag}",suggestions:"Tags in use:",saved:"Tags of {printer} saved",too_long:"A tag can have at most {max} characters."},jobs:{file:"File",file_hint:"The print file on the printer or in the farm library, e.g. gear.3mf",name:"Name",name_hint:"Default: the file name",quantity:"Copies",priority:"Priority",priority_hint:"-100 … 100, higher prints first",printer:"Printer",model:"Printer model",any_model:"Any model",filament:"Filament",nozzle:"Nozzle",any_nozzle:"Any nozzle",tags_any:"Printers with any of these tags",tags_all:"Printers with all of these tags",notes:"Notes",print_options:"Print options",pill_printer:"Printer: {printer}",pill_tags_any:"Any of: {tags}",pill_tags_all:"All of: {tags}",pill_model:"Model: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Nozzle: {nozzle} mm"},options:{default:"Printer default",on:"On",off:"Off",timelapse:"Timelapse",bed_leveling:"Bed levelling",flow_calibration:"Flow calibration",vibration_calibration:"Vibration calibration",layer_inspect:"First layer inspection",use_ams:"Use AMS",plate:"Plate",plate_n:"Plate {n}"},queue:{summary:"{queued} waiting · {active} printing or assigned",add:"Add job",add_heading:"Add a print job",add_submit:"Add to queue",added:"{n} job(s) added to the queue",active:"Printing and assigned",waiting:"Waiting",order_note:"Order: priority, then the order added",empty:"The queue is empty. Add a job, or schedule a preset.",open_presets:"Open presets",finished:"Finished ({n})",position:"Position in the queue",position_n:"Position {n}",priority_n:"Priority {n}",any_printer:"Any printer",on_printer:"On {printer}",added_by:"Added by {who} · {when}",ended:"Ended {when}",move_up:"Move up",move_down:"Move down",save_as_preset:"Save as preset",save_as_preset_help:"The preset keeps this job's file ({file}), printer, tag or model, filament, nozzle, priority, notes and options.",preset_saved:"Preset {name} saved",cancel_job:"Cancel job",cancel_heading:"Cancel this job?",cancel_text:"{name} leaves the queue. This cannot be undone.",cancelled:"{name} cancelled",why:"Printers checked ({n})",status:{queued:"Waiting",assigned:"Assigned",printing:"Printing",done:"Done",failed:"Failed",cancelled:"Cancelled"},reason:{proposed:"Next on {printer}",no_printers:"Waiting: the farm has no printers",no_printer_fits:"Waiting: no printer meets all constraints together",no_printer_fits_unmet:"Waiting: no printer has {unmet}",waiting_for_earlier_jobs:"Waiting: the printers that fit go to jobs ahead",filament_not_loaded:"Waiting: no fitting printer has {filament} loaded",printers_busy:"Waiting: the printers that fit are busy",printers_in_error:"Waiting: the printers that fit have an error",printers_offline:"Waiting: the printers that fit are offline"},constraint:{printer_id:"the chosen printer {printer}",tags_any:"one of the tags {tags}",tags_all:"all the tags {tags}",model:"the model {model}",nozzle_mm:"a {nozzle} mm nozzle"},check:{ok:"ready",other_printer:"another printer is chosen",missing_any_tag:"none of the tags",missing_tags:"not all tags",wrong_model:"other model",wrong_nozzle:"other nozzle",offline:"offline",error:"has an error",busy:"busy",filament_not_loaded:"filament not loaded",proposed_for_earlier_job:"goes to a job ahead"},note:{filament_unverified:"Filament not checked: the printer does not report its spools.",nozzle_unverified:"Nozzle not checked: the printer does not report it."},cancel_short:"Cancel",cancel_named:"Cancel {name}",dispatch_ui:{dispatch:"Dispatch now",dry_run:"Dry run",dispatch_on:"Send to {printer}",dispatch_named:"Dispatch {name} now",dry_run_named:"Dry run for {name}",result:{started:"Started on {printer}: {file}",would_send:"Would send {file} to {printer}",refused:"Refused on {printer}:",upload_failed:"Sending to {printer} failed:",skipped:"Nothing sent to {printer}:"},last_report:{refused:"Last dispatch refused",upload_failed:"Last send failed",failed:"The print failed"},file_info:"Sliced for {model} · {nozzle} mm · {time}",sending:"Sending {percent}",no_printer:"No printer to dispatch to",other_job:"This is about the job next in line for this printer: {job}"}},presets:{summary:"{n} presets",new:"New preset",new_heading:"New preset",edit_heading:"Edit preset",name:"Preset name",target:"Print on",tag:"Tag",target_type:{any:"Any printer",printer:"One printer",tag:"Printers with a tag",model:"A printer model"},target_any:"Any printer",target_printer:"{printer}",target_tag:"Printers tagged {tag}",target_model:"Model {model}",quick_schedule:"Quick schedule",schedule_heading:"Schedule {name}",schedule_help:"Queues {file} now, on: {target}.",schedule_submit:"Schedule",only_tag:"Only printers tagged",only_tag_hint:"Replaces the preset's printer choice for these jobs",as_in_preset:"As in the preset",scheduled:"{n} job(s) of {name} queued",open_queue:"Open queue",saved:"Preset {name} saved",edit:"Edit {name}",delete:"Delete {name}",delete_heading:"Delete this preset?",delete_text:"{name} is deleted. Jobs already queued from it stay in the queue.",deleted:"Preset {name} deleted",empty:'No presets yet. Create one, or use "Save as preset" on a queue job.'},drying:{summary:"{n} spools · {needs} need drying",add_spool:"Add spool",log:"Log drying",log_heading:"Log a drying session",what:"Spool",printer_slot:"A printer slot…",slot_code:"Slot",slot_hint:"A1 … H4 (AMS unit and slot), HT1 … HT8 (AMS HT) or EXT",temp:"Temperature",duration:"Duration",duration_h:"Duration (hours)",hours_hint:"e.g. 4 or 7.5",method_label:"Method",started:"Started",started_hint:"Empty: it ended just now",rh_before:"Humidity before",rh_after:"Humidity after",rh_before_after:"Humidity before → after",logged:"Drying logged",logged_spool:"Drying of {spool} logged",method:{dryer:"Filament dryer",oven:"Oven",ams:"AMS drying",dry_box:"Dry box",dehydrator:"Dehydrator",other:"Other"},needs:"Needs drying",dry:"Dry",due:"Dry · next drying due {date}",not_tracked:"Not tracked",reason:{time:"time",humidity:"humidity"},days_since:"{days} days since drying",days_since_max:"{days} of {max} days since drying",humidity:"{rh} % RH",humidity_max:"{rh} % RH (max {max} %)",brand:"Brand",colour:"Colour",weight:"Weight",opened:"Opened",slot:"Printer slot",location:"Location",spoolman:"Spoolman spool",spoolman_hint:"Optional: the spool's id in Spoolman",sensor:"Humidity sensor",no_sensor:"None",in_printer:"Loaded in printer",no_printer:"Not in a printer",material:"Material",name:"Name",name_hint:"Default: brand, material and colour",new_heading:"Add a spool",edit_heading:"Edit spool",edit:"Edit {spool}",delete:"Remove {spool}",delete_heading:"Remove this spool?",delete_text:"{spool} is removed from the list. Its drying history is kept.",spool_saved:"Spool {spool} saved",spool_deleted:"Spool {spool} removed",show_history:"Drying history of {spool}",history:"Drying history",history_all:"Recent drying sessions",no_history:"No drying logged yet.",no_spools:"No spools yet. Add your spools to see when they need drying.",spool:"Spool",when:"Ended",by:"By",materials:"Material limits",materials_help:"A spool needs drying when the days since its last drying (or since opened) exceed the material's limit, or its humidity does. Materials without limits are not tracked.",material_form_help:"Leave both limits empty to stop tracking this material.",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp:"Drying temp.",drying_hours:"Drying time",custom:"(custom)",edit_material:"Edit {material}",reset_material:"Reset {material}",add_material:"Add material",material_saved:"Limits of {material} saved",reset:"Reset",reset_heading:"Reset these limits?",reset_text:"{material} goes back to the default limits.",reset_text_custom:"{material} is removed from the table (not tracked)."},timelapses:{printer:"Printer",job:"Job",result:"Result",run:"Print",video:"Video",kept:"Kept",kept_until:"until {date}",kept_forever:"until deleted",video_facts:"{length} · {frames} frames at {fps} fps · {size}",video_of:"Timelapse of {job}",play:"Play the timelapse of {job}",count:"{n} timelapses",empty:"No timelapses yet. Printers with a camera record one of every print while their Timelapse switch is on.",recording:"Recording now: {printers}",not_recording:"No printer is recording right now.",download:"Download",admin_delete:"Only administrators can delete timelapses.",delete_heading:"Delete this timelapse?",delete_text:"The video of {job} on {printer} is deleted for good.",deleted:"Timelapse of {job} deleted",run_missing:"Run {run} has no timelapse.",outcome:{success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",open:"Printing"}},fields:{name:"Name",file:"File",notes:"Notes",quantity:"Copies",priority:"Priority",model:"Model",filament:"Filament",nozzle_mm:"Nozzle",material:"Material",brand:"Brand",colour:"Colour",location:"Location",weight_g:"Weight",spoolman_id:"Spoolman id",humidity_entity_id:"Humidity sensor",humidity_before:"Humidity before",humidity_after:"Humidity after",temp_c:"Temperature",temperature:"Temperature",duration_min:"Duration",duration:"Duration",started_at:"Start",opened_at:"Opened date",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp_c:"Drying temperature",drying_hours:"Drying time",tag:"Tag",slot:"Slot"},errors:{unauthorized:"Only administrators can do this.",not_loaded:"The print farm is not loaded.",query_failed:"The farm database could not answer: {error}",database_unavailable:"The farm database could not be opened: {error}",invalid_datetime:"{field} is not a valid date and time: {value}",unknown_timelapse:"There is no timelapse {timelapse_id}.",empty_field:"{field} must not be empty.",text_too_long:"{field} is too long (at most {max} characters).",out_of_range:"{field} must be between {min} and {max} (got {value}).",empty_tag:"A tag must not be empty.",too_many_tags:"A printer can carry at most {max} tags.",unknown_tag:"No printer has the tag {tag}.",unknown_printer:"{printer} is not a printer of the farm.",no_target:"No printer was targeted.",unknown_job:"There is no print job {job} in the queue.",job_printing:"Print job {job} is printing: stop the print at the printer first.",job_not_queued:"Print job {job} is {status}: only waiting jobs can be moved.",invalid_job_transition:"Print job {job} cannot change from {status} to {new}.",unknown_preset:"There is no preset {preset}.",duplicate_preset:"A preset named {name} already exists.",invalid_target:"Choose one target: a printer, a tag or a printer model.",invalid_option:"Unknown or invalid print option {option}.",unknown_spool:"There is no spool {spool}.",invalid_slot:"{slot} is not a printer slot: use A1 to H4, HT1 to HT8 or EXT.",slot_needs_printer:"A slot needs its printer.",no_spool_given:"Choose a spool, or a printer and its slot.",invalid_temperature:"{field} must be between {min} and {max} °C (got {value}).",invalid_duration:"{field} must be between {min} and {max} minutes (got {value}).",invalid_humidity:"{field} must be between {min} and {max} % (got {value}).",invalid_method:"Unknown drying method {method}.",in_future:"{field} lies in the future.",invalid_entity:"{entity} is not a sensor."},files:{title:"Print files",upload:"Upload a file",choose:"Choose .3mf / .gcode / .bgcode",uploading:"Uploading {name}… {percent}",uploaded:"{name} uploaded",already:"{name} was already stored",admin_only:"Only administrators can upload files.",hint:"Up to the farm's size limit (default 512 MB). Sliced .gcode.3mf, .gcode and .bgcode can be sent to a printer.",empty:"No files yet.",size:"Size",kind:"Type",uploaded_at:"Uploaded",uploaded_by:"By",slicer:"Slicer",printer_model:"Sliced for",profile:"Profile",compatible:"Compatible models",nozzle:"Nozzle",plates:"Plates",plate_n:"Plate {n}",estimate:"Print time",filaments:"Filaments",bbox:"Footprint",not_sliced:"not sliced",fits:"Fits",no_fit:"No printer of this model in the farm",queue:"Queue this file",queue_heading:"Queue {name}",queued:"{n} job(s) queued",open_queue:"Open the queue",details:"Details",close_details:"Close",select:"Select",error:{generic:"Upload failed: {error}",too_large:"The file is larger than the farm's upload limit.",invalid_file_type:"Only .3mf, .gcode.3mf, .gcode and .bgcode files can be uploaded.",invalid_file_name:"The file name is not allowed.",invalid_print_file:"The file could not be read as a print file.",forbidden:"Only administrators can upload files.",empty:"The file is empty.",network:"The connection broke off."}},guard:{printer_ready:"{printer} is online and ready.",printer_offline:"{printer} is offline.",printer_busy:"{printer} is not ready for a new print (it is {status}).",printer_state_unknown:"The state of {printer} is not known yet.",no_active_error:"{printer} reports no error.",active_error:"{printer} has an active error ({codes}).",plate_cleared:"The plate of {printer} was cleared after the last print.",plate_not_cleared:"The plate of {printer} has not been cleared since the last print.",plate_state_unknown:"It is not known whether the plate of {printer} is clear.",file_type_ok:"{printer} accepts this {kind} file.",file_type_not_accepted:"{printer} does not accept {kind} files (it takes: {accepted}).",plate_missing:"The file has no plate {plate}.",plate_not_sliced:"Plate {plate} of the file is not sliced; slice and export it first.",model_ok:"The file was sliced for {model}.",model_mismatch:"The file was sliced for {file_model}, but {printer} is a {model}.",model_unknown:"Cannot tell whether the file suits {printer} ({missing} unknown).",bed_ok:"The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",outside_bed:"The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the {bed_x} x {bed_y} mm bed of {printer}.",too_large_for_bed:"The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}.",bed_unknown:"The bed size of {printer} is not known.",footprint_unknown:"The file does not tell the size of the print.",nozzle_ok:"The {nozzle} mm nozzle matches the file.",nozzle_mismatch:"The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm.",nozzle_unknown:"Cannot compare nozzles ({missing} unknown).",filament_ok:"The filament is loaded ({types}).",filament_missing:"{printer} has no {types} loaded.",filament_unknown:"The filament loaded in {printer} is not known.",file_filament_unknown:"The file does not tell which filament it needs.",file_unknown:"The job's file is not stored (upload it on the Files page).",file_missing:"The job's file is missing from the files folder.",upload_failed:"Sending the file failed: {error}",auto_queue_off:"The auto-queue switch of {printer} is off.",printer_has_job:"{printer} still has a job of the queue.",dispatch_in_progress:"A file is already being sent to {printer}.",no_job:"No queued job fits {printer} now."}};var Be={panel:{title:"Druckfarm",menu:"Seitenleiste öffnen",tabs:{fleet:"Flotte",analytics:"Analyse",audit:"Protokoll",queue:"Warteschlange",presets:"Vorlagen",drying:"Trocknung",timelapses:"Zeitraffer",files:"Dateien"},loading:"Wird geladen…",retry:"Erneut versuchen",error:"Daten konnten nicht geladen werden: {error}",tabs_short:{fleet:"Flotte",queue:"Aufträge",presets:"Vorlagen",drying:"Trocknen",timelapses:"Videos",analytics:"Analyse",audit:"Protokoll",files:"Dateien"}},status:{offline:"Offline",idle:"Bereit",busy:"Beschäftigt",preparing:"Vorbereitung",printing:"Druckt",paused:"Pausiert",finished:"Fertig",cancelled:"Abgebrochen",failed:"Fehlgeschlagen",error:"Fehler"},fleet:{all:"Alle",tags:"Tags",no_printers:"Noch keine Drucker. Füge unter Einstellungen → Geräte & Dienste beim Farm-Eintrag einen hinzu.",no_match:"Kein Drucker hat dieses Tag.",summary:"{total} Drucker · {printing} drucken · {attention} brauchen Aufmerksamkeit",remaining:"noch {time}",layer:"Schicht {layer} / {total}",nozzle:"Düse",bed:"Bett",no_job:"Kein Auftrag",analytics:"Analyse",progress:"Fortschritt",edit_tags:"Tags"},analytics:{from:"Von",to:"Bis",range:"Zeitraum",last_days:"{days} Tage",bucket:"Gruppieren nach",day:"Tag",week:"Woche",printer:"Drucker",tag:"Tag",model:"Modell",material:"Material",any:"Alle",runs:"Drucke",success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",success_rate:"Erfolgsquote",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Druckstunden",window:"{start} – {end} · n = {n}",by_printer:"Ergebnisse je Drucker",by_model:"Ergebnisse je Modell",by_material:"Ergebnisse je Material",by_tag:"Ergebnisse je Tag",reasons:"Fehlerursachen",hms:"HMS- und Fehlercodes",trend:"Ergebnisse im Zeitverlauf",accuracy:"Genauigkeit der Druckzeit (tatsächlich vs. Schätzung)",accuracy_trend:"Genauigkeit je Woche",median_abs_error:"Median abs. Fehler",bias:"Abweichung",n:"n",count:"Anzahl",code:"Code",reason:"Ursache",name:"Name",no_data:"Keine Drucke in diesem Zeitraum.",no_failures:"Keine Fehldrucke in diesem Zeitraum.",cancel_note:"Abgebrochene Drucke werden gezeigt, aber nie als Fehler gezählt. Erfolgsquote = erfolgreich / (erfolgreich + fehlgeschlagen).",recent_runs:"Letzte Drucke",estimate:"Schätzung",actual:"Tatsächlich",deviation:"Abweichung",file:"Datei",started:"Gestartet",show_table:"Zahlen zeigen",none:"(keine)",unknown_reason:"(ohne Ursache)",more_filters:"Weitere Filter",run:"Druck",open_run:"Details und Zeitraffer von {job}",no_timelapse:"Dieser Druck hat keinen Zeitraffer."},audit:{admin_only:"Nur Administratoren können das Protokoll sehen.",when:"Wann",who:"Wer",origin:"Herkunft",action:"Aktion",target:"Ziel",result:"Ergebnis",details:"Details",user:"Benutzer",since:"Von",until:"Bis",any:"Alle",load_more:"Mehr laden",csv:"CSV herunterladen",empty:"Keine Einträge für diese Filter.",end:"Ende des Protokolls.",system:"System",clear:"Filter zurücksetzen",entries:"{n} Einträge angezeigt",actions:{pause:"Pausieren",resume:"Fortsetzen",stop:"Stoppen",printer_added:"Drucker hinzugefügt",printer_removed:"Drucker entfernt",printer_reconfigured:"Drucker neu konfiguriert",farm_options_changed:"Farm-Optionen geändert",tagged:"Getaggt",untagged:"Tag entfernt",tags_set:"Tags gesetzt",job_added:"Auftrag hinzugefügt",job_cancelled:"Auftrag abgebrochen",job_updated:"Auftrag geändert",job_done:"Auftrag erledigt",job_requeued:"Auftrag erneut eingereiht",job_removed:"Auftrag entfernt",job_moved:"Auftrag verschoben",preset_saved:"Vorlage gespeichert",preset_deleted:"Vorlage gelöscht",preset_scheduled:"Vorlage eingeplant",spool_saved:"Spule gespeichert",spool_deleted:"Spule entfernt",drying_logged:"Trocknung erfasst",material_set:"Materialgrenzen gesetzt",material_reset:"Materialgrenzen zurückgesetzt",timelapse_deleted:"Zeitraffer gelöscht",timelapse_on:"Zeitraffer an",timelapse_off:"Zeitraffer aus"},origins:{ui:"Oberfläche",api:"API",automation:"Automatisierung",script:"Skript",voice:"Sprache",system:"System",service:"Aktionsaufruf"},results:{ok:"OK",error:"Fehler",refused:"Abgelehnt"}},card:{title:"Titel",days:"Zeitraum (Tage)",chart:"Diagramm",chart_printer:"Je Drucker",chart_reasons:"Fehlerursachen",chart_trend:"Zeitverlauf",chart_model:"Je Modell",chart_material:"Je Material",limit:"Zeilen",printer:"Drucker",choose_printer:"Drucker wählen",printer_missing:"Drucker {id} ist nicht in der Farm.",failure_analytics:"Fehleranalyse",audit_log:"Protokoll",printer_card:"Drucker",last_runs:"Letzte Drucke: Schätzung vs. tatsächlich",open_panel:"Öffnen",failure_analytics_desc:"Erfolgsquote, Fehldrucke und Ursachen der O.D.I.N.-Druckfarm.",audit_log_desc:"Neueste Einträge des O.D.I.N.-Protokolls (nur Administratoren).",printer_card_desc:"Live-Status eines Druckers mit geschätzter vs. tatsächlicher Druckzeit."},units:{h:"h",min:"min",s:"s"},common:{close:"Schließen",cancel:"Abbrechen",save:"Speichern",delete:"Löschen"},tags:{heading:"Tags von {printer}",help:"Tags gruppieren Drucker: Flotte filtern, Aufträge und Vorlagen zuordnen („irgendein Drucker mit Tag Raum A“) und Automationen. Groß-/Kleinschreibung spielt keine Rolle.",none:"Noch keine Tags.",new:"Neues Tag",add:"Hinzufügen",remove:"Tag {tag} entfernen",suggestions:"Verwendete Tags:",saved:"Tags von {printer} gespeichert",too_long:"Ein Tag darf höchstens {max} Zeichen haben."},jobs:{file:"Datei",file_hint:"Die Druckdatei auf dem Drucker oder in der Farm-Bibliothek, z. B. zahnrad.3mf",name:"Name",name_hint:"Standard: der Dateiname",quantity:"Anzahl",priority:"Priorität",priority_hint:"-100 … 100, höher druckt zuerst",printer:"Drucker",model:"Druckermodell",any_model:"Jedes Modell",filament:"Filament",nozzle:"Düse",any_nozzle:"Jede Düse",tags_any:"Drucker mit einem dieser Tags",tags_all:"Drucker mit allen diesen Tags",notes:"Notizen",print_options:"Druckoptionen",pill_printer:"Drucker: {printer}",pill_tags_any:"Eines von: {tags}",pill_tags_all:"Alle von: {tags}",pill_model:"Modell: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Düse: {nozzle} mm"},options:{default:"Druckerstandard",on:"An",off:"Aus",timelapse:"Zeitraffer",bed_leveling:"Bettnivellierung",flow_calibration:"Flusskalibrierung",vibration_calibration:"Vibrationskalibrierung",layer_inspect:"Erste-Schicht-Prüfung",use_ams:"AMS verwenden",plate:"Platte",plate_n:"Platte {n}"},queue:{summary:"{queued} wartend · {active} drucken oder zugewiesen",add:"Auftrag hinzufügen",add_heading:"Druckauftrag hinzufügen",add_submit:"In die Warteschlange",added:"{n} Auftrag/Aufträge eingereiht",active:"Druckt und zugewiesen",waiting:"Wartend",order_note:"Reihenfolge: Priorität, dann Eingang",empty:"Die Warteschlange ist leer. Füge einen Auftrag hinzu oder plane eine Vorlage ein.",open_presets:"Vorlagen öffnen",finished:"Abgeschlossen ({n})",position:"Platz in der Warteschlange",position_n:"Platz {n}",priority_n:"Priorität {n}",any_printer:"Beliebiger Drucker",on_printer:"Auf {printer}",added_by:"Von {who} · {when}",ended:"Beendet {when}",move_up:"Nach oben",move_down:"Nach unten",save_as_preset:"Als Vorlage speichern",save_as_preset_help:"Die Vorlage übernimmt Datei ({file}), Drucker, Tag oder Modell, Filament, Düse, Priorität, Notizen und Optionen dieses Auftrags.",preset_saved:"Vorlage {name} gespeichert",cancel_job:"Auftrag abbrechen",cancel_heading:"Diesen Auftrag abbrechen?",cancel_text:"{name} verlässt die Warteschlange. Das lässt sich nicht rückgängig machen.",cancelled:"{name} abgebrochen",why:"Geprüfte Drucker ({n})",status:{queued:"Wartend",assigned:"Zugewiesen",printing:"Druckt",done:"Erledigt",failed:"Fehlgeschlagen",cancelled:"Abgebrochen"},reason:{proposed:"Als Nächstes auf {printer}",no_printers:"Wartet: die Farm hat keine Drucker",no_printer_fits:"Wartet: kein Drucker erfüllt alle Bedingungen zugleich",no_printer_fits_unmet:"Wartet: kein Drucker hat {unmet}",waiting_for_earlier_jobs:"Wartet: passende Drucker gehen an frühere Aufträge",filament_not_loaded:"Wartet: kein passender Drucker hat {filament} geladen",printers_busy:"Wartet: passende Drucker sind beschäftigt",printers_in_error:"Wartet: passende Drucker haben einen Fehler",printers_offline:"Wartet: passende Drucker sind offline"},constraint:{printer_id:"den gewählten Drucker {printer}",tags_any:"eines der Tags {tags}",tags_all:"alle Tags {tags}",model:"das Modell {model}",nozzle_mm:"eine {nozzle}-mm-Düse"},check:{ok:"bereit",other_printer:"anderer Drucker gewählt",missing_any_tag:"keines der Tags",missing_tags:"nicht alle Tags",wrong_model:"anderes Modell",wrong_nozzle:"andere Düse",offline:"offline",error:"hat einen Fehler",busy:"beschäftigt",filament_not_loaded:"Filament nicht geladen",proposed_for_earlier_job:"geht an einen früheren Auftrag"},note:{filament_unverified:"Filament nicht geprüft: der Drucker meldet seine Spulen nicht.",nozzle_unverified:"Düse nicht geprüft: der Drucker meldet sie nicht."},cancel_short:"Abbrechen",cancel_named:"{name} abbrechen",dispatch_ui:{dispatch:"Jetzt senden",dry_run:"Probelauf",dispatch_on:"An {printer} senden",dispatch_named:"{name} jetzt senden",dry_run_named:"Probelauf für {name}",result:{started:"Gestartet auf {printer}: {file}",would_send:"Würde {file} an {printer} senden",refused:"Abgelehnt auf {printer}:",upload_failed:"Senden an {printer} fehlgeschlagen:",skipped:"Nichts an {printer} gesendet:"},last_report:{refused:"Letztes Senden abgelehnt",upload_failed:"Letztes Senden fehlgeschlagen",failed:"Der Druck ist fehlgeschlagen"},file_info:"Geslict für {model} · {nozzle} mm · {time}",sending:"Sende {percent}",no_printer:"Kein Drucker zum Senden",other_job:"Betrifft den Auftrag, der für diesen Drucker an der Reihe ist: {job}"}},presets:{summary:"{n} Vorlagen",new:"Neue Vorlage",new_heading:"Neue Vorlage",edit_heading:"Vorlage bearbeiten",name:"Name der Vorlage",target:"Drucken auf",tag:"Tag",target_type:{any:"Beliebiger Drucker",printer:"Ein Drucker",tag:"Drucker mit einem Tag",model:"Ein Druckermodell"},target_any:"Beliebiger Drucker",target_printer:"{printer}",target_tag:"Drucker mit Tag {tag}",target_model:"Modell {model}",quick_schedule:"Schnell einplanen",schedule_heading:"{name} einplanen",schedule_help:"Reiht {file} jetzt ein, auf: {target}.",schedule_submit:"Einplanen",only_tag:"Nur Drucker mit Tag",only_tag_hint:"Ersetzt für diese Aufträge die Druckerwahl der Vorlage",as_in_preset:"Wie in der Vorlage",scheduled:"{n} Auftrag/Aufträge von {name} eingereiht",open_queue:"Warteschlange öffnen",saved:"Vorlage {name} gespeichert",edit:"{name} bearbeiten",delete:"{name} löschen",delete_heading:"Diese Vorlage löschen?",delete_text:"{name} wird gelöscht. Bereits eingereihte Aufträge bleiben in der Warteschlange.",deleted:"Vorlage {name} gelöscht",empty:"Noch keine Vorlagen. Lege eine an oder nutze „Als Vorlage speichern“ bei einem Auftrag."},drying:{summary:"{n} Spulen · {needs} müssen getrocknet werden",add_spool:"Spule hinzufügen",log:"Trocknung erfassen",log_heading:"Trocknung erfassen",what:"Spule",printer_slot:"Ein Druckerplatz …",slot_code:"Platz",slot_hint:"A1 … H4 (AMS-Einheit und Platz), HT1 … HT8 (AMS HT) oder EXT",temp:"Temperatur",duration:"Dauer",duration_h:"Dauer (Stunden)",hours_hint:"z. B. 4 oder 7,5",method_label:"Methode",started:"Beginn",started_hint:"Leer: gerade eben beendet",rh_before:"Feuchte vorher",rh_after:"Feuchte nachher",rh_before_after:"Feuchte vorher → nachher",logged:"Trocknung erfasst",logged_spool:"Trocknung von {spool} erfasst",method:{dryer:"Filamenttrockner",oven:"Ofen",ams:"AMS-Trocknung",dry_box:"Trockenbox",dehydrator:"Dörrgerät",other:"Sonstiges"},needs:"Trocknen nötig",dry:"Trocken",due:"Trocken · nächste Trocknung fällig {date}",not_tracked:"Nicht überwacht",reason:{time:"Zeit",humidity:"Feuchte"},days_since:"{days} Tage seit dem Trocknen",days_since_max:"{days} von {max} Tagen seit dem Trocknen",humidity:"{rh} % rF",humidity_max:"{rh} % rF (max. {max} %)",brand:"Marke",colour:"Farbe",weight:"Gewicht",opened:"Geöffnet",slot:"Druckerplatz",location:"Lagerort",spoolman:"Spoolman-Spule",spoolman_hint:"Optional: die Nummer der Spule in Spoolman",sensor:"Feuchtesensor",no_sensor:"Keiner",in_printer:"Im Drucker",no_printer:"In keinem Drucker",material:"Material",name:"Name",name_hint:"Standard: Marke, Material und Farbe",new_heading:"Spule hinzufügen",edit_heading:"Spule bearbeiten",edit:"{spool} bearbeiten",delete:"{spool} entfernen",delete_heading:"Diese Spule entfernen?",delete_text:"{spool} wird aus der Liste entfernt. Ihr Trocknungsverlauf bleibt erhalten.",spool_saved:"Spule {spool} gespeichert",spool_deleted:"Spule {spool} entfernt",show_history:"Trocknungsverlauf von {spool}",history:"Trocknungsverlauf",history_all:"Letzte Trocknungen",no_history:"Noch keine Trocknung erfasst.",no_spools:"Noch keine Spulen. Füge deine Spulen hinzu, um zu sehen, wann sie getrocknet werden müssen.",spool:"Spule",when:"Ende",by:"Von",materials:"Materialgrenzen",materials_help:"Eine Spule muss getrocknet werden, wenn die Tage seit der letzten Trocknung (oder seit dem Öffnen) oder ihre Feuchte die Grenze des Materials überschreiten. Materialien ohne Grenzen werden nicht überwacht.",material_form_help:"Beide Grenzen leer lassen, um dieses Material nicht mehr zu überwachen.",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp:"Trockentemp.",drying_hours:"Trockendauer",custom:"(angepasst)",edit_material:"{material} bearbeiten",reset_material:"{material} zurücksetzen",add_material:"Material hinzufügen",material_saved:"Grenzen von {material} gespeichert",reset:"Zurücksetzen",reset_heading:"Grenzen zurücksetzen?",reset_text:"{material} erhält wieder die Standardgrenzen.",reset_text_custom:"{material} wird aus der Tabelle entfernt (nicht überwacht)."},timelapses:{printer:"Drucker",job:"Auftrag",result:"Ergebnis",run:"Druck",video:"Video",kept:"Aufbewahrt",kept_until:"bis {date}",kept_forever:"bis zum Löschen",video_facts:"{length} · {frames} Bilder mit {fps} fps · {size}",video_of:"Zeitraffer von {job}",play:"Zeitraffer von {job} abspielen",count:"{n} Zeitraffer",empty:"Noch keine Zeitraffer. Drucker mit Kamera nehmen jeden Druck auf, solange ihr Schalter „Zeitraffer“ an ist.",recording:"Nimmt gerade auf: {printers}",not_recording:"Gerade nimmt kein Drucker auf.",download:"Herunterladen",admin_delete:"Nur Administratoren können Zeitraffer löschen.",delete_heading:"Diesen Zeitraffer löschen?",delete_text:"Das Video von {job} auf {printer} wird endgültig gelöscht.",deleted:"Zeitraffer von {job} gelöscht",run_missing:"Druck {run} hat keinen Zeitraffer.",outcome:{success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",open:"Druckt"}},fields:{name:"Name",file:"Datei",notes:"Notizen",quantity:"Anzahl",priority:"Priorität",model:"Modell",filament:"Filament",nozzle_mm:"Düse",material:"Material",brand:"Marke",colour:"Farbe",location:"Lagerort",weight_g:"Gewicht",spoolman_id:"Spoolman-Nummer",humidity_entity_id:"Feuchtesensor",humidity_before:"Feuchte vorher",humidity_after:"Feuchte nachher",temp_c:"Temperatur",temperature:"Temperatur",duration_min:"Dauer",duration:"Dauer",started_at:"Beginn",opened_at:"Öffnungsdatum",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp_c:"Trockentemperatur",drying_hours:"Trockendauer",tag:"Tag",slot:"Platz"},errors:{unauthorized:"Nur Administratoren dürfen das.",not_loaded:"Die Druckfarm ist nicht geladen.",query_failed:"Die Farm-Datenbank konnte nicht antworten: {error}",database_unavailable:"Die Farm-Datenbank konnte nicht geöffnet werden: {error}",invalid_datetime:"{field} ist kein gültiger Zeitpunkt: {value}",unknown_timelapse:"Es gibt keinen Zeitraffer {timelapse_id}.",empty_field:"{field} darf nicht leer sein.",text_too_long:"{field} ist zu lang (höchstens {max} Zeichen).",out_of_range:"{field} muss zwischen {min} und {max} liegen (war {value}).",empty_tag:"Ein Tag darf nicht leer sein.",too_many_tags:"Ein Drucker kann höchstens {max} Tags haben.",unknown_tag:"Kein Drucker hat das Tag {tag}.",unknown_printer:"{printer} ist kein Drucker der Farm.",no_target:"Kein Drucker ausgewählt.",unknown_job:"Es gibt keinen Druckauftrag {job} in der Warteschlange.",job_printing:"Druckauftrag {job} druckt gerade: stoppe den Druck zuerst am Drucker.",job_not_queued:"Druckauftrag {job} ist {status}: nur wartende Aufträge lassen sich verschieben.",invalid_job_transition:"Druckauftrag {job} kann nicht von {status} zu {new} wechseln.",unknown_preset:"Es gibt keine Vorlage {preset}.",duplicate_preset:"Eine Vorlage namens {name} gibt es schon.",invalid_target:"Wähle ein Ziel: einen Drucker, ein Tag oder ein Druckermodell.",invalid_option:"Unbekannte oder ungültige Druckoption {option}.",unknown_spool:"Es gibt keine Spule {spool}.",invalid_slot:"{slot} ist kein Druckerplatz: A1 bis H4, HT1 bis HT8 oder EXT.",slot_needs_printer:"Ein Platz braucht seinen Drucker.",no_spool_given:"Wähle eine Spule oder einen Drucker und seinen Platz.",invalid_temperature:"{field} muss zwischen {min} und {max} °C liegen (war {value}).",invalid_duration:"{field} muss zwischen {min} und {max} Minuten liegen (war {value}).",invalid_humidity:"{field} muss zwischen {min} und {max} % liegen (war {value}).",invalid_method:"Unbekannte Trocknungsmethode {method}.",in_future:"{field} liegt in der Zukunft.",invalid_entity:"{entity} ist kein Sensor."},files:{title:"Druckdateien",upload:"Datei hochladen",choose:".3mf / .gcode / .bgcode wählen",uploading:"{name} wird hochgeladen… {percent}",uploaded:"{name} hochgeladen",already:"{name} war schon gespeichert",admin_only:"Nur Administratoren können Dateien hochladen.",hint:"Bis zur Größengrenze der Farm (Standard 512 MB). Geslicte .gcode.3mf, .gcode und .bgcode können an Drucker gesendet werden.",empty:"Noch keine Dateien.",size:"Größe",kind:"Typ",uploaded_at:"Hochgeladen",uploaded_by:"Von",slicer:"Slicer",printer_model:"Geslict für",profile:"Profil",compatible:"Passende Modelle",nozzle:"Düse",plates:"Platten",plate_n:"Platte {n}",estimate:"Druckzeit",filaments:"Filamente",bbox:"Grundfläche",not_sliced:"nicht geslict",fits:"Passt auf",no_fit:"Kein Drucker dieses Modells in der Farm",queue:"Diese Datei einreihen",queue_heading:"{name} einreihen",queued:"{n} Auftrag/Aufträge eingereiht",open_queue:"Zur Warteschlange",details:"Details",close_details:"Schließen",select:"Auswählen",error:{generic:"Hochladen fehlgeschlagen: {error}",too_large:"Die Datei ist größer als die Upload-Grenze der Farm.",invalid_file_type:"Nur .3mf-, .gcode.3mf-, .gcode- und .bgcode-Dateien können hochgeladen werden.",invalid_file_name:"Dieser Dateiname ist nicht erlaubt.",invalid_print_file:"Die Datei konnte nicht als Druckdatei gelesen werden.",forbidden:"Nur Administratoren können Dateien hochladen.",empty:"Die Datei ist leer.",network:"Die Verbindung ist abgebrochen."}},guard:{printer_ready:"{printer} ist online und bereit.",printer_offline:"{printer} ist offline.",printer_busy:"{printer} ist nicht bereit für einen neuen Druck (Status: {status}).",printer_state_unknown:"Der Zustand von {printer} ist noch nicht bekannt.",no_active_error:"{printer} meldet keinen Fehler.",active_error:"{printer} hat einen aktiven Fehler ({codes}).",plate_cleared:"Die Druckplatte von {printer} wurde nach dem letzten Druck geräumt.",plate_not_cleared:"Die Druckplatte von {printer} wurde seit dem letzten Druck nicht geräumt.",plate_state_unknown:"Es ist nicht bekannt, ob die Druckplatte von {printer} frei ist.",file_type_ok:"{printer} nimmt diese {kind}-Datei an.",file_type_not_accepted:"{printer} nimmt keine {kind}-Dateien an (nur: {accepted}).",plate_missing:"Die Datei hat keine Platte {plate}.",plate_not_sliced:"Platte {plate} der Datei ist nicht geslict; zuerst slicen und exportieren.",model_ok:"Die Datei wurde für {model} geslict.",model_mismatch:"Die Datei wurde für {file_model} geslict, aber {printer} ist ein {model}.",model_unknown:"Nicht feststellbar, ob die Datei zu {printer} passt ({missing} unbekannt).",bed_ok:"Der Druck ({width} x {depth} mm) passt auf das {bed_x} x {bed_y} mm große Bett.",outside_bed:"Der Druck ({width} x {depth} mm bei {min_x}, {min_y}) liegt außerhalb des {bed_x} x {bed_y} mm großen Betts von {printer}.",too_large_for_bed:"Der Druck ({width} x {depth} mm) ist größer als das {bed_x} x {bed_y} mm große Bett von {printer}.",bed_unknown:"Die Bettgröße von {printer} ist nicht bekannt.",footprint_unknown:"Die Datei gibt die Größe des Drucks nicht an.",nozzle_ok:"Die {nozzle}-mm-Düse passt zur Datei.",nozzle_mismatch:"Die Datei wurde für eine {file_nozzle}-mm-Düse geslict, {printer} hat {nozzle} mm.",nozzle_unknown:"Düsen nicht vergleichbar ({missing} unbekannt).",filament_ok:"Das Filament ist geladen ({types}).",filament_missing:"{printer} hat kein {types} geladen.",filament_unknown:"Das in {printer} geladene Filament ist nicht bekannt.",file_filament_unknown:"Die Datei gibt nicht an, welches Filament sie braucht.",file_unknown:"Die Datei des Auftrags ist nicht gespeichert (auf der Seite Dateien hochladen).",file_missing:"Die Datei des Auftrags fehlt im Dateiordner.",upload_failed:"Senden der Datei fehlgeschlagen: {error}",auto_queue_off:"Der Auto-Queue-Schalter von {printer} ist aus.",printer_has_job:"{printer} hat noch einen Auftrag aus der Warteschlange.",dispatch_in_progress:"An {printer} wird bereits eine Datei gesendet.",no_job:"Gerade passt kein wartender Auftrag zu {printer}."}};var ne={en:We,de:Be};function Ve(t,e){let n=t;for(let r of e.split(".")){if(n===void 0||typeof n=="string")return;n=n[r]}return typeof n=="string"?n:void 0}function k(t){return t?.locale?.language??t?.language??"en"}function Ie(t){let e=k(t),n=ne[e]??ne[e.split("-")[0]];return(r,i)=>{let o=Ve(n,r)??Ve(ne.en,r)??r;return i?o.replace(/\{(\w+)\}/g,(s,l)=>l in i?String(i[l]):s):o}}var Mn=Object.keys(ne);var Ge=S`
  :host {
    --odin-gap: 12px;
    --odin-radius: var(--ha-card-border-radius, 12px);
    --odin-touch: 44px;
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  * {
    box-sizing: border-box;
  }
  .card {
    background: var(--ha-card-background, var(--card-background-color, #fff));
    border-radius: var(--odin-radius);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    min-width: 0;
  }
  h2 {
    font-size: 1.1rem;
    font-weight: 500;
    margin: 0 0 12px;
    line-height: 1.4;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .small {
    font-size: 0.875rem;
  }
  .error-text {
    color: var(--error-color, #db4437);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  .btn {
    min-height: var(--odin-touch);
    min-width: var(--odin-touch);
    padding: 0 16px;
    border-radius: 22px;
    border: 1px solid var(--divider-color, #e0e0e0);
    background: transparent;
    color: var(--primary-color);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    font-weight: 500;
  }
  .btn.primary {
    background: var(--primary-color);
    border-color: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  .btn:focus-visible,
  .chip:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    min-height: var(--odin-touch);
    padding: 0 14px;
    border-radius: 22px;
    border: 1px solid var(--divider-color, #e0e0e0);
    background: transparent;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    color: var(--primary-text-color);
  }
  .chip[aria-pressed="true"] {
    background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
    border-color: var(--primary-color);
    color: var(--primary-color);
    font-weight: 500;
  }
  label.field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.8rem;
    color: var(--secondary-text-color);
    min-width: 0;
  }
  label.field select,
  label.field input {
    min-height: var(--odin-touch);
    padding: 0 10px;
    border-radius: 8px;
    border: 1px solid var(--divider-color, #e0e0e0);
    background: var(--ha-card-background, var(--card-background-color, #fff));
    color: var(--primary-text-color);
    font-size: 1rem;
    width: 100%;
    min-width: 0;
    color-scheme: light dark;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 10px;
    border-radius: 12px;
    font-size: 0.8rem;
    font-weight: 500;
    white-space: nowrap;
    background: color-mix(in srgb, var(--badge-color) 18%, transparent);
    color: var(--badge-color);
  }
  .badge::before {
    content: "";
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--badge-color);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  th,
  td {
    text-align: left;
    padding: 8px 6px;
    border-bottom: 1px solid var(--divider-color, #e0e0e0);
    vertical-align: top;
  }
  th {
    font-weight: 500;
    color: var(--secondary-text-color);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    container-type: inline-size;
  }
  /* Narrow: table rows become small cards of "label value" pairs (no sideways scrolling). */
  @container (max-width: 520px) {
    table.stack thead {
      display: none;
    }
    table.stack,
    table.stack tbody {
      display: block;
    }
    table.stack tr {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 16px;
      padding: 8px 0;
      border-bottom: 1px solid var(--divider-color, #e0e0e0);
    }
    table.stack td {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 8px;
      border: none;
      padding: 3px 0;
      min-width: 0;
      max-width: none;
    }
    table.stack td::before {
      content: attr(data-label);
      color: var(--secondary-text-color);
      font-size: 0.8rem;
      text-align: left;
    }
    table.stack td:first-child {
      grid-column: 1 / -1;
      font-weight: 500;
      display: block;
    }
    table.stack td:first-child::before {
      content: none;
    }
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(110px, 1fr));
    gap: 8px;
  }
  .kpi {
    padding: 10px 12px;
    border-radius: 10px;
    background: rgba(var(--rgb-primary-text-color, 33, 33, 33), 0.04);
    min-width: 0;
  }
  .kpi .value {
    font-size: 1.5rem;
    font-weight: 500;
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .kpi .label {
    font-size: 0.8rem;
    color: var(--secondary-text-color);
  }
  .kpi .label .n {
    white-space: nowrap;
  }
  .progress {
    height: 8px;
    border-radius: 4px;
    background: rgba(var(--rgb-primary-text-color, 33, 33, 33), 0.1);
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--bar-color, var(--primary-color));
    border-radius: 4px;
    transition: width 0.4s;
  }
  .ellipsis {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }
  .center {
    text-align: center;
    padding: 24px 8px;
  }
  details > summary {
    min-height: var(--odin-touch);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--primary-color);
    list-style: none;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  details > summary::before {
    content: "▸";
    margin-right: 8px;
    transition: transform 0.2s;
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
`,Hn=S`
  form {
    display: flex;
    flex-direction: column;
    gap: 12px;
    min-width: 0;
  }
  .form-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
    gap: 12px;
  }
  .form-grid .full {
    grid-column: 1 / -1;
  }
  label.field textarea {
    min-height: 88px;
    padding: 10px;
    border-radius: 8px;
    border: 1px solid var(--divider-color, #e0e0e0);
    background: var(--ha-card-background, var(--card-background-color, #fff));
    color: var(--primary-text-color);
    font: inherit;
    font-size: 1rem;
    width: 100%;
    resize: vertical;
  }
  label.field .req {
    color: var(--error-color, #db4437);
  }
  label.field .hint {
    font-size: 0.75rem;
  }
  label.field input:invalid:not(:placeholder-shown) {
    border-color: var(--error-color, #db4437);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 0.8rem;
    color: var(--secondary-text-color);
    padding: 0;
    margin-bottom: 6px;
  }
  /* Checkbox chips: a real checkbox (keyboard, forms) drawn as a chip. */
  label.chip {
    position: relative;
    user-select: none;
  }
  label.chip input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
    margin: 0;
    pointer-events: none;
  }
  label.chip:has(input:checked) {
    background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
    border-color: var(--primary-color);
    color: var(--primary-color);
    font-weight: 500;
  }
  label.chip:has(input:focus-visible) {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  label.chip:has(input:checked)::before {
    content: "✓";
    margin-right: 6px;
  }
  .btn.danger {
    color: var(--error-color, #db4437);
  }
  .btn.danger.primary {
    background: var(--error-color, #db4437);
    border-color: var(--error-color, #db4437);
    color: var(--text-primary-color, #fff);
  }
  .btn svg,
  .icon-btn svg {
    width: 20px;
    height: 20px;
    fill: currentColor;
    flex: 0 0 auto;
  }
  .icon-btn {
    width: var(--odin-touch);
    height: var(--odin-touch);
    border-radius: 50%;
    border: none;
    background: transparent;
    color: var(--secondary-text-color);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    cursor: pointer;
    padding: 0;
    flex: 0 0 auto;
  }
  .icon-btn:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .icon-btn[disabled] {
    opacity: 0.35;
    cursor: default;
  }
  .icon-btn.danger {
    color: var(--error-color, #db4437);
  }
  .toolbar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 10px;
    margin-bottom: 14px;
  }
  .toolbar-row .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-left: auto;
  }
  .notice {
    padding: 10px 12px;
    border-radius: 8px;
    font-size: 0.9rem;
    background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.1);
    overflow-wrap: anywhere;
  }
  .notice.error {
    background: color-mix(in srgb, var(--error-color, #db4437) 12%, transparent);
    color: var(--error-color, #db4437);
  }
  .notice.success {
    background: color-mix(in srgb, var(--success-color, #43a047) 14%, transparent);
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.8rem;
    padding: 2px 10px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #e0e0e0);
    color: var(--secondary-text-color);
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .pills {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    min-width: 0;
  }
  .section-title {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px;
    margin: 20px 0 10px;
  }
  .section-title h2 {
    margin: 0;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
    gap: var(--odin-gap);
  }
  .tile-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 12px;
    justify-content: flex-end;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 8px 0 0;
    font-size: 0.875rem;
  }
  dl.facts dt {
    color: var(--secondary-text-color);
  }
  dl.facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;var g=t=>typeof t=="object"&&t!==null&&!Array.isArray(t),f=t=>typeof t=="number"&&Number.isFinite(t)?t:t==null?null:Number.isFinite(Number(t))?Number(t):null,P=t=>f(t)??0,u=t=>typeof t=="string"?t:t==null?null:String(t),x=t=>Array.isArray(t)?t:[];function Ke(t){let e=g(t.error)?t.error:null;return{printer_id:String(t.printer_id??t.id??""),name:u(t.name)??String(t.printer_id??""),brand:u(t.brand)??"",model:u(t.model),status:u(t.status)??"offline",online:!!t.online,progress:f(t.progress),remaining_s:f(t.remaining_s),file_name:u(t.file_name),job_name:u(t.job_name),layer:f(t.layer),total_layers:f(t.total_layers),nozzle_temp:f(t.nozzle_temp),bed_temp:f(t.bed_temp),error:e?{code:String(e.code??""),severity:String(e.severity??"error"),message:u(e.message)}:null,tags:x(t.tags).map(String)}}function Je(t){let e=g(t)?t.printers??t.items:t;return x(e).filter(g).map(Ke)}async function Un(t){return Je(await t.callWS({type:"odin/printers/list"}))}function qn(t,e){let n=new Map,r=()=>e([...n.values()]);return t.connection.subscribeMessage(i=>{if(Array.isArray(i)||g(i)&&Array.isArray(i.printers)){n.clear();for(let p of Je(i))n.set(p.printer_id,p);r();return}if(!g(i))return;let o=i.removed??(i.type==="removed"?i.printer_id:void 0);if(o!==void 0){n.delete(String(o)),r();return}let s=g(i.printer)?i.printer:i;if(s.printer_id===void 0)return;let l=String(s.printer_id),a=Ke({...n.get(l)??{},...s});n.set(l,a),r()},{type:"odin/printers/subscribe"})}function ie(t){let e=P(t.success),n=P(t.failed),r=P(t.cancelled),i=P(t.unknown),o=f(t.runs??t.total)??e+n+r+i,s=f(t.success_rate);return s===null&&e+n>0&&(s=e/(e+n)),s!==null&&s>1.0001&&(s=s/100),{runs:o,success:e,failed:n,cancelled:r,unknown:i,n:f(t.n)??e+n,success_rate:s}}function we(t,e){return x(t).filter(g).map(n=>{let r=e.map(i=>n[i]).find(i=>i!=null);return{...ie(n),key:r==null?"":String(r),label:u(n.display??n.label??n.name)??void 0}})}function Ze(t,e,n){return x(t).filter(g).map(r=>{let i=e.map(s=>r[s]).find(s=>s!=null),o=n.map(s=>r[s]).find(s=>typeof s=="string"&&s!=="");return{key:i===void 0?"":String(i),label:o===void 0?void 0:String(o),count:P(r.count??r.failed??r.n),message:u(r.message??r.description),code:u(r.code),printers:f(r.printers)}})}function xt(t){let e=g(t.mtbf)?t.mtbf:{};return{printing_hours:f(e.printing_hours??t.printing_hours),mtbf_hours:f(e.value_h??e.hours??t.mtbf_hours),mtbf_lower_bound:!!(e.lower_bound??t.mtbf_lower_bound)}}function wt(t){return x(t).filter(g).map(e=>({...ie(e),printer_id:String(e.printer_id??""),name:u(e.name)??String(e.printer_id??""),model:u(e.model),removed:!!e.removed,...xt(e)}))}function At(t,e){let n=g(t.totals)?t.totals:{},r=g(t.window)?t.window:t,i=g(t.over_time)?t.over_time:{items:t.over_time};return{start:u(r.start)??e.start,end:u(r.end)??e.end,time_zone:u(r.time_zone),bucket:i.bucket==="week"?"week":i.bucket==="day"?"day":e.bucket,totals:ie(n),by_printer:wt(t.by_printer),by_model:we(t.by_model,["model","key"]),by_material:we(t.by_material,["material","key"]),by_tag:we(t.by_tag,["tag","key"]),reasons:Ze(t.reasons,["code","reason","key"],["description","reason","code"]),hms:Ze(t.errors??t.hms,["code","key"],["code"]),over_time:x(i.items).filter(g).map(o=>({...ie(o),start:String(o.start??o.bucket??o.date??"")}))}}function ae(t){return Object.fromEntries(Object.entries(t).filter(([,e])=>e!=null&&e!==""))}async function Wn(t,e){let n=await t.callWS({type:"odin/analytics/failures",...ae(e)});return At(n,e)}async function Bn(t,e,n=50){let r=await t.callWS({type:"odin/analytics/time_accuracy",...ae(e),limit:n}),i=g(r.window)?r.window:r,o=x(r.by_printer??r.printers).filter(g).map(a=>({printer_id:String(a.printer_id??""),name:u(a.name)??String(a.printer_id??""),n:P(a.n),median_abs_error_pct:f(a.median_abs_error_pct),bias_pct:f(a.bias_pct)})),s=x(r.runs).filter(g).map(a=>({run_id:a.run_id??a.id??"",printer_id:String(a.printer_id??""),name:u(a.name??a.printer_name)??void 0,file_name:u(a.file_name),job_name:u(a.job_name),started_at:String(a.started_at??""),ended_at:u(a.ended_at),outcome:u(a.outcome),estimate_s:f(a.estimate_s??a.slicer_estimate_s),estimate_source:u(a.estimate_source),actual_s:f(a.actual_s),ratio:f(a.ratio),error_pct:f(a.error_pct)})),l=x(r.weekly??r.trend).filter(g).map(a=>({start:String(a.start??a.week??""),n:P(a.n),median_abs_error_pct:f(a.median_abs_error_pct),bias_pct:f(a.bias_pct)}));return{start:u(i.start)??e.start,end:u(i.end)??e.end,by_printer:o,runs:s,runs_total:f(r.runs_total)??s.length,trend:l}}function $t(t){return{id:P(t.id),ts:String(t.ts??""),user_id:u(t.user_id),user_name:u(t.user_name),origin:String(t.origin??""),origin_ref:u(t.origin_ref),action:String(t.action??""),target_type:String(t.target_type??""),target_id:u(t.target_id),target_name:u(t.target_name),details:g(t.details)?t.details:{},result:String(t.result??""),result_text:u(t.result_text)}}async function Vn(t,e,n,r){let i=await t.callWS({type:"odin/audit/list",...ae(e),...n?{before:n}:{},limit:r});return{items:x(i.items).filter(g).map($t),next:u(i.next)}}function re(t,e="value",n="label"){return x(t).map(r=>g(r)?{value:String(r[e]??r.value??""),label:u(r[n]??r.label)??void 0}:{value:String(r)})}async function In(t){let e=await t.callWS({type:"odin/audit/filters"});return{users:re(e.users,"user_id","user_name"),origins:re(e.origins),actions:re(e.actions),target_types:re(e.target_types)}}function Dt(t){let n=new URLSearchParams(ae(t)).toString();return`/api/odin/audit.csv${n?`?${n}`:""}`}async function Gn(t,e){let n=await t.fetchWithAuth(Dt(e));if(!n.ok)throw new Error(`${n.status} ${n.statusText}`);let r=await n.blob(),i=n.headers.get("Content-Disposition")??"",o=/filename="?([^";]+)"?/.exec(i)?.[1]??"odin-audit.csv",s=URL.createObjectURL(r),l=document.createElement("a");l.href=s,l.download=o,document.body.appendChild(l),l.click(),l.remove(),setTimeout(()=>URL.revokeObjectURL(s),1e4)}function Zn(t){return g(t)&&typeof t.message=="string"||t instanceof Error?t.message:String(t)}function Kn(t){return g(t)&&(t.code==="unauthorized"||t.code==="not_allowed")}var se=new Map;function le(t,e){let n=`n|${t}|${JSON.stringify(e)}`,r=se.get(n);if(!r){try{r=new Intl.NumberFormat(t,e)}catch{r=new Intl.NumberFormat("en",e)}se.set(n,r)}return r}function I(t,e){let n=`d|${t}|${JSON.stringify(e)}`,r=se.get(n);if(!r){try{r=new Intl.DateTimeFormat(t,e)}catch{r=new Intl.DateTimeFormat("en",e)}se.set(n,r)}return r}function y(t,e){return e==null?"–":le(k(t),{maximumFractionDigits:0}).format(e)}function G(t,e,n=1){return e==null?"–":le(k(t),{minimumFractionDigits:n,maximumFractionDigits:n}).format(e)}function Ae(t,e){return e==null?"–":le(k(t),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1}).format(e)}function Xn(t,e,n=!1){return e==null?"–":le(k(t),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1,signDisplay:n?"exceptZero":"auto"}).format(e/100)}function Qe(t){if(t==null||!Number.isFinite(t))return"–";let e=Math.max(0,Math.round(t/60)),n=Math.floor(e/60),r=e%60;return n>0?`${n} h ${String(r).padStart(2,"0")} min`:`${r} min`}function de(t){if(t)return t.locale?.time_zone==="server"?t.config.time_zone:void 0}function oe(t,e){if(!e)return"–";let n=new Date(e);return Number.isNaN(n.getTime())?e:I(k(t),{dateStyle:"medium",timeStyle:"short",timeZone:de(t)}).format(n)}function zt(t,e){if(!e)return"–";let n=new Date(e);return Number.isNaN(n.getTime())?e:I(k(t),{timeStyle:"short",timeZone:de(t)}).format(n)}function Yn(t,e,n){if(!e||!n)return`${oe(t,e)} – ${oe(t,n)}`;let r=i=>I(k(t),{dateStyle:"short",timeZone:de(t)}).format(new Date(i));return`${oe(t,e)} – ${r(e)===r(n)?zt(t,n):oe(t,n)}`}function ce(t,e,n){if(!e)return"–";let r=typeof e=="string"?new Date(e):e;return Number.isNaN(r.getTime())?String(e):I(k(t),{day:"numeric",month:"short",timeZone:n??de(t)}).format(r)}function Xe(t,e){return/^\d{4}-\d{2}-\d{2}$/.test(e)?I(k(t),{day:"numeric",month:"short"}).format(Tt(e)):ce(t,e)}function er(t){return`${typeof t=="string"?t:St(t)}T00:00:00`}function St(t){let e=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${e(t.getMonth()+1)}-${e(t.getDate())}`}function Tt(t){let[e,n,r]=t.split("-").map(Number);return new Date(e,(n??1)-1,r??1)}function tr(t,e){let n=new Date(t);return n.setDate(n.getDate()+e),n}function Ye(t){switch(t){case"printing":case"preparing":case"busy":return"var(--info-color, #039be5)";case"finished":return"var(--success-color, #43a047)";case"paused":return"var(--warning-color, #ffa600)";case"failed":case"error":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";case"offline":return"var(--disabled-text-color, #9e9e9e)";default:return"var(--primary-color, #03a9f4)"}}function rr(t,e){return e||t==="failed"||t==="error"||t==="paused"}function et(t){return t==="printing"||t==="preparing"||t==="busy"||t==="paused"}var D=class extends w{constructor(){super(...arguments);this.highlighted=!1;this.flat=!1;this.hideName=!1}render(){let n=this.printer;if(!n)return d;let r=Ie(this.hass),i=Ye(n.status),o=et(n.status),s=n.progress??0,l=n.job_name||n.file_name,a=n.error?.severity??"";return c`<div class="card ${this.flat?"flat":""}" data-printer-id=${n.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName?d:c`<div class="name ellipsis" data-field="name">${n.name}</div>`}
          <div class="model muted ellipsis">${n.model??n.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${i}" data-field="status" data-status=${n.status}
          >${r(`status.${n.status}`)}</span
        >
      </div>
      ${o||l?c`<div class="job">
              <span class="ellipsis" title=${l??""}>${l??r("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${n.progress===null?"":`${y(this.hass,s)} %`}</span
              >
            </div>
            <div
              class="progress"
              role="progressbar"
              aria-label=${r("fleet.progress")}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${s}
              style="--bar-color:${i}"
            >
              <div style="width:${Math.min(100,Math.max(0,s))}%"></div>
            </div>`:c`<div class="job muted">${r("fleet.no_job")}</div>`}
      <div class="meta">
        ${o&&n.remaining_s!==null?c`<span data-field="remaining">${r("fleet.remaining",{time:Qe(n.remaining_s)})}</span>`:d}
        ${n.layer!==null&&n.total_layers?c`<span>${r("fleet.layer",{layer:y(this.hass,n.layer),total:y(this.hass,n.total_layers)})}</span>`:d}
        ${n.nozzle_temp!==null?c`<span>${r("fleet.nozzle")} ${G(this.hass,n.nozzle_temp,0)} °C</span>`:d}
        ${n.bed_temp!==null?c`<span>${r("fleet.bed")} ${G(this.hass,n.bed_temp,0)} °C</span>`:d}
      </div>
      ${n.error?c`<div class="err ${a==="warning"||a==="info"?"warning":""}" data-field="error">
            ${n.error.code}${n.error.message?c` · ${n.error.message}`:d}
          </div>`:d}
      ${n.tags.length&&!this.flat?c`<div class="tags">${n.tags.map(p=>c`<span class="tag">${p}</span>`)}</div>`:d}
      <slot name="footer"></slot>
    </div>`}};D.styles=[Ge,S`
      :host {
        display: block;
        min-width: 0;
      }
      .card {
        height: 100%;
        display: flex;
        flex-direction: column;
      }
      ::slotted([slot="footer"]) {
        margin-top: auto;
        align-self: flex-end;
      }
      :host([highlighted]) .card {
        border-color: var(--primary-color);
        box-shadow: 0 0 0 2px var(--primary-color);
      }
      .flat {
        padding: 0;
        border: none;
        background: none;
        box-shadow: none;
      }
      .head {
        display: flex;
        align-items: flex-start;
        justify-content: space-between;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        font-size: 1.05rem;
      }
      .model {
        font-size: 0.85rem;
      }
      .job {
        margin: 12px 0 6px;
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-size: 0.9rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
        margin-top: 10px;
        font-size: 0.85rem;
        color: var(--secondary-text-color);
      }
      .meta span {
        white-space: nowrap;
      }
      .err {
        margin-top: 10px;
        padding: 8px 10px;
        border-radius: 8px;
        font-size: 0.85rem;
        background: color-mix(in srgb, var(--error-color, #db4437) 12%, transparent);
        color: var(--error-color, #db4437);
        overflow-wrap: anywhere;
      }
      .err.warning {
        background: color-mix(in srgb, var(--warning-color, #ffa600) 14%, transparent);
        color: var(--primary-text-color);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin-top: 10px;
      }
      .tag {
        font-size: 0.75rem;
        padding: 1px 8px;
        border-radius: 10px;
        border: 1px solid var(--divider-color);
        color: var(--secondary-text-color);
      }
    `],b([_({attribute:!1})],D.prototype,"hass",2),b([_({attribute:!1})],D.prototype,"printer",2),b([_({type:Boolean,reflect:!0})],D.prototype,"highlighted",2),b([_({type:Boolean})],D.prototype,"flat",2),b([_({type:Boolean,attribute:"hide-name"})],D.prototype,"hideName",2);te("odin-printer-tile",D);var tt;function Pt(){return tt??=import("./odin-chart-engine-VGZC3NP6.js").then(t=>t.Chart),tt}var Et=/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;function $e(t,e){let n=getComputedStyle(t),r=e.trim();for(let i=0;i<5;i++){let o=Et.exec(r);if(!o)break;r=n.getPropertyValue(o[1]).trim()||(o[2]??"").trim()||"#888"}return r}function jt(t,e){return t.length>e?`${t.slice(0,e-1)}…`:t}var v=class extends w{constructor(){super(...arguments);this.labels=[];this.series=[];this.type="bar";this.stacked=!1;this.horizontal=!1;this.height=240;this.label="";this._chartType=""}render(){let n=this.horizontal?Math.max(120,this.labels.length*30+50):this.height;return c`<div class="wrap" style="height:${n}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`}updated(n){super.updated(n),this._draw()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this._draw()}disconnectedCallback(){super.disconnectedCallback(),this._chart?.destroy(),this._chart=void 0}_config(){let n=$e(this,"var(--secondary-text-color, #727272)"),r=$e(this,"var(--divider-color, rgba(0,0,0,0.12))"),i={family:getComputedStyle(this).fontFamily||void 0,size:12},o=this.formatValue,s=this.series.map(m=>{let h=$e(this,m.color);return this.type==="line"||m.line?{type:"line",label:m.label,data:m.data,borderColor:h,backgroundColor:h,pointRadius:this.labels.length>40?0:3,borderWidth:2,tension:.25,spanGaps:!0}:{type:"bar",label:m.label,data:m.data,backgroundColor:h,borderRadius:3,maxBarThickness:36}}),l={stacked:this.stacked,beginAtZero:!0,grid:{color:r},border:{display:!1},ticks:{color:n,font:i,precision:0,callback:o?m=>o(Number(m)):void 0}},a=this.horizontal?Math.max(12,Math.min(40,Math.floor(this.clientWidth/16))):18,p={stacked:this.stacked,grid:{display:!1},ticks:{color:n,font:i,autoSkip:!0,maxRotation:0,callback(m){return jt(this.getLabelForValue(Number(m)),a)}}};return{type:this.type,data:{labels:this.labels,datasets:s},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:this.horizontal?"y":"x",interaction:{mode:"index",intersect:!1},scales:this.horizontal?{x:l,y:p}:{x:p,y:l},plugins:{legend:{display:this.series.length>1,position:"bottom",labels:{color:n,font:i,boxWidth:12,boxHeight:12}},tooltip:{callbacks:o?{label:m=>`${m.dataset.label??""}: ${o(Number(m.parsed[this.horizontal?"x":"y"]))}`}:{}}}}}}_draw(){Pt().then(n=>this._drawWith(n))}_drawWith(n){let r=this.renderRoot.querySelector("canvas");if(!r||!this.isConnected)return;let i=this._config();if(this._chart&&this._chart.canvas===r&&this._chartType===this.type){this._chart.data=i.data,this._chart.options=i.options??{},this._chart.update("none");return}this._chart?.destroy(),this._chart=new n(r,i),this._chartType=this.type,this.dataset.ready=""}};v.styles=S`
    :host {
      display: block;
      position: relative;
      width: 100%;
      min-width: 0;
    }
    .wrap {
      position: relative;
      width: 100%;
    }
    canvas {
      display: block;
    }
  `,b([_({attribute:!1})],v.prototype,"labels",2),b([_({attribute:!1})],v.prototype,"series",2),b([_()],v.prototype,"type",2),b([_({type:Boolean})],v.prototype,"stacked",2),b([_({type:Boolean})],v.prototype,"horizontal",2),b([_({type:Number})],v.prototype,"height",2),b([_()],v.prototype,"label",2),b([_({attribute:!1})],v.prototype,"theme",2),b([_({attribute:!1})],v.prototype,"formatValue",2);te("odin-chart",v);var Z={success:"var(--success-color, #43a047)",failed:"var(--error-color, #db4437)",cancelled:"var(--warning-color, #ffa600)",unknown:"var(--disabled-text-color, #9e9e9e)"};function nt(t,e,n=!0){let r=[{label:t("analytics.success"),data:e.map(i=>i.success),color:Z.success},{label:t("analytics.failed"),data:e.map(i=>i.failed),color:Z.failed},{label:t("analytics.cancelled"),data:e.map(i=>i.cancelled),color:Z.cancelled}];return n&&e.some(i=>i.unknown>0)&&r.push({label:t("analytics.unknown"),data:e.map(i=>i.unknown),color:Z.unknown}),r}function Nt(t,e,n,r){if(n==null)return"–";let i=`${G(t,n,1)} ${e("units.h")}`;return r?e("analytics.mtbf_lower",{hours:i}):i}function xr(t,e,n){let r=n.totals,i=(o,s,l,a,p)=>c`<div class="kpi" data-kpi=${o} data-value=${a??""}>
      <div class="value">${l}</div>
      <div class="label">${s}${p?c` <span class="n">· ${p}</span>`:d}</div>
    </div>`;return c`<div class="kpis">
    ${i("success_rate",e("analytics.success_rate"),Ae(t,r.success_rate),r.success_rate,`n = ${y(t,r.n)}`)}
    ${i("runs",e("analytics.runs"),y(t,r.runs),r.runs)}
    ${i("failed",e("analytics.failed"),y(t,r.failed),r.failed)}
    ${i("cancelled",e("analytics.cancelled"),y(t,r.cancelled),r.cancelled)}
  </div>`}function wr(t,e,n){let r=n.time_zone??t?.config.time_zone,i=new Date(new Date(n.end).getTime()-1);return e("analytics.window",{start:ce(t,n.start,r),end:ce(t,i,r),n:y(t,n.totals.runs)})}function Ct(t,e){return e.label||e.key||t("analytics.none")}function Ar(t,e,n,r,i,o={}){let s=a=>"printer_id"in a?a.name:Ct(e,a),l=a=>"printer_id"in a?a.printer_id:a.key;return c`<section class="card chart-card" data-section=${n}>
    <h2>${r}</h2>
    ${i.length===0?c`<div class="muted center">${e("analytics.no_data")}</div>`:c`<odin-chart
            .labels=${i.map(s)}
            .series=${nt(e,i)}
            .theme=${o.theme}
            stacked
            ?horizontal=${i.length>6}
            label=${r}
          ></odin-chart>
          <details ?open=${o.tableOpen??!1}>
            <summary>${e("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${e("analytics.name")}</th>
                    <th class="num">${e("analytics.runs")}</th>
                    <th class="num">${e("analytics.success")}</th>
                    <th class="num">${e("analytics.failed")}</th>
                    <th class="num">${e("analytics.cancelled")}</th>
                    <th class="num">${e("analytics.success_rate")}</th>
                    ${o.showMtbf?c`<th class="num">${e("analytics.mtbf")}</th>`:d}
                  </tr>
                </thead>
                <tbody>
                  ${i.map(a=>c`<tr data-key=${l(a)}>
                      <td>${s(a)}</td>
                      <td class="num" data-col="runs" data-label=${e("analytics.runs")}>${y(t,a.runs)}</td>
                      <td class="num" data-col="success" data-label=${e("analytics.success")}>${y(t,a.success)}</td>
                      <td class="num" data-col="failed" data-label=${e("analytics.failed")}>${y(t,a.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${e("analytics.cancelled")}>${y(t,a.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${e("analytics.success_rate")}>
                        ${Ae(t,a.success_rate)}
                      </td>
                      ${o.showMtbf&&"printer_id"in a?c`<td class="num" data-col="mtbf" data-label=${e("analytics.mtbf")}>
                            ${Nt(t,e,a.mtbf_hours,a.mtbf_lower_bound)}
                          </td>`:d}
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function $r(t,e,n,r,i,o,s={}){let l=a=>a.label||a.key||e("analytics.unknown_reason");return c`<section class="card chart-card" data-section=${n}>
    <h2>${r}</h2>
    ${i.length===0?c`<div class="muted center">${s.emptyText??e("analytics.no_failures")}</div>`:c`<odin-chart
            .labels=${i.map(l)}
            .series=${[{label:e("analytics.count"),data:i.map(a=>a.count),color:Z.failed}]}
            .theme=${s.theme}
            horizontal
            label=${r}
          ></odin-chart>
          <details ?open=${s.tableOpen??!1}>
            <summary>${e("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>${o}</th>
                    <th class="num">${e("analytics.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${i.map(a=>c`<tr data-key=${a.key}>
                      <td>
                        ${l(a)}${a.message&&a.message!==l(a)?c`<div class="muted small">${a.message}</div>`:d}
                      </td>
                      <td class="num" data-col="count">${y(t,a.count)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function Dr(t,e,n,r={}){let i=n.over_time,o=i.map(s=>Xe(t,s.start));return c`<section class="card chart-card" data-section="trend">
    <h2>${e("analytics.trend")}</h2>
    ${i.length===0?c`<div class="muted center">${e("analytics.no_data")}</div>`:c`<odin-chart
          .labels=${o}
          .series=${nt(e,i)}
          .theme=${r.theme}
          stacked
          height=${r.height??240}
          label=${e("analytics.trend")}
        ></odin-chart>`}
  </section>`}var rt=["name","printer"];function Ft(t){let e=t.replace(/[_.]+/g," ").trim();return e.charAt(0).toUpperCase()+e.slice(1)}function Sr(t,e,n){let r=`audit.${e}.${n}`,i=t(r);return i===r?Ft(n):i}function Tr(t,e){return t.user_name?t.user_name:t.origin_ref?t.origin_ref:t.user_id??e}function Pr(t){let e=rt.map(r=>t.details[r]).find(r=>typeof r=="string"&&r!==""),n=t.target_name??e;return n||(t.target_id?`${t.target_type} ${t.target_id}`:t.target_type)}function Er(t){let n=Object.entries(t.details).filter(([r])=>!rt.includes(r)).map(([r,i])=>`${r}: ${typeof i=="object"?JSON.stringify(i):String(i)}`).join(", ");return[t.result_text,n].filter(Boolean).join(" · ")}function jr(t){return t==="ok"?"var(--success-color, #43a047)":t==="refused"?"var(--warning-color, #ffa600)":"var(--error-color, #db4437)"}export{S as a,c as b,Lt as c,d,w as e,_ as f,rn as g,cn as h,te as i,yt as j,Pn as k,Ie as l,Ge as m,Hn as n,Un as o,qn as p,Wn as q,Bn as r,Vn as s,In as t,Gn as u,Zn as v,Kn as w,y as x,G as y,Xn as z,Qe as A,oe as B,Yn as C,ce as D,Xe as E,er as F,St as G,Tt as H,tr as I,rr as J,et as K,xr as L,wr as M,Ar as N,$r as O,Dr as P,Sr as Q,Tr as R,Pr as S,Er as T,jr as U};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
