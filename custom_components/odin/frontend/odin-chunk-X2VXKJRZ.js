import{a as f}from"./odin-chunk-W5BWG7AT.js";var Z=globalThis,K=Z.ShadowRoot&&(Z.ShadyCSS===void 0||Z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ae=Symbol(),ye=new WeakMap,F=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==ae)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(K&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=ye.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ye.set(t,e))}return e}toString(){return this.cssText}},ve=r=>new F(typeof r=="string"?r:r+"",void 0,ae),A=(r,...e)=>{let t=r.length===1?r[0]:e.reduce((n,i,a)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+r[a+1],r[0]);return new F(t,r,ae)},ke=(r,e)=>{if(K)r.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let n=document.createElement("style"),i=Z.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=t.cssText,r.appendChild(n)}},oe=K?r=>r:r=>r instanceof CSSStyleSheet?(e=>{let t="";for(let n of e.cssRules)t+=n.cssText;return ve(t)})(r):r;var{is:Je,defineProperty:Qe,getOwnPropertyDescriptor:Xe,getOwnPropertyNames:Ye,getOwnPropertySymbols:et,getPrototypeOf:tt}=Object,G=globalThis,we=G.trustedTypes,rt=we?we.emptyScript:"",nt=G.reactiveElementPolyfillSupport,j=(r,e)=>r,M={toAttribute(r,e){switch(e){case Boolean:r=r?rt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,e){let t=r;switch(e){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},J=(r,e)=>!Je(r,e),xe={attribute:!0,type:String,converter:M,reflect:!1,useDefault:!1,hasChanged:J};Symbol.metadata??=Symbol("metadata"),G.litPropertyMetadata??=new WeakMap;var k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=xe){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),i=this.getPropertyDescriptor(e,n,t);i!==void 0&&Qe(this.prototype,e,i)}}static getPropertyDescriptor(e,t,n){let{get:i,set:a}=Xe(this.prototype,e)??{get(){return this[t]},set(o){this[t]=o}};return{get:i,set(o){let s=i?.call(this);a?.call(this,o),this.requestUpdate(e,s,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??xe}static _$Ei(){if(this.hasOwnProperty(j("elementProperties")))return;let e=tt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(j("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(j("properties"))){let t=this.properties,n=[...Ye(t),...et(t)];for(let i of n)this.createProperty(i,t[i])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[n,i]of t)this.elementProperties.set(n,i)}this._$Eh=new Map;for(let[t,n]of this.elementProperties){let i=this._$Eu(t,n);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let i of n)t.unshift(oe(i))}else e!==void 0&&t.push(oe(e));return t}static _$Eu(e,t){let n=t.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ke(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,n);if(i!==void 0&&n.reflect===!0){let a=(n.converter?.toAttribute!==void 0?n.converter:M).toAttribute(t,n.type);this._$Em=e,a==null?this.removeAttribute(i):this.setAttribute(i,a),this._$Em=null}}_$AK(e,t){let n=this.constructor,i=n._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let a=n.getPropertyOptions(i),o=typeof a.converter=="function"?{fromAttribute:a.converter}:a.converter?.fromAttribute!==void 0?a.converter:M;this._$Em=i;let s=o.fromAttribute(t,a.type);this[i]=s??this._$Ej?.get(i)??s,this._$Em=null}}requestUpdate(e,t,n,i=!1,a){if(e!==void 0){let o=this.constructor;if(i===!1&&(a=this[e]),n??=o.getPropertyOptions(e),!((n.hasChanged??J)(a,t)||n.useDefault&&n.reflect&&a===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,n))))return;this.C(e,t,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:i,wrapped:a},o){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??t??this[e]),a!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,a]of this._$Ep)this[i]=a;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[i,a]of n){let{wrapped:o}=a,s=this[i];o!==!0||this._$AL.has(i)||s===void 0||this.C(i,void 0,a,s)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(t)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[j("elementProperties")]=new Map,k[j("finalized")]=new Map,nt?.({ReactiveElement:k}),(G.reactiveElementVersions??=[]).push("2.1.2");var he=globalThis,Ae=r=>r,Q=he.trustedTypes,$e=Q?Q.createPolicy("lit-html",{createHTML:r=>r}):void 0,Ee="$lit$",$=`lit$${Math.random().toFixed(9).slice(2)}$`,Ce="?"+$,it=`<${Ce}>`,S=document,R=()=>S.createComment(""),H=r=>r===null||typeof r!="object"&&typeof r!="function",me=Array.isArray,at=r=>me(r)||typeof r?.[Symbol.iterator]=="function",se=`[ 	
\f\r]`,O=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,De=/-->/g,ze=/>/g,D=RegExp(`>|${se}(?:([^\\s"'>=/]+)(${se}*=${se}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Se=/'/g,Te=/"/g,Ne=/^(?:script|style|textarea|title)$/i,fe=r=>(e,...t)=>({_$litType$:r,strings:e,values:t}),u=fe(1),St=fe(2),Tt=fe(3),T=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),Pe=new WeakMap,z=S.createTreeWalker(S,129);function Fe(r,e){if(!me(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return $e!==void 0?$e.createHTML(e):e}var ot=(r,e)=>{let t=r.length-1,n=[],i,a=e===2?"<svg>":e===3?"<math>":"",o=O;for(let s=0;s<t;s++){let l=r[s],d,p,h=-1,v=0;for(;v<l.length&&(o.lastIndex=v,p=o.exec(l),p!==null);)v=o.lastIndex,o===O?p[1]==="!--"?o=De:p[1]!==void 0?o=ze:p[2]!==void 0?(Ne.test(p[2])&&(i=RegExp("</"+p[2],"g")),o=D):p[3]!==void 0&&(o=D):o===D?p[0]===">"?(o=i??O,h=-1):p[1]===void 0?h=-2:(h=o.lastIndex-p[2].length,d=p[1],o=p[3]===void 0?D:p[3]==='"'?Te:Se):o===Te||o===Se?o=D:o===De||o===ze?o=O:(o=D,i=void 0);let x=o===D&&r[s+1].startsWith("/>")?" ":"";a+=o===O?l+it:h>=0?(n.push(d),l.slice(0,h)+Ee+l.slice(h)+$+x):l+$+(h===-2?s:x)}return[Fe(r,a+(r[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]},U=class r{constructor({strings:e,_$litType$:t},n){let i;this.parts=[];let a=0,o=0,s=e.length-1,l=this.parts,[d,p]=ot(e,t);if(this.el=r.createElement(d,n),z.currentNode=this.el.content,t===2||t===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(i=z.nextNode())!==null&&l.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let h of i.getAttributeNames())if(h.endsWith(Ee)){let v=p[o++],x=i.getAttribute(h).split($),I=/([.?@])?(.*)/.exec(v);l.push({type:1,index:a,name:I[2],strings:x,ctor:I[1]==="."?de:I[1]==="?"?ce:I[1]==="@"?ue:C}),i.removeAttribute(h)}else h.startsWith($)&&(l.push({type:6,index:a}),i.removeAttribute(h));if(Ne.test(i.tagName)){let h=i.textContent.split($),v=h.length-1;if(v>0){i.textContent=Q?Q.emptyScript:"";for(let x=0;x<v;x++)i.append(h[x],R()),z.nextNode(),l.push({type:2,index:++a});i.append(h[v],R())}}}else if(i.nodeType===8)if(i.data===Ce)l.push({type:2,index:a});else{let h=-1;for(;(h=i.data.indexOf($,h+1))!==-1;)l.push({type:7,index:a}),h+=$.length-1}a++}}static createElement(e,t){let n=S.createElement("template");return n.innerHTML=e,n}};function E(r,e,t=r,n){if(e===T)return e;let i=n!==void 0?t._$Co?.[n]:t._$Cl,a=H(e)?void 0:e._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(r),i._$AT(r,t,n)),n!==void 0?(t._$Co??=[])[n]=i:t._$Cl=i),i!==void 0&&(e=E(r,i._$AS(r,e.values),i,n)),e}var le=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,i=(e?.creationScope??S).importNode(t,!0);z.currentNode=i;let a=z.nextNode(),o=0,s=0,l=n[0];for(;l!==void 0;){if(o===l.index){let d;l.type===2?d=new L(a,a.nextSibling,this,e):l.type===1?d=new l.ctor(a,l.name,l.strings,this,e):l.type===6&&(d=new pe(a,this,e)),this._$AV.push(d),l=n[++s]}o!==l?.index&&(a=z.nextNode(),o++)}return z.currentNode=S,i}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}},L=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=E(this,e,t),H(e)?e===c||e==null||e===""?(this._$AH!==c&&this._$AR(),this._$AH=c):e!==this._$AH&&e!==T&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):at(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==c&&H(this._$AH)?this._$AA.nextSibling.data=e:this.T(S.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,i=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=U.createElement(Fe(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(t);else{let a=new le(i,this),o=a.u(this.options);a.p(t),this.T(o),this._$AH=a}}_$AC(e){let t=Pe.get(e.strings);return t===void 0&&Pe.set(e.strings,t=new U(e)),t}k(e){me(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,n,i=0;for(let a of e)i===t.length?t.push(n=new r(this.O(R()),this.O(R()),this,this.options)):n=t[i],n._$AI(a),i++;i<t.length&&(this._$AR(n&&n._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let n=Ae(e).nextSibling;Ae(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},C=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,i,a){this.type=1,this._$AH=c,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=a,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=c}_$AI(e,t=this,n,i){let a=this.strings,o=!1;if(a===void 0)e=E(this,e,t,0),o=!H(e)||e!==this._$AH&&e!==T,o&&(this._$AH=e);else{let s=e,l,d;for(e=a[0],l=0;l<a.length-1;l++)d=E(this,s[n+l],t,l),d===T&&(d=this._$AH[l]),o||=!H(d)||d!==this._$AH[l],d===c?e=c:e!==c&&(e+=(d??"")+a[l+1]),this._$AH[l]=d}o&&!i&&this.j(e)}j(e){e===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},de=class extends C{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===c?void 0:e}},ce=class extends C{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==c)}},ue=class extends C{constructor(e,t,n,i,a){super(e,t,n,i,a),this.type=5}_$AI(e,t=this){if((e=E(this,e,t,0)??c)===T)return;let n=this._$AH,i=e===c&&n!==c||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,a=e!==c&&(n===c||i);i&&this.element.removeEventListener(this.name,this,n),a&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},pe=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){E(this,e)}};var st=he.litHtmlPolyfillSupport;st?.(U,L),(he.litHtmlVersions??=[]).push("3.3.3");var je=(r,e,t)=>{let n=t?.renderBefore??e,i=n._$litPart$;if(i===void 0){let a=t?.renderBefore??null;n._$litPart$=i=new L(e.insertBefore(R(),a),a,void 0,t??{})}return i._$AI(r),i};var ge=globalThis,y=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=je(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return T}};y._$litElement$=!0,y.finalized=!0,ge.litElementHydrateSupport?.({LitElement:y});var lt=ge.litElementPolyfillSupport;lt?.({LitElement:y});(ge.litElementVersions??=[]).push("4.2.2");var dt={attribute:!0,type:String,converter:M,reflect:!1,hasChanged:J},ct=(r=dt,e,t)=>{let{kind:n,metadata:i}=t,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),n==="setter"&&((r=Object.create(r)).wrapped=!0),a.set(t.name,r),n==="accessor"){let{name:o}=t;return{set(s){let l=e.get.call(this);e.set.call(this,s),this.requestUpdate(o,l,r,!0,s)},init(s){return s!==void 0&&this.C(o,void 0,r,s),s}}}if(n==="setter"){let{name:o}=t;return function(s){let l=this[o];e.call(this,s),this.requestUpdate(o,l,r,!0,s)}}throw Error("Unsupported decorator location: "+n)};function m(r){return(e,t)=>typeof t=="object"?ct(r,e,t):((n,i,a)=>{let o=i.hasOwnProperty(a);return i.constructor.createProperty(a,n),o?Object.getOwnPropertyDescriptor(i,a):void 0})(r,e,t)}function Wt(r){return m({...r,state:!0,attribute:!1})}var P=(r,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(r,e,t),t);function Qt(r,e){return(t,n,i)=>{let a=o=>o.renderRoot?.querySelector(r)??null;if(e){let{get:o,set:s}=typeof n=="object"?t:i??(()=>{let l=Symbol();return{get(){return this[l]},set(d){this[l]=d}}})();return P(t,n,{get(){let l=o.call(this);return l===void 0&&(l=a(this),(l!==null||this.hasUpdated)&&s.call(this,l)),l}})}return P(t,n,{get(){return a(this)}})}}function X(r,e){customElements.get(r)||customElements.define(r,e)}function ut(r,e,t){r.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}function _r(r,e=!1){e?history.replaceState(null,"",r):history.pushState(null,"",r),ut(window,"location-changed",{replace:e})}var Me={panel:{title:"Print farm",menu:"Open the sidebar",tabs:{fleet:"Fleet",analytics:"Analytics",audit:"Audit",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Timelapses",files:"Files"},loading:"Loading…",retry:"Retry",error:"Could not load the data: {error}",tabs_short:{fleet:"Fleet",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Videos",analytics:"Stats",audit:"Audit",files:"Files"}},status:{offline:"Offline",idle:"Idle",busy:"Busy",preparing:"Preparing",printing:"Printing",paused:"Paused",finished:"Finished",cancelled:"Cancelled",failed:"Failed",error:"Error"},fleet:{all:"All",tags:"Tags",no_printers:"No printers yet. Add one on the farm entry under Settings → Devices & services.",no_match:"No printer has this tag.",summary:"{total} printers · {printing} printing · {attention} need attention",remaining:"{time} left",layer:"Layer {layer} / {total}",nozzle:"Nozzle",bed:"Bed",no_job:"No job",analytics:"Analytics",progress:"Progress",edit_tags:"Tags"},analytics:{from:"From",to:"To",range:"Period",last_days:"{days} days",bucket:"Group by",day:"Day",week:"Week",printer:"Printer",tag:"Tag",model:"Model",material:"Material",any:"All",runs:"Runs",success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",success_rate:"Success rate",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Printing hours",window:"{start} – {end} · n = {n}",by_printer:"Outcomes per printer",by_model:"Outcomes per model",by_material:"Outcomes per material",by_tag:"Outcomes per tag",reasons:"Failure reasons",hms:"HMS and error codes",trend:"Outcomes over time",accuracy:"Print time accuracy (actual vs. estimate)",accuracy_trend:"Accuracy per week",median_abs_error:"Median abs. error",bias:"Bias",n:"n",count:"Count",code:"Code",reason:"Reason",name:"Name",no_data:"No runs in this period.",no_failures:"No failures in this period.",cancel_note:"Cancelled runs are shown but never counted as failures. Success rate = successful / (successful + failed).",recent_runs:"Recent runs",estimate:"Estimate",actual:"Actual",deviation:"Deviation",file:"File",ended_at:"Ended",show_table:"Show numbers",none:"(none)",unknown_reason:"(no reason)",more_filters:"More filters",run:"Run",open_run:"Details and timelapse of {job}",no_timelapse:"This run has no timelapse."},audit:{admin_only:"Only administrators can see the audit log.",when:"When",who:"Who",origin:"Origin",action:"Action",target:"Target",result:"Result",details:"Details",user:"User",since:"From",until:"To",any:"All",load_more:"Load more",csv:"Download CSV",empty:"No audit entries match these filters.",end:"End of the log.",system:"System",clear:"Clear filters",entries:"{n} entries shown",actions:{pause:"Pause",resume:"Resume",stop:"Stop",printer_added:"Printer added",printer_removed:"Printer removed",printer_reconfigured:"Printer reconfigured",farm_options_changed:"Farm options changed",tagged:"Tagged",untagged:"Untagged",tags_set:"Tags set",job_added:"Job added",job_cancelled:"Job cancelled",job_updated:"Job changed",job_done:"Job done",job_requeued:"Job queued again",job_removed:"Job removed",job_moved:"Job moved",preset_saved:"Preset saved",preset_deleted:"Preset deleted",preset_scheduled:"Preset scheduled",spool_saved:"Spool saved",spool_deleted:"Spool removed",drying_logged:"Drying logged",material_set:"Material limits set",material_reset:"Material limits reset",timelapse_deleted:"Timelapse deleted",timelapse_on:"Timelapse on",timelapse_off:"Timelapse off"},origins:{ui:"UI",api:"API",automation:"Automation",script:"Script",voice:"Voice",system:"System",service:"Action call"},results:{ok:"OK",error:"Error",refused:"Refused"}},card:{title:"Title",days:"Period (days)",chart:"Chart",chart_printer:"Per printer",chart_reasons:"Failure reasons",chart_trend:"Over time",chart_model:"Per model",chart_material:"Per material",limit:"Rows",printer:"Printer",choose_printer:"Choose a printer",printer_missing:"Printer {id} is not in the farm.",failure_analytics:"Failure analytics",audit_log:"Audit log",printer_card:"Printer",last_runs:"Last runs: estimate vs. actual",open_panel:"Open",failure_analytics_desc:"Success rate, failures and reasons of the O.D.I.N. print farm.",audit_log_desc:"Latest O.D.I.N. audit log entries (administrators only).",printer_card_desc:"Live status of one printer with estimated vs. actual print times."},units:{h:"h",min:"min",s:"s"},common:{close:"Close",cancel:"Cancel",save:"Save",delete:"Delete"},tags:{heading:"Tags of {printer}",help:'Tags group printers: filter the fleet, target jobs and presets ("any printer tagged Room A"), and automations. Case does not matter.',none:"No tags yet.",new:"New tag",add:"Add",remove:"Remove tag {tag}",suggestions:"Tags in use:",saved:"Tags of {printer} saved",too_long:"A tag can have at most {max} characters."},jobs:{file:"File",file_hint:"The print file on the printer or in the farm library, e.g. gear.3mf",name:"Name",name_hint:"Default: the file name",quantity:"Copies",priority:"Priority",priority_hint:"-100 … 100, higher prints first",printer:"Printer",model:"Printer model",any_model:"Any model",filament:"Filament",nozzle:"Nozzle",any_nozzle:"Any nozzle",tags_any:"Printers with any of these tags",tags_all:"Printers with all of these tags",notes:"Notes",print_options:"Print options",pill_printer:"Printer: {printer}",pill_tags_any:"Any of: {tags}",pill_tags_all:"All of: {tags}",pill_model:"Model: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Nozzle: {nozzle} mm"},options:{default:"Printer default",on:"On",off:"Off",timelapse:"Timelapse",bed_leveling:"Bed levelling",flow_calibration:"Flow calibration",vibration_calibration:"Vibration calibration",layer_inspect:"First layer inspection",use_ams:"Use AMS",plate:"Plate",plate_n:"Plate {n}"},queue:{summary:"{queued} waiting · {active} printing or assigned",add:"Add job",add_heading:"Add a print job",add_submit:"Add to queue",added:"{n} job(s) added to the queue",active:"Printing and assigned",waiting:"Waiting",order_note:"Order: priority, then the order added",empty:"The queue is empty. Add a job, or schedule a preset.",open_presets:"Open presets",finished:"Finished ({n})",position:"Position in the queue",position_n:"Position {n}",priority_n:"Priority {n}",any_printer:"Any printer",on_printer:"On {printer}",added_by:"Added by {who} · {when}",ended:"Ended {when}",move_up:"Move up",move_down:"Move down",save_as_preset:"Save as preset",save_as_preset_help:"The preset keeps this job's file ({file}), printer, tag or model, filament, nozzle, priority, notes and options.",preset_saved:"Preset {name} saved",cancel_job:"Cancel job",cancel_heading:"Cancel this job?",cancel_text:"{name} leaves the queue. This cannot be undone.",cancelled:"{name} cancelled",why:"Printers checked ({n})",status:{queued:"Waiting",assigned:"Assigned",printing:"Printing",done:"Done",failed:"Failed",cancelled:"Cancelled"},reason:{proposed:"Next on {printer}",no_printers:"Waiting: the farm has no printers",no_printer_fits:"Waiting: no printer meets all constraints together",no_printer_fits_unmet:"Waiting: no printer has {unmet}",waiting_for_earlier_jobs:"Waiting: the printers that fit go to jobs ahead",filament_not_loaded:"Waiting: no fitting printer has {filament} loaded",printers_busy:"Waiting: the printers that fit are busy",printers_in_error:"Waiting: the printers that fit have an error",printers_offline:"Waiting: the printers that fit are offline"},constraint:{printer_id:"the chosen printer {printer}",tags_any:"one of the tags {tags}",tags_all:"all the tags {tags}",model:"the model {model}",nozzle_mm:"a {nozzle} mm nozzle"},check:{ok:"ready",other_printer:"another printer is chosen",missing_any_tag:"none of the tags",missing_tags:"not all tags",wrong_model:"other model",wrong_nozzle:"other nozzle",offline:"offline",error:"has an error",busy:"busy",filament_not_loaded:"filament not loaded",proposed_for_earlier_job:"goes to a job ahead"},note:{filament_unverified:"Filament not checked: the printer does not report its spools.",nozzle_unverified:"Nozzle not checked: the printer does not report it."},cancel_short:"Cancel",cancel_named:"Cancel {name}",dispatch_ui:{dispatch:"Dispatch now",dry_run:"Dry run",dispatch_on:"Send to {printer}",dispatch_named:"Dispatch {name} now",dry_run_named:"Dry run for {name}",result:{started:"Started on {printer}: {file}",would_send:"Would send {file} to {printer}",refused:"Refused on {printer}:",upload_failed:"Sending to {printer} failed:",skipped:"Nothing sent to {printer}:"},last_report:{refused:"Last dispatch refused",upload_failed:"Last send failed",failed:"The print failed"},file_info:"Sliced for {model} · {nozzle} mm · {time}",sending:"Sending {percent}",no_printer:"No printer to dispatch to",other_job:"This is about the job next in line for this printer: {job}"}},presets:{summary:"{n} presets",new:"New preset",new_heading:"New preset",edit_heading:"Edit preset",name:"Preset name",target:"Print on",tag:"Tag",target_type:{any:"Any printer",printer:"One printer",tag:"Printers with a tag",model:"A printer model"},target_any:"Any printer",target_printer:"{printer}",target_tag:"Printers tagged {tag}",target_model:"Model {model}",quick_schedule:"Quick schedule",schedule_heading:"Schedule {name}",schedule_help:"Queues {file} now, on: {target}.",schedule_submit:"Schedule",only_tag:"Only printers tagged",only_tag_hint:"Replaces the preset's printer choice for these jobs",as_in_preset:"As in the preset",scheduled:"{n} job(s) of {name} queued",open_queue:"Open queue",saved:"Preset {name} saved",edit:"Edit {name}",delete:"Delete {name}",delete_heading:"Delete this preset?",delete_text:"{name} is deleted. Jobs already queued from it stay in the queue.",deleted:"Preset {name} deleted",empty:'No presets yet. Create one, or use "Save as preset" on a queue job.'},drying:{summary:"{n} spools · {needs} need drying",add_spool:"Add spool",log:"Log drying",log_heading:"Log a drying session",what:"Spool",printer_slot:"A printer slot…",slot_code:"Slot",slot_hint:"A1 … H4 (AMS unit and slot), HT1 … HT8 (AMS HT) or EXT",temp:"Temperature",duration:"Duration",duration_h:"Duration (hours)",hours_hint:"e.g. 4 or 7.5",method_label:"Method",started:"Started",started_hint:"Empty: it ended just now",rh_before:"Humidity before",rh_after:"Humidity after",rh_before_after:"Humidity before → after",logged:"Drying logged",logged_spool:"Drying of {spool} logged",method:{dryer:"Filament dryer",oven:"Oven",ams:"AMS drying",dry_box:"Dry box",dehydrator:"Dehydrator",other:"Other"},needs:"Needs drying",dry:"Dry",due:"Dry · next drying due {date}",not_tracked:"Not tracked",reason:{time:"time",humidity:"humidity"},days_since:"{days} days since drying",days_since_max:"{days} of {max} days since drying",humidity:"{rh} % RH",humidity_max:"{rh} % RH (max {max} %)",brand:"Brand",colour:"Colour",weight:"Weight",opened:"Opened",slot:"Printer slot",location:"Location",spoolman:"Spoolman spool",spoolman_hint:"Optional: the spool's id in Spoolman",sensor:"Humidity sensor",no_sensor:"None",in_printer:"Loaded in printer",no_printer:"Not in a printer",material:"Material",name:"Name",name_hint:"Default: brand, material and colour",new_heading:"Add a spool",edit_heading:"Edit spool",edit:"Edit {spool}",delete:"Remove {spool}",delete_heading:"Remove this spool?",delete_text:"{spool} is removed from the list. Its drying history is kept.",spool_saved:"Spool {spool} saved",spool_deleted:"Spool {spool} removed",show_history:"Drying history of {spool}",history:"Drying history",history_all:"Recent drying sessions",no_history:"No drying logged yet.",no_spools:"No spools yet. Add your spools to see when they need drying.",spool:"Spool",when:"Ended",by:"By",materials:"Material limits",materials_help:"A spool needs drying when the days since its last drying (or since opened) exceed the material's limit, or its humidity does. Materials without limits are not tracked.",material_form_help:"Leave both limits empty to stop tracking this material.",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp:"Drying temp.",drying_hours:"Drying time",custom:"(custom)",edit_material:"Edit {material}",reset_material:"Reset {material}",add_material:"Add material",material_saved:"Limits of {material} saved",reset:"Reset",reset_heading:"Reset these limits?",reset_text:"{material} goes back to the default limits.",reset_text_custom:"{material} is removed from the table (not tracked)."},timelapses:{printer:"Printer",job:"Job",result:"Result",run:"Print",video:"Video",kept:"Kept",kept_until:"until {date}",kept_forever:"until deleted",video_facts:"{length} · {frames} frames at {fps} fps · {size}",video_of:"Timelapse of {job}",play:"Play the timelapse of {job}",count:"{n} timelapses",empty:"No timelapses yet. Printers with a camera record one of every print while their Timelapse switch is on.",recording:"Recording now: {printers}",not_recording:"No printer is recording right now.",download:"Download",admin_delete:"Only administrators can delete timelapses.",delete_heading:"Delete this timelapse?",delete_text:"The video of {job} on {printer} is deleted for good.",deleted:"Timelapse of {job} deleted",run_missing:"Run {run} has no timelapse.",outcome:{success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",open:"Printing"}},fields:{name:"Name",file:"File",notes:"Notes",quantity:"Copies",priority:"Priority",model:"Model",filament:"Filament",nozzle_mm:"Nozzle",material:"Material",brand:"Brand",colour:"Colour",location:"Location",weight_g:"Weight",spoolman_id:"Spoolman id",humidity_entity_id:"Humidity sensor",humidity_before:"Humidity before",humidity_after:"Humidity after",temp_c:"Temperature",temperature:"Temperature",duration_min:"Duration",duration:"Duration",started_at:"Start",opened_at:"Opened date",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp_c:"Drying temperature",drying_hours:"Drying time",tag:"Tag",slot:"Slot"},errors:{unauthorized:"Only administrators can do this.",not_loaded:"The print farm is not loaded.",query_failed:"The farm database could not answer: {error}",database_unavailable:"The farm database could not be opened: {error}",invalid_datetime:"{field} is not a valid date and time: {value}",unknown_timelapse:"There is no timelapse {timelapse_id}.",empty_field:"{field} must not be empty.",text_too_long:"{field} is too long (at most {max} characters).",out_of_range:"{field} must be between {min} and {max} (got {value}).",empty_tag:"A tag must not be empty.",too_many_tags:"A printer can carry at most {max} tags.",unknown_tag:"No printer has the tag {tag}.",unknown_printer:"{printer} is not a printer of the farm.",no_target:"No printer was targeted.",unknown_job:"There is no print job {job} in the queue.",job_printing:"Print job {job} is printing: stop the print at the printer first.",job_not_queued:"Print job {job} is {status}: only waiting jobs can be moved.",invalid_job_transition:"Print job {job} cannot change from {status} to {new}.",unknown_preset:"There is no preset {preset}.",duplicate_preset:"A preset named {name} already exists.",invalid_target:"Choose one target: a printer, a tag or a printer model.",invalid_option:"Unknown or invalid print option {option}.",unknown_spool:"There is no spool {spool}.",invalid_slot:"{slot} is not a printer slot: use A1 to H4, HT1 to HT8 or EXT.",slot_needs_printer:"A slot needs its printer.",no_spool_given:"Choose a spool, or a printer and its slot.",invalid_temperature:"{field} must be between {min} and {max} °C (got {value}).",invalid_duration:"{field} must be between {min} and {max} minutes (got {value}).",invalid_humidity:"{field} must be between {min} and {max} % (got {value}).",invalid_method:"Unknown drying method {method}.",in_future:"{field} lies in the future.",invalid_entity:"{entity} is not a sensor."},files:{title:"Print files",upload:"Upload a file",choose:"Choose .3mf / .gcode / .bgcode",uploading:"Uploading {name}… {percent}",uploaded:"{name} uploaded",already:"{name} was already stored",admin_only:"Only administrators can upload files.",hint:"Up to the farm's size limit (default 512 MB). Sliced .gcode.3mf, .gcode and .bgcode can be sent to a printer.",empty:"No files yet.",size:"Size",kind:"Type",uploaded_at:"Uploaded",uploaded_by:"By",slicer:"Slicer",printer_model:"Sliced for",profile:"Profile",compatible:"Compatible models",nozzle:"Nozzle",plates:"Plates",plate_n:"Plate {n}",estimate:"Print time",filaments:"Filaments",bbox:"Footprint",not_sliced:"not sliced",fits:"Fits",no_fit:"No printer of this model in the farm",queue:"Queue this file",queue_heading:"Queue {name}",queued:"{n} job(s) queued",open_queue:"Open the queue",details:"Details",close_details:"Close",select:"Select",error:{generic:"Upload failed: {error}",too_large:"The file is larger than the farm's upload limit.",invalid_file_type:"Only .3mf, .gcode.3mf, .gcode and .bgcode files can be uploaded.",invalid_file_name:"The file name is not allowed.",invalid_print_file:"The file could not be read as a print file.",forbidden:"Only administrators can upload files.",empty:"The file is empty.",network:"The connection broke off."}},guard:{printer_ready:"{printer} is online and ready.",printer_offline:"{printer} is offline.",printer_busy:"{printer} is not ready for a new print (it is {status}).",printer_state_unknown:"The state of {printer} is not known yet.",no_active_error:"{printer} reports no error.",active_error:"{printer} has an active error ({codes}).",plate_cleared:"The plate of {printer} was cleared after the last print.",plate_not_cleared:"The plate of {printer} has not been cleared since the last print.",plate_state_unknown:"It is not known whether the plate of {printer} is clear.",file_type_ok:"{printer} accepts this {kind} file.",file_type_not_accepted:"{printer} does not accept {kind} files (it takes: {accepted}).",plate_missing:"The file has no plate {plate}.",plate_not_sliced:"Plate {plate} of the file is not sliced; slice and export it first.",model_ok:"The file was sliced for {model}.",model_mismatch:"The file was sliced for {file_model}, but {printer} is a {model}.",model_unknown:"Cannot tell whether the file suits {printer} ({missing} unknown).",bed_ok:"The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",outside_bed:"The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the {bed_x} x {bed_y} mm bed of {printer}.",too_large_for_bed:"The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}.",bed_unknown:"The bed size of {printer} is not known.",footprint_unknown:"The file does not tell the size of the print.",nozzle_ok:"The {nozzle} mm nozzle matches the file.",nozzle_mismatch:"The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm.",nozzle_unknown:"Cannot compare nozzles ({missing} unknown).",filament_ok:"The filament is loaded ({types}).",filament_missing:"{printer} has no {types} loaded.",filament_unknown:"The filament loaded in {printer} is not known.",file_filament_unknown:"The file does not tell which filament it needs.",file_unknown:"The job's file is not stored (upload it on the Files page).",file_missing:"The job's file is missing from the files folder.",upload_failed:"Sending the file failed: {error}",auto_queue_off:"The auto-queue switch of {printer} is off.",printer_has_job:"{printer} still has a job of the queue.",dispatch_in_progress:"A file is already being sent to {printer}.",no_job:"No queued job fits {printer} now."}};var Oe={panel:{title:"Druckfarm",menu:"Seitenleiste öffnen",tabs:{fleet:"Flotte",analytics:"Analyse",audit:"Protokoll",queue:"Warteschlange",presets:"Vorlagen",drying:"Trocknung",timelapses:"Zeitraffer",files:"Dateien"},loading:"Wird geladen…",retry:"Erneut versuchen",error:"Daten konnten nicht geladen werden: {error}",tabs_short:{fleet:"Flotte",queue:"Aufträge",presets:"Vorlagen",drying:"Trocknen",timelapses:"Videos",analytics:"Analyse",audit:"Protokoll",files:"Dateien"}},status:{offline:"Offline",idle:"Bereit",busy:"Beschäftigt",preparing:"Vorbereitung",printing:"Druckt",paused:"Pausiert",finished:"Fertig",cancelled:"Abgebrochen",failed:"Fehlgeschlagen",error:"Fehler"},fleet:{all:"Alle",tags:"Tags",no_printers:"Noch keine Drucker. Füge unter Einstellungen → Geräte & Dienste beim Farm-Eintrag einen hinzu.",no_match:"Kein Drucker hat dieses Tag.",summary:"{total} Drucker · {printing} drucken · {attention} brauchen Aufmerksamkeit",remaining:"noch {time}",layer:"Schicht {layer} / {total}",nozzle:"Düse",bed:"Bett",no_job:"Kein Auftrag",analytics:"Analyse",progress:"Fortschritt",edit_tags:"Tags"},analytics:{from:"Von",to:"Bis",range:"Zeitraum",last_days:"{days} Tage",bucket:"Gruppieren nach",day:"Tag",week:"Woche",printer:"Drucker",tag:"Tag",model:"Modell",material:"Material",any:"Alle",runs:"Drucke",success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",success_rate:"Erfolgsquote",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Druckstunden",window:"{start} – {end} · n = {n}",by_printer:"Ergebnisse je Drucker",by_model:"Ergebnisse je Modell",by_material:"Ergebnisse je Material",by_tag:"Ergebnisse je Tag",reasons:"Fehlerursachen",hms:"HMS- und Fehlercodes",trend:"Ergebnisse im Zeitverlauf",accuracy:"Genauigkeit der Druckzeit (tatsächlich vs. Schätzung)",accuracy_trend:"Genauigkeit je Woche",median_abs_error:"Median abs. Fehler",bias:"Abweichung",n:"n",count:"Anzahl",code:"Code",reason:"Ursache",name:"Name",no_data:"Keine Drucke in diesem Zeitraum.",no_failures:"Keine Fehldrucke in diesem Zeitraum.",cancel_note:"Abgebrochene Drucke werden gezeigt, aber nie als Fehler gezählt. Erfolgsquote = erfolgreich / (erfolgreich + fehlgeschlagen).",recent_runs:"Letzte Drucke",estimate:"Schätzung",actual:"Tatsächlich",deviation:"Abweichung",file:"Datei",ended_at:"Beendet",show_table:"Zahlen zeigen",none:"(keine)",unknown_reason:"(ohne Ursache)",more_filters:"Weitere Filter",run:"Druck",open_run:"Details und Zeitraffer von {job}",no_timelapse:"Dieser Druck hat keinen Zeitraffer."},audit:{admin_only:"Nur Administratoren können das Protokoll sehen.",when:"Wann",who:"Wer",origin:"Herkunft",action:"Aktion",target:"Ziel",result:"Ergebnis",details:"Details",user:"Benutzer",since:"Von",until:"Bis",any:"Alle",load_more:"Mehr laden",csv:"CSV herunterladen",empty:"Keine Einträge für diese Filter.",end:"Ende des Protokolls.",system:"System",clear:"Filter zurücksetzen",entries:"{n} Einträge angezeigt",actions:{pause:"Pausieren",resume:"Fortsetzen",stop:"Stoppen",printer_added:"Drucker hinzugefügt",printer_removed:"Drucker entfernt",printer_reconfigured:"Drucker neu konfiguriert",farm_options_changed:"Farm-Optionen geändert",tagged:"Getaggt",untagged:"Tag entfernt",tags_set:"Tags gesetzt",job_added:"Auftrag hinzugefügt",job_cancelled:"Auftrag abgebrochen",job_updated:"Auftrag geändert",job_done:"Auftrag erledigt",job_requeued:"Auftrag erneut eingereiht",job_removed:"Auftrag entfernt",job_moved:"Auftrag verschoben",preset_saved:"Vorlage gespeichert",preset_deleted:"Vorlage gelöscht",preset_scheduled:"Vorlage eingeplant",spool_saved:"Spule gespeichert",spool_deleted:"Spule entfernt",drying_logged:"Trocknung erfasst",material_set:"Materialgrenzen gesetzt",material_reset:"Materialgrenzen zurückgesetzt",timelapse_deleted:"Zeitraffer gelöscht",timelapse_on:"Zeitraffer an",timelapse_off:"Zeitraffer aus"},origins:{ui:"Oberfläche",api:"API",automation:"Automatisierung",script:"Skript",voice:"Sprache",system:"System",service:"Aktionsaufruf"},results:{ok:"OK",error:"Fehler",refused:"Abgelehnt"}},card:{title:"Titel",days:"Zeitraum (Tage)",chart:"Diagramm",chart_printer:"Je Drucker",chart_reasons:"Fehlerursachen",chart_trend:"Zeitverlauf",chart_model:"Je Modell",chart_material:"Je Material",limit:"Zeilen",printer:"Drucker",choose_printer:"Drucker wählen",printer_missing:"Drucker {id} ist nicht in der Farm.",failure_analytics:"Fehleranalyse",audit_log:"Protokoll",printer_card:"Drucker",last_runs:"Letzte Drucke: Schätzung vs. tatsächlich",open_panel:"Öffnen",failure_analytics_desc:"Erfolgsquote, Fehldrucke und Ursachen der O.D.I.N.-Druckfarm.",audit_log_desc:"Neueste Einträge des O.D.I.N.-Protokolls (nur Administratoren).",printer_card_desc:"Live-Status eines Druckers mit geschätzter vs. tatsächlicher Druckzeit."},units:{h:"h",min:"min",s:"s"},common:{close:"Schließen",cancel:"Abbrechen",save:"Speichern",delete:"Löschen"},tags:{heading:"Tags von {printer}",help:"Tags gruppieren Drucker: Flotte filtern, Aufträge und Vorlagen zuordnen („irgendein Drucker mit Tag Raum A“) und Automationen. Groß-/Kleinschreibung spielt keine Rolle.",none:"Noch keine Tags.",new:"Neues Tag",add:"Hinzufügen",remove:"Tag {tag} entfernen",suggestions:"Verwendete Tags:",saved:"Tags von {printer} gespeichert",too_long:"Ein Tag darf höchstens {max} Zeichen haben."},jobs:{file:"Datei",file_hint:"Die Druckdatei auf dem Drucker oder in der Farm-Bibliothek, z. B. zahnrad.3mf",name:"Name",name_hint:"Standard: der Dateiname",quantity:"Anzahl",priority:"Priorität",priority_hint:"-100 … 100, höher druckt zuerst",printer:"Drucker",model:"Druckermodell",any_model:"Jedes Modell",filament:"Filament",nozzle:"Düse",any_nozzle:"Jede Düse",tags_any:"Drucker mit einem dieser Tags",tags_all:"Drucker mit allen diesen Tags",notes:"Notizen",print_options:"Druckoptionen",pill_printer:"Drucker: {printer}",pill_tags_any:"Eines von: {tags}",pill_tags_all:"Alle von: {tags}",pill_model:"Modell: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Düse: {nozzle} mm"},options:{default:"Druckerstandard",on:"An",off:"Aus",timelapse:"Zeitraffer",bed_leveling:"Bettnivellierung",flow_calibration:"Flusskalibrierung",vibration_calibration:"Vibrationskalibrierung",layer_inspect:"Erste-Schicht-Prüfung",use_ams:"AMS verwenden",plate:"Platte",plate_n:"Platte {n}"},queue:{summary:"{queued} wartend · {active} drucken oder zugewiesen",add:"Auftrag hinzufügen",add_heading:"Druckauftrag hinzufügen",add_submit:"In die Warteschlange",added:"{n} Auftrag/Aufträge eingereiht",active:"Druckt und zugewiesen",waiting:"Wartend",order_note:"Reihenfolge: Priorität, dann Eingang",empty:"Die Warteschlange ist leer. Füge einen Auftrag hinzu oder plane eine Vorlage ein.",open_presets:"Vorlagen öffnen",finished:"Abgeschlossen ({n})",position:"Platz in der Warteschlange",position_n:"Platz {n}",priority_n:"Priorität {n}",any_printer:"Beliebiger Drucker",on_printer:"Auf {printer}",added_by:"Von {who} · {when}",ended:"Beendet {when}",move_up:"Nach oben",move_down:"Nach unten",save_as_preset:"Als Vorlage speichern",save_as_preset_help:"Die Vorlage übernimmt Datei ({file}), Drucker, Tag oder Modell, Filament, Düse, Priorität, Notizen und Optionen dieses Auftrags.",preset_saved:"Vorlage {name} gespeichert",cancel_job:"Auftrag abbrechen",cancel_heading:"Diesen Auftrag abbrechen?",cancel_text:"{name} verlässt die Warteschlange. Das lässt sich nicht rückgängig machen.",cancelled:"{name} abgebrochen",why:"Geprüfte Drucker ({n})",status:{queued:"Wartend",assigned:"Zugewiesen",printing:"Druckt",done:"Erledigt",failed:"Fehlgeschlagen",cancelled:"Abgebrochen"},reason:{proposed:"Als Nächstes auf {printer}",no_printers:"Wartet: die Farm hat keine Drucker",no_printer_fits:"Wartet: kein Drucker erfüllt alle Bedingungen zugleich",no_printer_fits_unmet:"Wartet: kein Drucker hat {unmet}",waiting_for_earlier_jobs:"Wartet: passende Drucker gehen an frühere Aufträge",filament_not_loaded:"Wartet: kein passender Drucker hat {filament} geladen",printers_busy:"Wartet: passende Drucker sind beschäftigt",printers_in_error:"Wartet: passende Drucker haben einen Fehler",printers_offline:"Wartet: passende Drucker sind offline"},constraint:{printer_id:"den gewählten Drucker {printer}",tags_any:"eines der Tags {tags}",tags_all:"alle Tags {tags}",model:"das Modell {model}",nozzle_mm:"eine {nozzle}-mm-Düse"},check:{ok:"bereit",other_printer:"anderer Drucker gewählt",missing_any_tag:"keines der Tags",missing_tags:"nicht alle Tags",wrong_model:"anderes Modell",wrong_nozzle:"andere Düse",offline:"offline",error:"hat einen Fehler",busy:"beschäftigt",filament_not_loaded:"Filament nicht geladen",proposed_for_earlier_job:"geht an einen früheren Auftrag"},note:{filament_unverified:"Filament nicht geprüft: der Drucker meldet seine Spulen nicht.",nozzle_unverified:"Düse nicht geprüft: der Drucker meldet sie nicht."},cancel_short:"Abbrechen",cancel_named:"{name} abbrechen",dispatch_ui:{dispatch:"Jetzt senden",dry_run:"Probelauf",dispatch_on:"An {printer} senden",dispatch_named:"{name} jetzt senden",dry_run_named:"Probelauf für {name}",result:{started:"Gestartet auf {printer}: {file}",would_send:"Würde {file} an {printer} senden",refused:"Abgelehnt auf {printer}:",upload_failed:"Senden an {printer} fehlgeschlagen:",skipped:"Nichts an {printer} gesendet:"},last_report:{refused:"Letztes Senden abgelehnt",upload_failed:"Letztes Senden fehlgeschlagen",failed:"Der Druck ist fehlgeschlagen"},file_info:"Geslict für {model} · {nozzle} mm · {time}",sending:"Sende {percent}",no_printer:"Kein Drucker zum Senden",other_job:"Betrifft den Auftrag, der für diesen Drucker an der Reihe ist: {job}"}},presets:{summary:"{n} Vorlagen",new:"Neue Vorlage",new_heading:"Neue Vorlage",edit_heading:"Vorlage bearbeiten",name:"Name der Vorlage",target:"Drucken auf",tag:"Tag",target_type:{any:"Beliebiger Drucker",printer:"Ein Drucker",tag:"Drucker mit einem Tag",model:"Ein Druckermodell"},target_any:"Beliebiger Drucker",target_printer:"{printer}",target_tag:"Drucker mit Tag {tag}",target_model:"Modell {model}",quick_schedule:"Schnell einplanen",schedule_heading:"{name} einplanen",schedule_help:"Reiht {file} jetzt ein, auf: {target}.",schedule_submit:"Einplanen",only_tag:"Nur Drucker mit Tag",only_tag_hint:"Ersetzt für diese Aufträge die Druckerwahl der Vorlage",as_in_preset:"Wie in der Vorlage",scheduled:"{n} Auftrag/Aufträge von {name} eingereiht",open_queue:"Warteschlange öffnen",saved:"Vorlage {name} gespeichert",edit:"{name} bearbeiten",delete:"{name} löschen",delete_heading:"Diese Vorlage löschen?",delete_text:"{name} wird gelöscht. Bereits eingereihte Aufträge bleiben in der Warteschlange.",deleted:"Vorlage {name} gelöscht",empty:"Noch keine Vorlagen. Lege eine an oder nutze „Als Vorlage speichern“ bei einem Auftrag."},drying:{summary:"{n} Spulen · {needs} müssen getrocknet werden",add_spool:"Spule hinzufügen",log:"Trocknung erfassen",log_heading:"Trocknung erfassen",what:"Spule",printer_slot:"Ein Druckerplatz …",slot_code:"Platz",slot_hint:"A1 … H4 (AMS-Einheit und Platz), HT1 … HT8 (AMS HT) oder EXT",temp:"Temperatur",duration:"Dauer",duration_h:"Dauer (Stunden)",hours_hint:"z. B. 4 oder 7,5",method_label:"Methode",started:"Beginn",started_hint:"Leer: gerade eben beendet",rh_before:"Feuchte vorher",rh_after:"Feuchte nachher",rh_before_after:"Feuchte vorher → nachher",logged:"Trocknung erfasst",logged_spool:"Trocknung von {spool} erfasst",method:{dryer:"Filamenttrockner",oven:"Ofen",ams:"AMS-Trocknung",dry_box:"Trockenbox",dehydrator:"Dörrgerät",other:"Sonstiges"},needs:"Trocknen nötig",dry:"Trocken",due:"Trocken · nächste Trocknung fällig {date}",not_tracked:"Nicht überwacht",reason:{time:"Zeit",humidity:"Feuchte"},days_since:"{days} Tage seit dem Trocknen",days_since_max:"{days} von {max} Tagen seit dem Trocknen",humidity:"{rh} % rF",humidity_max:"{rh} % rF (max. {max} %)",brand:"Marke",colour:"Farbe",weight:"Gewicht",opened:"Geöffnet",slot:"Druckerplatz",location:"Lagerort",spoolman:"Spoolman-Spule",spoolman_hint:"Optional: die Nummer der Spule in Spoolman",sensor:"Feuchtesensor",no_sensor:"Keiner",in_printer:"Im Drucker",no_printer:"In keinem Drucker",material:"Material",name:"Name",name_hint:"Standard: Marke, Material und Farbe",new_heading:"Spule hinzufügen",edit_heading:"Spule bearbeiten",edit:"{spool} bearbeiten",delete:"{spool} entfernen",delete_heading:"Diese Spule entfernen?",delete_text:"{spool} wird aus der Liste entfernt. Ihr Trocknungsverlauf bleibt erhalten.",spool_saved:"Spule {spool} gespeichert",spool_deleted:"Spule {spool} entfernt",show_history:"Trocknungsverlauf von {spool}",history:"Trocknungsverlauf",history_all:"Letzte Trocknungen",no_history:"Noch keine Trocknung erfasst.",no_spools:"Noch keine Spulen. Füge deine Spulen hinzu, um zu sehen, wann sie getrocknet werden müssen.",spool:"Spule",when:"Ende",by:"Von",materials:"Materialgrenzen",materials_help:"Eine Spule muss getrocknet werden, wenn die Tage seit der letzten Trocknung (oder seit dem Öffnen) oder ihre Feuchte die Grenze des Materials überschreiten. Materialien ohne Grenzen werden nicht überwacht.",material_form_help:"Beide Grenzen leer lassen, um dieses Material nicht mehr zu überwachen.",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp:"Trockentemp.",drying_hours:"Trockendauer",custom:"(angepasst)",edit_material:"{material} bearbeiten",reset_material:"{material} zurücksetzen",add_material:"Material hinzufügen",material_saved:"Grenzen von {material} gespeichert",reset:"Zurücksetzen",reset_heading:"Grenzen zurücksetzen?",reset_text:"{material} erhält wieder die Standardgrenzen.",reset_text_custom:"{material} wird aus der Tabelle entfernt (nicht überwacht)."},timelapses:{printer:"Drucker",job:"Auftrag",result:"Ergebnis",run:"Druck",video:"Video",kept:"Aufbewahrt",kept_until:"bis {date}",kept_forever:"bis zum Löschen",video_facts:"{length} · {frames} Bilder mit {fps} fps · {size}",video_of:"Zeitraffer von {job}",play:"Zeitraffer von {job} abspielen",count:"{n} Zeitraffer",empty:"Noch keine Zeitraffer. Drucker mit Kamera nehmen jeden Druck auf, solange ihr Schalter „Zeitraffer“ an ist.",recording:"Nimmt gerade auf: {printers}",not_recording:"Gerade nimmt kein Drucker auf.",download:"Herunterladen",admin_delete:"Nur Administratoren können Zeitraffer löschen.",delete_heading:"Diesen Zeitraffer löschen?",delete_text:"Das Video von {job} auf {printer} wird endgültig gelöscht.",deleted:"Zeitraffer von {job} gelöscht",run_missing:"Druck {run} hat keinen Zeitraffer.",outcome:{success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",open:"Druckt"}},fields:{name:"Name",file:"Datei",notes:"Notizen",quantity:"Anzahl",priority:"Priorität",model:"Modell",filament:"Filament",nozzle_mm:"Düse",material:"Material",brand:"Marke",colour:"Farbe",location:"Lagerort",weight_g:"Gewicht",spoolman_id:"Spoolman-Nummer",humidity_entity_id:"Feuchtesensor",humidity_before:"Feuchte vorher",humidity_after:"Feuchte nachher",temp_c:"Temperatur",temperature:"Temperatur",duration_min:"Dauer",duration:"Dauer",started_at:"Beginn",opened_at:"Öffnungsdatum",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp_c:"Trockentemperatur",drying_hours:"Trockendauer",tag:"Tag",slot:"Platz"},errors:{unauthorized:"Nur Administratoren dürfen das.",not_loaded:"Die Druckfarm ist nicht geladen.",query_failed:"Die Farm-Datenbank konnte nicht antworten: {error}",database_unavailable:"Die Farm-Datenbank konnte nicht geöffnet werden: {error}",invalid_datetime:"{field} ist kein gültiger Zeitpunkt: {value}",unknown_timelapse:"Es gibt keinen Zeitraffer {timelapse_id}.",empty_field:"{field} darf nicht leer sein.",text_too_long:"{field} ist zu lang (höchstens {max} Zeichen).",out_of_range:"{field} muss zwischen {min} und {max} liegen (war {value}).",empty_tag:"Ein Tag darf nicht leer sein.",too_many_tags:"Ein Drucker kann höchstens {max} Tags haben.",unknown_tag:"Kein Drucker hat das Tag {tag}.",unknown_printer:"{printer} ist kein Drucker der Farm.",no_target:"Kein Drucker ausgewählt.",unknown_job:"Es gibt keinen Druckauftrag {job} in der Warteschlange.",job_printing:"Druckauftrag {job} druckt gerade: stoppe den Druck zuerst am Drucker.",job_not_queued:"Druckauftrag {job} ist {status}: nur wartende Aufträge lassen sich verschieben.",invalid_job_transition:"Druckauftrag {job} kann nicht von {status} zu {new} wechseln.",unknown_preset:"Es gibt keine Vorlage {preset}.",duplicate_preset:"Eine Vorlage namens {name} gibt es schon.",invalid_target:"Wähle ein Ziel: einen Drucker, ein Tag oder ein Druckermodell.",invalid_option:"Unbekannte oder ungültige Druckoption {option}.",unknown_spool:"Es gibt keine Spule {spool}.",invalid_slot:"{slot} ist kein Druckerplatz: A1 bis H4, HT1 bis HT8 oder EXT.",slot_needs_printer:"Ein Platz braucht seinen Drucker.",no_spool_given:"Wähle eine Spule oder einen Drucker und seinen Platz.",invalid_temperature:"{field} muss zwischen {min} und {max} °C liegen (war {value}).",invalid_duration:"{field} muss zwischen {min} und {max} Minuten liegen (war {value}).",invalid_humidity:"{field} muss zwischen {min} und {max} % liegen (war {value}).",invalid_method:"Unbekannte Trocknungsmethode {method}.",in_future:"{field} liegt in der Zukunft.",invalid_entity:"{entity} ist kein Sensor."},files:{title:"Druckdateien",upload:"Datei hochladen",choose:".3mf / .gcode / .bgcode wählen",uploading:"{name} wird hochgeladen… {percent}",uploaded:"{name} hochgeladen",already:"{name} war schon gespeichert",admin_only:"Nur Administratoren können Dateien hochladen.",hint:"Bis zur Größengrenze der Farm (Standard 512 MB). Geslicte .gcode.3mf, .gcode und .bgcode können an Drucker gesendet werden.",empty:"Noch keine Dateien.",size:"Größe",kind:"Typ",uploaded_at:"Hochgeladen",uploaded_by:"Von",slicer:"Slicer",printer_model:"Geslict für",profile:"Profil",compatible:"Passende Modelle",nozzle:"Düse",plates:"Platten",plate_n:"Platte {n}",estimate:"Druckzeit",filaments:"Filamente",bbox:"Grundfläche",not_sliced:"nicht geslict",fits:"Passt auf",no_fit:"Kein Drucker dieses Modells in der Farm",queue:"Diese Datei einreihen",queue_heading:"{name} einreihen",queued:"{n} Auftrag/Aufträge eingereiht",open_queue:"Zur Warteschlange",details:"Details",close_details:"Schließen",select:"Auswählen",error:{generic:"Hochladen fehlgeschlagen: {error}",too_large:"Die Datei ist größer als die Upload-Grenze der Farm.",invalid_file_type:"Nur .3mf-, .gcode.3mf-, .gcode- und .bgcode-Dateien können hochgeladen werden.",invalid_file_name:"Dieser Dateiname ist nicht erlaubt.",invalid_print_file:"Die Datei konnte nicht als Druckdatei gelesen werden.",forbidden:"Nur Administratoren können Dateien hochladen.",empty:"Die Datei ist leer.",network:"Die Verbindung ist abgebrochen."}},guard:{printer_ready:"{printer} ist online und bereit.",printer_offline:"{printer} ist offline.",printer_busy:"{printer} ist nicht bereit für einen neuen Druck (Status: {status}).",printer_state_unknown:"Der Zustand von {printer} ist noch nicht bekannt.",no_active_error:"{printer} meldet keinen Fehler.",active_error:"{printer} hat einen aktiven Fehler ({codes}).",plate_cleared:"Die Druckplatte von {printer} wurde nach dem letzten Druck geräumt.",plate_not_cleared:"Die Druckplatte von {printer} wurde seit dem letzten Druck nicht geräumt.",plate_state_unknown:"Es ist nicht bekannt, ob die Druckplatte von {printer} frei ist.",file_type_ok:"{printer} nimmt diese {kind}-Datei an.",file_type_not_accepted:"{printer} nimmt keine {kind}-Dateien an (nur: {accepted}).",plate_missing:"Die Datei hat keine Platte {plate}.",plate_not_sliced:"Platte {plate} der Datei ist nicht geslict; zuerst slicen und exportieren.",model_ok:"Die Datei wurde für {model} geslict.",model_mismatch:"Die Datei wurde für {file_model} geslict, aber {printer} ist ein {model}.",model_unknown:"Nicht feststellbar, ob die Datei zu {printer} passt ({missing} unbekannt).",bed_ok:"Der Druck ({width} x {depth} mm) passt auf das {bed_x} x {bed_y} mm große Bett.",outside_bed:"Der Druck ({width} x {depth} mm bei {min_x}, {min_y}) liegt außerhalb des {bed_x} x {bed_y} mm großen Betts von {printer}.",too_large_for_bed:"Der Druck ({width} x {depth} mm) ist größer als das {bed_x} x {bed_y} mm große Bett von {printer}.",bed_unknown:"Die Bettgröße von {printer} ist nicht bekannt.",footprint_unknown:"Die Datei gibt die Größe des Drucks nicht an.",nozzle_ok:"Die {nozzle}-mm-Düse passt zur Datei.",nozzle_mismatch:"Die Datei wurde für eine {file_nozzle}-mm-Düse geslict, {printer} hat {nozzle} mm.",nozzle_unknown:"Düsen nicht vergleichbar ({missing} unbekannt).",filament_ok:"Das Filament ist geladen ({types}).",filament_missing:"{printer} hat kein {types} geladen.",filament_unknown:"Das in {printer} geladene Filament ist nicht bekannt.",file_filament_unknown:"Die Datei gibt nicht an, welches Filament sie braucht.",file_unknown:"Die Datei des Auftrags ist nicht gespeichert (auf der Seite Dateien hochladen).",file_missing:"Die Datei des Auftrags fehlt im Dateiordner.",upload_failed:"Senden der Datei fehlgeschlagen: {error}",auto_queue_off:"Der Auto-Queue-Schalter von {printer} ist aus.",printer_has_job:"{printer} hat noch einen Auftrag aus der Warteschlange.",dispatch_in_progress:"An {printer} wird bereits eine Datei gesendet.",no_job:"Gerade passt kein wartender Auftrag zu {printer}."}};var Y={en:Me,de:Oe};function Re(r,e){let t=r;for(let n of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[n]}return typeof t=="string"?t:void 0}function b(r){return r?.locale?.language??r?.language??"en"}function He(r){let e=b(r),t=Y[e]??Y[e.split("-")[0]];return(n,i)=>{let a=Re(t,n)??Re(Y.en,n)??n;return i?a.replace(/\{(\w+)\}/g,(o,s)=>s in i?String(i[s]):o):a}}var xr=Object.keys(Y);var Ue=A`
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
`,Dr=A`
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
`;function N(r,e,...t){return r.callWS({...t[0]??{},type:e})}function Le(r,e,t){return r.connection.subscribeMessage(t,{type:e})}function q(r){return Object.fromEntries(Object.entries(r).filter(([,e])=>e!=null&&e!==""))}async function Pr(r){return(await N(r,"odin/printers/list")).printers}function mt(r,e){switch(e.type){case"full":return new Map(e.printers.map(t=>[t.printer_id,t]));case"update":return new Map(r).set(e.printer.printer_id,e.printer);case"removed":{let t=new Map(r);return t.delete(e.printer_id),t}}}function Er(r,e){let t=new Map;return Le(r,"odin/printers/subscribe",n=>{t=mt(t,n),e([...t.values()])})}function Cr(r,e){return N(r,"odin/analytics/failures",q(e))}function Nr(r,e,t=50){return N(r,"odin/analytics/time_accuracy",{...q(e),limit:t})}function Fr(r,e,t,n){return N(r,"odin/audit/list",{...q(e),...t?{before:t}:{},limit:n})}function jr(r){return N(r,"odin/audit/filters")}function ft(r){let t=new URLSearchParams(q(r)).toString();return`/api/odin/audit.csv${t?`?${t}`:""}`}async function Mr(r,e){let t=await r.fetchWithAuth(ft(e));if(!t.ok)throw new Error(`${t.status} ${t.statusText}`);let n=await t.blob(),i=t.headers.get("Content-Disposition")??"",a=/filename="?([^";]+)"?/.exec(i)?.[1]??"odin-audit.csv",o=URL.createObjectURL(n),s=document.createElement("a");s.href=o,s.download=a,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(o),1e4)}function qe(r){return typeof r=="object"&&r!==null&&typeof r.code=="string"&&typeof r.message=="string"}function Or(r){return qe(r)||r instanceof Error?r.message:String(r)}function Rr(r){return qe(r)&&(r.code==="unauthorized"||r.code==="not_allowed")}var Ur=r=>{class e extends r{#e=[];#t;hassSubscribe(){return[]}subscriptionFailed(n){}resubscribe(){this.#n(),this.#r()}connectedCallback(){super.connectedCallback(),this.#r()}disconnectedCallback(){super.disconnectedCallback(),this.#n()}willUpdate(n){super.willUpdate(n),n.has("hass")&&this.#r()}#r(){!this.isConnected||!this.hass||this.#t!==this.hass.connection&&(this.#n(),this.#t=this.hass.connection,this.#e=this.hassSubscribe().map(n=>(n.catch(i=>this.subscriptionFailed(i)),n)))}#n(){for(let n of this.#e)n.then(i=>i()).catch(()=>{});this.#e=[],this.#t=void 0}}return e};var te=new Map;function re(r,e){let t=`n|${r}|${JSON.stringify(e)}`,n=te.get(t);if(!n){try{n=new Intl.NumberFormat(r,e)}catch{n=new Intl.NumberFormat("en",e)}te.set(t,n)}return n}function V(r,e){let t=`d|${r}|${JSON.stringify(e)}`,n=te.get(t);if(!n){try{n=new Intl.DateTimeFormat(r,e)}catch{n=new Intl.DateTimeFormat("en",e)}te.set(t,n)}return n}function g(r,e){return e==null?"–":re(b(r),{maximumFractionDigits:0}).format(e)}function B(r,e,t=1){return e==null?"–":re(b(r),{minimumFractionDigits:t,maximumFractionDigits:t}).format(e)}function _e(r,e){return e==null?"–":re(b(r),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1}).format(e)}function Vr(r,e,t=!1){return e==null?"–":re(b(r),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1,signDisplay:t?"exceptZero":"auto"}).format(e/100)}function Ve(r){if(r==null||!Number.isFinite(r))return"–";let e=Math.max(0,Math.round(r/60)),t=Math.floor(e/60),n=e%60;return t>0?`${t} h ${String(n).padStart(2,"0")} min`:`${n} min`}function ne(r){if(r)return r.locale?.time_zone==="server"?r.config.time_zone:void 0}function ee(r,e){if(!e)return"–";let t=new Date(e);return Number.isNaN(t.getTime())?e:V(b(r),{dateStyle:"medium",timeStyle:"short",timeZone:ne(r)}).format(t)}function gt(r,e){if(!e)return"–";let t=new Date(e);return Number.isNaN(t.getTime())?e:V(b(r),{timeStyle:"short",timeZone:ne(r)}).format(t)}function Br(r,e,t){if(!e||!t)return`${ee(r,e)} – ${ee(r,t)}`;let n=i=>V(b(r),{dateStyle:"short",timeZone:ne(r)}).format(new Date(i));return`${ee(r,e)} – ${n(e)===n(t)?gt(r,t):ee(r,t)}`}function ie(r,e,t){if(!e)return"–";let n=typeof e=="string"?new Date(e):e;return Number.isNaN(n.getTime())?String(e):V(b(r),{day:"numeric",month:"short",timeZone:t??ne(r)}).format(n)}function Be(r,e){return/^\d{4}-\d{2}-\d{2}$/.test(e)?V(b(r),{day:"numeric",month:"short"}).format(bt(e)):ie(r,e)}function Wr(r){return`${typeof r=="string"?r:_t(r)}T00:00:00`}function _t(r){let e=t=>String(t).padStart(2,"0");return`${r.getFullYear()}-${e(r.getMonth()+1)}-${e(r.getDate())}`}function bt(r){let[e,t,n]=r.split("-").map(Number);return new Date(e,(t??1)-1,n??1)}function Ir(r,e){let t=new Date(r);return t.setDate(t.getDate()+e),t}function We(r){switch(r){case"printing":case"preparing":case"busy":return"var(--info-color, #039be5)";case"finished":return"var(--success-color, #43a047)";case"paused":return"var(--warning-color, #ffa600)";case"failed":case"error":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";case"offline":return"var(--disabled-text-color, #9e9e9e)";default:return"var(--primary-color, #03a9f4)"}}function Kr(r,e){return e||r==="failed"||r==="error"||r==="paused"}function Ie(r){return r==="printing"||r==="preparing"||r==="busy"||r==="paused"}var w=class extends y{constructor(){super(...arguments);this.highlighted=!1;this.flat=!1;this.hideName=!1}render(){let t=this.printer;if(!t)return c;let n=He(this.hass),i=We(t.status),a=Ie(t.status),o=t.progress??0,s=t.job_name||t.file_name,l=t.error?.severity??"";return u`<div class="card ${this.flat?"flat":""}" data-printer-id=${t.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName?c:u`<div class="name ellipsis" data-field="name">${t.name}</div>`}
          <div class="model muted ellipsis">${t.model??t.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${i}" data-field="status" data-status=${t.status}
          >${n(`status.${t.status}`)}</span
        >
      </div>
      ${a||s?u`<div class="job">
              <span class="ellipsis" title=${s??""}>${s??n("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${t.progress===null?"":`${g(this.hass,o)} %`}</span
              >
            </div>
            <div
              class="progress"
              role="progressbar"
              aria-label=${n("fleet.progress")}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${o}
              style="--bar-color:${i}"
            >
              <div style="width:${Math.min(100,Math.max(0,o))}%"></div>
            </div>`:u`<div class="job muted">${n("fleet.no_job")}</div>`}
      <div class="meta">
        ${a&&t.remaining_s!==null?u`<span data-field="remaining">${n("fleet.remaining",{time:Ve(t.remaining_s)})}</span>`:c}
        ${t.layer!==null&&t.total_layers?u`<span>${n("fleet.layer",{layer:g(this.hass,t.layer),total:g(this.hass,t.total_layers)})}</span>`:c}
        ${t.nozzle_temp!==null?u`<span>${n("fleet.nozzle")} ${B(this.hass,t.nozzle_temp,0)} °C</span>`:c}
        ${t.bed_temp!==null?u`<span>${n("fleet.bed")} ${B(this.hass,t.bed_temp,0)} °C</span>`:c}
      </div>
      ${t.error?u`<div class="err ${l==="warning"||l==="info"?"warning":""}" data-field="error">
            ${t.error.code}
          </div>`:c}
      ${t.tags.length&&!this.flat?u`<div class="tags">${t.tags.map(d=>u`<span class="tag">${d}</span>`)}</div>`:c}
      <slot name="footer"></slot>
    </div>`}};w.styles=[Ue,A`
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
    `],f([m({attribute:!1})],w.prototype,"hass",2),f([m({attribute:!1})],w.prototype,"printer",2),f([m({type:Boolean,reflect:!0})],w.prototype,"highlighted",2),f([m({type:Boolean})],w.prototype,"flat",2),f([m({type:Boolean,attribute:"hide-name"})],w.prototype,"hideName",2);X("odin-printer-tile",w);var Ze;function yt(){return Ze??=import("./odin-chart-engine-VGZC3NP6.js").then(r=>r.Chart),Ze}var vt=/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;function be(r,e){let t=getComputedStyle(r),n=e.trim();for(let i=0;i<5;i++){let a=vt.exec(n);if(!a)break;n=t.getPropertyValue(a[1]).trim()||(a[2]??"").trim()||"#888"}return n}function kt(r,e){return r.length>e?`${r.slice(0,e-1)}…`:r}var _=class extends y{constructor(){super(...arguments);this.labels=[];this.series=[];this.type="bar";this.stacked=!1;this.horizontal=!1;this.height=240;this.label="";this._chartType=""}render(){let t=this.horizontal?Math.max(120,this.labels.length*30+50):this.height;return u`<div class="wrap" style="height:${t}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`}updated(t){super.updated(t),this._draw()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this._draw()}disconnectedCallback(){super.disconnectedCallback(),this._chart?.destroy(),this._chart=void 0}_config(){let t=be(this,"var(--secondary-text-color, #727272)"),n=be(this,"var(--divider-color, rgba(0,0,0,0.12))"),i={family:getComputedStyle(this).fontFamily||void 0,size:12},a=this.formatValue,o=this.series.map(p=>{let h=be(this,p.color);return this.type==="line"||p.line?{type:"line",label:p.label,data:p.data,borderColor:h,backgroundColor:h,pointRadius:this.labels.length>40?0:3,borderWidth:2,tension:.25,spanGaps:!0}:{type:"bar",label:p.label,data:p.data,backgroundColor:h,borderRadius:3,maxBarThickness:36}}),s={stacked:this.stacked,beginAtZero:!0,grid:{color:n},border:{display:!1},ticks:{color:t,font:i,precision:0,callback:a?p=>a(Number(p)):void 0}},l=this.horizontal?Math.max(12,Math.min(40,Math.floor(this.clientWidth/16))):18,d={stacked:this.stacked,grid:{display:!1},ticks:{color:t,font:i,autoSkip:!0,maxRotation:0,callback(p){return kt(this.getLabelForValue(Number(p)),l)}}};return{type:this.type,data:{labels:this.labels,datasets:o},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:this.horizontal?"y":"x",interaction:{mode:"index",intersect:!1},scales:this.horizontal?{x:s,y:d}:{x:d,y:s},plugins:{legend:{display:this.series.length>1,position:"bottom",labels:{color:t,font:i,boxWidth:12,boxHeight:12}},tooltip:{callbacks:a?{label:p=>`${p.dataset.label??""}: ${a(Number(p.parsed[this.horizontal?"x":"y"]))}`}:{}}}}}}_draw(){yt().then(t=>this._drawWith(t))}_drawWith(t){let n=this.renderRoot.querySelector("canvas");if(!n||!this.isConnected)return;let i=this._config();if(this._chart&&this._chart.canvas===n&&this._chartType===this.type){this._chart.data=i.data,this._chart.options=i.options??{},this._chart.update("none");return}this._chart?.destroy(),this._chart=new t(n,i),this._chartType=this.type,this.dataset.ready=""}};_.styles=A`
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
  `,f([m({attribute:!1})],_.prototype,"labels",2),f([m({attribute:!1})],_.prototype,"series",2),f([m()],_.prototype,"type",2),f([m({type:Boolean})],_.prototype,"stacked",2),f([m({type:Boolean})],_.prototype,"horizontal",2),f([m({type:Number})],_.prototype,"height",2),f([m()],_.prototype,"label",2),f([m({attribute:!1})],_.prototype,"theme",2),f([m({attribute:!1})],_.prototype,"formatValue",2);X("odin-chart",_);var mn=r=>r.map(e=>({key:e.printer_id,label:e.name??e.printer_id,rate:e,mtbf:e.mtbf}));function fn(r,e,t){return e.map(n=>{let i=t(n),a=n.display;return{key:i??"",label:a||i||r("analytics.none"),rate:n}})}var gn=(r,e)=>e.map(t=>({key:t.code??t.reason??"",label:t.description||t.reason||t.code||r("analytics.unknown_reason"),count:t.count,message:null})),_n=r=>r.map(e=>({key:e.code,label:e.code,count:e.count,message:e.description})),W={success:"var(--success-color, #43a047)",failed:"var(--error-color, #db4437)",cancelled:"var(--warning-color, #ffa600)",unknown:"var(--disabled-text-color, #9e9e9e)"};function Ke(r,e,t=!0){let n=[{label:r("analytics.success"),data:e.map(i=>i.success),color:W.success},{label:r("analytics.failed"),data:e.map(i=>i.failed),color:W.failed},{label:r("analytics.cancelled"),data:e.map(i=>i.cancelled),color:W.cancelled}];return t&&e.some(i=>i.unknown>0)&&n.push({label:r("analytics.unknown"),data:e.map(i=>i.unknown),color:W.unknown}),n}function wt(r,e,t,n){if(t==null)return"–";let i=`${B(r,t,1)} ${e("units.h")}`;return n?e("analytics.mtbf_lower",{hours:i}):i}function bn(r,e,t){let n=t.totals,i=(a,o,s,l,d)=>u`<div class="kpi" data-kpi=${a} data-value=${l??""}>
      <div class="value">${s}</div>
      <div class="label">${o}${d?u` <span class="n">· ${d}</span>`:c}</div>
    </div>`;return u`<div class="kpis">
    ${i("success_rate",e("analytics.success_rate"),_e(r,n.success_rate),n.success_rate,`n = ${g(r,n.n)}`)}
    ${i("runs",e("analytics.runs"),g(r,n.total),n.total)}
    ${i("failed",e("analytics.failed"),g(r,n.failed),n.failed)}
    ${i("cancelled",e("analytics.cancelled"),g(r,n.cancelled),n.cancelled)}
  </div>`}function yn(r,e,t){let n=t.window.time_zone,i=new Date(new Date(t.window.end).getTime()-1);return e("analytics.window",{start:ie(r,t.window.start,n),end:ie(r,i,n),n:g(r,t.totals.total)})}function vn(r,e,t,n,i,a={}){return u`<section class="card chart-card" data-section=${t}>
    <h2>${n}</h2>
    ${i.length===0?u`<div class="muted center">${e("analytics.no_data")}</div>`:u`<odin-chart
            .labels=${i.map(o=>o.label)}
            .series=${Ke(e,i.map(o=>o.rate))}
            .theme=${a.theme}
            stacked
            ?horizontal=${i.length>6}
            label=${n}
          ></odin-chart>
          <details ?open=${a.tableOpen??!1}>
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
                    ${a.showMtbf?u`<th class="num">${e("analytics.mtbf")}</th>`:c}
                  </tr>
                </thead>
                <tbody>
                  ${i.map(({key:o,label:s,rate:l,mtbf:d})=>u`<tr data-key=${o}>
                      <td>${s}</td>
                      <td class="num" data-col="runs" data-label=${e("analytics.runs")}>${g(r,l.total)}</td>
                      <td class="num" data-col="success" data-label=${e("analytics.success")}>${g(r,l.success)}</td>
                      <td class="num" data-col="failed" data-label=${e("analytics.failed")}>${g(r,l.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${e("analytics.cancelled")}>${g(r,l.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${e("analytics.success_rate")}>
                        ${_e(r,l.success_rate)}
                      </td>
                      ${a.showMtbf&&d?u`<td class="num" data-col="mtbf" data-label=${e("analytics.mtbf")}>
                            ${wt(r,e,d.value_h,d.lower_bound)}
                          </td>`:c}
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function kn(r,e,t,n,i,a,o={}){return u`<section class="card chart-card" data-section=${t}>
    <h2>${n}</h2>
    ${i.length===0?u`<div class="muted center">${o.emptyText??e("analytics.no_failures")}</div>`:u`<odin-chart
            .labels=${i.map(s=>s.label)}
            .series=${[{label:e("analytics.count"),data:i.map(s=>s.count),color:W.failed}]}
            .theme=${o.theme}
            horizontal
            label=${n}
          ></odin-chart>
          <details ?open=${o.tableOpen??!1}>
            <summary>${e("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>${a}</th>
                    <th class="num">${e("analytics.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${i.map(s=>u`<tr data-key=${s.key}>
                      <td>
                        ${s.label}${s.message&&s.message!==s.label?u`<div class="muted small">${s.message}</div>`:c}
                      </td>
                      <td class="num" data-col="count">${g(r,s.count)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function wn(r,e,t,n={}){let i=t.over_time.items,a=i.map(o=>Be(r,o.start));return u`<section class="card chart-card" data-section="trend">
    <h2>${e("analytics.trend")}</h2>
    ${i.length===0?u`<div class="muted center">${e("analytics.no_data")}</div>`:u`<odin-chart
          .labels=${a}
          .series=${Ke(e,i)}
          .theme=${n.theme}
          stacked
          height=${n.height??240}
          label=${e("analytics.trend")}
        ></odin-chart>`}
  </section>`}var Ge=["name","printer"];function xt(r){let e=r.replace(/[_.]+/g," ").trim();return e.charAt(0).toUpperCase()+e.slice(1)}function An(r,e,t){let n=`audit.${e}.${t}`,i=r(n);return i===n?xt(t):i}function $n(r,e){return r.user_name?r.user_name:r.origin_ref?r.origin_ref:r.user_id??e}function Dn(r){let e=Ge.map(t=>r.details[t]).find(t=>typeof t=="string"&&t!=="");return e||(r.target_id?`${r.target_type} ${r.target_id}`:r.target_type)}function zn(r){let t=Object.entries(r.details).filter(([n])=>!Ge.includes(n)).map(([n,i])=>`${n}: ${typeof i=="object"?JSON.stringify(i):String(i)}`).join(", ");return[r.result_text,t].filter(Boolean).join(" · ")}function Sn(r){return r==="ok"?"var(--success-color, #43a047)":r==="refused"?"var(--warning-color, #ffa600)":"var(--error-color, #db4437)"}export{A as a,u as b,St as c,c as d,y as e,m as f,Wt as g,Qt as h,X as i,ut as j,_r as k,He as l,Ue as m,Dr as n,N as o,Le as p,q,Pr as r,Er as s,Cr as t,Nr as u,Fr as v,jr as w,Mr as x,qe as y,Or as z,Rr as A,Ur as B,g as C,B as D,Vr as E,Ve as F,ee as G,Br as H,ie as I,Be as J,Wr as K,_t as L,bt as M,Ir as N,Kr as O,Ie as P,mn as Q,fn as R,gn as S,_n as T,bn as U,yn as V,vn as W,kn as X,wn as Y,An as Z,$n as _,Dn as $,zn as aa,Sn as ba};
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
