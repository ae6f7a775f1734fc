import{a as g}from"./odin-chunk-W5BWG7AT.js";var Q=globalThis,X=Q.ShadowRoot&&(Q.ShadyCSS===void 0||Q.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,de=Symbol(),ke=new WeakMap,H=class{constructor(e,r,n){if(this._$cssResult$=!0,n!==de)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=r}get styleSheet(){let e=this.o,r=this.t;if(X&&e===void 0){let n=r!==void 0&&r.length===1;n&&(e=ke.get(r)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ke.set(r,e))}return e}toString(){return this.cssText}},Ae=t=>new H(typeof t=="string"?t:t+"",void 0,de),D=(t,...e)=>{let r=t.length===1?t[0]:e.reduce((n,i,a)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[a+1],t[0]);return new H(r,t,de)},$e=(t,e)=>{if(X)t.adoptedStyleSheets=e.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(let r of e){let n=document.createElement("style"),i=Q.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=r.cssText,t.appendChild(n)}},ce=X?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let r="";for(let n of e.cssRules)r+=n.cssText;return Ae(r)})(t):t;var{is:rt,defineProperty:nt,getOwnPropertyDescriptor:it,getOwnPropertyNames:at,getOwnPropertySymbols:ot,getPrototypeOf:st}=Object,Y=globalThis,De=Y.trustedTypes,lt=De?De.emptyScript:"",dt=Y.reactiveElementPolyfillSupport,O=(t,e)=>t,R={toAttribute(t,e){switch(e){case Boolean:t=t?lt:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let r=t;switch(e){case Boolean:r=t!==null;break;case Number:r=t===null?null:Number(t);break;case Object:case Array:try{r=JSON.parse(t)}catch{r=null}}return r}},ee=(t,e)=>!rt(t,e),ze={attribute:!0,type:String,converter:R,reflect:!1,useDefault:!1,hasChanged:ee};Symbol.metadata??=Symbol("metadata"),Y.litPropertyMetadata??=new WeakMap;var k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,r=ze){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(e,r),!r.noAccessor){let n=Symbol(),i=this.getPropertyDescriptor(e,n,r);i!==void 0&&nt(this.prototype,e,i)}}static getPropertyDescriptor(e,r,n){let{get:i,set:a}=it(this.prototype,e)??{get(){return this[r]},set(o){this[r]=o}};return{get:i,set(o){let s=i?.call(this);a?.call(this,o),this.requestUpdate(e,s,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ze}static _$Ei(){if(this.hasOwnProperty(O("elementProperties")))return;let e=st(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(O("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(O("properties"))){let r=this.properties,n=[...at(r),...ot(r)];for(let i of n)this.createProperty(i,r[i])}let e=this[Symbol.metadata];if(e!==null){let r=litPropertyMetadata.get(e);if(r!==void 0)for(let[n,i]of r)this.elementProperties.set(n,i)}this._$Eh=new Map;for(let[r,n]of this.elementProperties){let i=this._$Eu(r,n);i!==void 0&&this._$Eh.set(i,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let r=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let i of n)r.unshift(ce(i))}else e!==void 0&&r.push(ce(e));return r}static _$Eu(e,r){let n=r.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,r=this.constructor.elementProperties;for(let n of r.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return $e(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,r,n){this._$AK(e,n)}_$ET(e,r){let n=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,n);if(i!==void 0&&n.reflect===!0){let a=(n.converter?.toAttribute!==void 0?n.converter:R).toAttribute(r,n.type);this._$Em=e,a==null?this.removeAttribute(i):this.setAttribute(i,a),this._$Em=null}}_$AK(e,r){let n=this.constructor,i=n._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let a=n.getPropertyOptions(i),o=typeof a.converter=="function"?{fromAttribute:a.converter}:a.converter?.fromAttribute!==void 0?a.converter:R;this._$Em=i;let s=o.fromAttribute(r,a.type);this[i]=s??this._$Ej?.get(i)??s,this._$Em=null}}requestUpdate(e,r,n,i=!1,a){if(e!==void 0){let o=this.constructor;if(i===!1&&(a=this[e]),n??=o.getPropertyOptions(e),!((n.hasChanged??ee)(a,r)||n.useDefault&&n.reflect&&a===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,n))))return;this.C(e,r,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,r,{useDefault:n,reflect:i,wrapped:a},o){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??r??this[e]),a!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(r=void 0),this._$AL.set(e,r)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,a]of this._$Ep)this[i]=a;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[i,a]of n){let{wrapped:o}=a,s=this[i];o!==!0||this._$AL.has(i)||s===void 0||this.C(i,void 0,a,s)}}let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(r)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(r)}willUpdate(e){}_$AE(e){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[O("elementProperties")]=new Map,k[O("finalized")]=new Map,dt?.({ReactiveElement:k}),(Y.reactiveElementVersions??=[]).push("2.1.2");var _e=globalThis,Se=t=>t,te=_e.trustedTypes,Pe=te?te.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ne="$lit$",z=`lit$${Math.random().toFixed(9).slice(2)}$`,Me="?"+z,ct=`<${Me}>`,E=document,L=()=>E.createComment(""),U=t=>t===null||typeof t!="object"&&typeof t!="function",be=Array.isArray,ut=t=>be(t)||typeof t?.[Symbol.iterator]=="function",ue=`[ 	
\f\r]`,q=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Te=/-->/g,Ee=/>/g,P=RegExp(`>|${ue}(?:([^\\s"'>=/]+)(${ue}*=${ue}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ce=/'/g,Fe=/"/g,He=/^(?:script|style|textarea|title)$/i,ye=t=>(e,...r)=>({_$litType$:t,strings:e,values:r}),u=ye(1),Mt=ye(2),Ht=ye(3),C=Symbol.for("lit-noChange"),m=Symbol.for("lit-nothing"),je=new WeakMap,T=E.createTreeWalker(E,129);function Oe(t,e){if(!be(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Pe!==void 0?Pe.createHTML(e):e}var pt=(t,e)=>{let r=t.length-1,n=[],i,a=e===2?"<svg>":e===3?"<math>":"",o=q;for(let s=0;s<r;s++){let l=t[s],d,p,c=-1,x=0;for(;x<l.length&&(o.lastIndex=x,p=o.exec(l),p!==null);)x=o.lastIndex,o===q?p[1]==="!--"?o=Te:p[1]!==void 0?o=Ee:p[2]!==void 0?(He.test(p[2])&&(i=RegExp("</"+p[2],"g")),o=P):p[3]!==void 0&&(o=P):o===P?p[0]===">"?(o=i??q,c=-1):p[1]===void 0?c=-2:(c=o.lastIndex-p[2].length,d=p[1],o=p[3]===void 0?P:p[3]==='"'?Fe:Ce):o===Fe||o===Ce?o=P:o===Te||o===Ee?o=q:(o=P,i=void 0);let $=o===P&&t[s+1].startsWith("/>")?" ":"";a+=o===q?l+ct:c>=0?(n.push(d),l.slice(0,c)+Ne+l.slice(c)+z+$):l+z+(c===-2?s:$)}return[Oe(t,a+(t[r]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]},B=class t{constructor({strings:e,_$litType$:r},n){let i;this.parts=[];let a=0,o=0,s=e.length-1,l=this.parts,[d,p]=pt(e,r);if(this.el=t.createElement(d,n),T.currentNode=this.el.content,r===2||r===3){let c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(i=T.nextNode())!==null&&l.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let c of i.getAttributeNames())if(c.endsWith(Ne)){let x=p[o++],$=i.getAttribute(c).split(z),K=/([.?@])?(.*)/.exec(x);l.push({type:1,index:a,name:K[2],strings:$,ctor:K[1]==="."?me:K[1]==="?"?he:K[1]==="@"?fe:M}),i.removeAttribute(c)}else c.startsWith(z)&&(l.push({type:6,index:a}),i.removeAttribute(c));if(He.test(i.tagName)){let c=i.textContent.split(z),x=c.length-1;if(x>0){i.textContent=te?te.emptyScript:"";for(let $=0;$<x;$++)i.append(c[$],L()),T.nextNode(),l.push({type:2,index:++a});i.append(c[x],L())}}}else if(i.nodeType===8)if(i.data===Me)l.push({type:2,index:a});else{let c=-1;for(;(c=i.data.indexOf(z,c+1))!==-1;)l.push({type:7,index:a}),c+=z.length-1}a++}}static createElement(e,r){let n=E.createElement("template");return n.innerHTML=e,n}};function N(t,e,r=t,n){if(e===C)return e;let i=n!==void 0?r._$Co?.[n]:r._$Cl,a=U(e)?void 0:e._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(t),i._$AT(t,r,n)),n!==void 0?(r._$Co??=[])[n]=i:r._$Cl=i),i!==void 0&&(e=N(t,i._$AS(t,e.values),i,n)),e}var pe=class{constructor(e,r){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:r},parts:n}=this._$AD,i=(e?.creationScope??E).importNode(r,!0);T.currentNode=i;let a=T.nextNode(),o=0,s=0,l=n[0];for(;l!==void 0;){if(o===l.index){let d;l.type===2?d=new V(a,a.nextSibling,this,e):l.type===1?d=new l.ctor(a,l.name,l.strings,this,e):l.type===6&&(d=new ge(a,this,e)),this._$AV.push(d),l=n[++s]}o!==l?.index&&(a=T.nextNode(),o++)}return T.currentNode=E,i}p(e){let r=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,r),r+=n.strings.length-2):n._$AI(e[r])),r++}},V=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,r,n,i){this.type=2,this._$AH=m,this._$AN=void 0,this._$AA=e,this._$AB=r,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,r=this._$AM;return r!==void 0&&e?.nodeType===11&&(e=r.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,r=this){e=N(this,e,r),U(e)?e===m||e==null||e===""?(this._$AH!==m&&this._$AR(),this._$AH=m):e!==this._$AH&&e!==C&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):ut(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==m&&U(this._$AH)?this._$AA.nextSibling.data=e:this.T(E.createTextNode(e)),this._$AH=e}$(e){let{values:r,_$litType$:n}=e,i=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=B.createElement(Oe(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(r);else{let a=new pe(i,this),o=a.u(this.options);a.p(r),this.T(o),this._$AH=a}}_$AC(e){let r=je.get(e.strings);return r===void 0&&je.set(e.strings,r=new B(e)),r}k(e){be(this._$AH)||(this._$AH=[],this._$AR());let r=this._$AH,n,i=0;for(let a of e)i===r.length?r.push(n=new t(this.O(L()),this.O(L()),this,this.options)):n=r[i],n._$AI(a),i++;i<r.length&&(this._$AR(n&&n._$AB.nextSibling,i),r.length=i)}_$AR(e=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);e!==this._$AB;){let n=Se(e).nextSibling;Se(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},M=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,r,n,i,a){this.type=1,this._$AH=m,this._$AN=void 0,this.element=e,this.name=r,this._$AM=i,this.options=a,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=m}_$AI(e,r=this,n,i){let a=this.strings,o=!1;if(a===void 0)e=N(this,e,r,0),o=!U(e)||e!==this._$AH&&e!==C,o&&(this._$AH=e);else{let s=e,l,d;for(e=a[0],l=0;l<a.length-1;l++)d=N(this,s[n+l],r,l),d===C&&(d=this._$AH[l]),o||=!U(d)||d!==this._$AH[l],d===m?e=m:e!==m&&(e+=(d??"")+a[l+1]),this._$AH[l]=d}o&&!i&&this.j(e)}j(e){e===m?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},me=class extends M{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===m?void 0:e}},he=class extends M{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==m)}},fe=class extends M{constructor(e,r,n,i,a){super(e,r,n,i,a),this.type=5}_$AI(e,r=this){if((e=N(this,e,r,0)??m)===C)return;let n=this._$AH,i=e===m&&n!==m||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,a=e!==m&&(n===m||i);i&&this.element.removeEventListener(this.name,this,n),a&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},ge=class{constructor(e,r,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=r,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){N(this,e)}};var mt=_e.litHtmlPolyfillSupport;mt?.(B,V),(_e.litHtmlVersions??=[]).push("3.3.3");var Re=(t,e,r)=>{let n=r?.renderBefore??e,i=n._$litPart$;if(i===void 0){let a=r?.renderBefore??null;n._$litPart$=i=new V(e.insertBefore(L(),a),a,void 0,r??{})}return i._$AI(t),i};var ve=globalThis,w=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Re(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return C}};w._$litElement$=!0,w.finalized=!0,ve.litElementHydrateSupport?.({LitElement:w});var ht=ve.litElementPolyfillSupport;ht?.({LitElement:w});(ve.litElementVersions??=[]).push("4.2.2");var ft={attribute:!0,type:String,converter:R,reflect:!1,hasChanged:ee},gt=(t=ft,e,r)=>{let{kind:n,metadata:i}=r,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),a.set(r.name,t),n==="accessor"){let{name:o}=r;return{set(s){let l=e.get.call(this);e.set.call(this,s),this.requestUpdate(o,l,t,!0,s)},init(s){return s!==void 0&&this.C(o,void 0,t,s),s}}}if(n==="setter"){let{name:o}=r;return function(s){let l=this[o];e.call(this,s),this.requestUpdate(o,l,t,!0,s)}}throw Error("Unsupported decorator location: "+n)};function f(t){return(e,r)=>typeof r=="object"?gt(t,e,r):((n,i,a)=>{let o=i.hasOwnProperty(a);return i.constructor.createProperty(a,n),o?Object.getOwnPropertyDescriptor(i,a):void 0})(t,e,r)}function Yt(t){return f({...t,state:!0,attribute:!1})}var F=(t,e,r)=>(r.configurable=!0,r.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(t,e,r),r);function ar(t,e){return(r,n,i)=>{let a=o=>o.renderRoot?.querySelector(t)??null;if(e){let{get:o,set:s}=typeof n=="object"?r:i??(()=>{let l=Symbol();return{get(){return this[l]},set(d){this[l]=d}}})();return F(r,n,{get(){let l=o.call(this);return l===void 0&&(l=a(this),(l!==null||this.hasUpdated)&&s.call(this,l)),l}})}return F(r,n,{get(){return a(this)}})}}function re(t,e){customElements.get(t)||customElements.define(t,e)}function _t(t,e,r){t.dispatchEvent(new CustomEvent(e,{detail:r,bubbles:!0,composed:!0}))}function $r(t,e=!1){e?history.replaceState(null,"",t):history.pushState(null,"",t),_t(window,"location-changed",{replace:e})}var qe={panel:{title:"Print farm",menu:"Open the sidebar",tabs:{fleet:"Fleet",analytics:"Analytics",audit:"Audit",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Timelapses",files:"Files"},loading:"Loading…",retry:"Retry",error:"Could not load the data: {error}",tabs_short:{fleet:"Fleet",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Videos",analytics:"Stats",audit:"Audit",files:"Files"}},status:{offline:"Offline",idle:"Idle",busy:"Busy",preparing:"Preparing",printing:"Printing",paused:"Paused",finished:"Finished",cancelled:"Cancelled",failed:"Failed",error:"Error"},fleet:{all:"All",tags:"Tags",no_printers:"No printers yet. Add one on the farm entry under Settings → Devices & services.",no_match:"No printer has this tag.",summary:"{total} printers · {printing} printing · {attention} need attention",remaining:"{time} left",layer:"Layer {layer} / {total}",nozzle:"Nozzle",bed:"Bed",no_job:"No job",analytics:"Analytics",progress:"Progress",edit_tags:"Tags"},analytics:{from:"From",to:"To",range:"Period",last_days:"{days} days",bucket:"Group by",day:"Day",week:"Week",printer:"Printer",tag:"Tag",model:"Model",material:"Material",any:"All",runs:"Runs",success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",success_rate:"Success rate",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Printing hours",window:"{start} – {end} · n = {n}",by_printer:"Outcomes per printer",by_model:"Outcomes per model",by_material:"Outcomes per material",by_tag:"Outcomes per tag",reasons:"Failure reasons",hms:"HMS and error codes",trend:"Outcomes over time",accuracy:"Print time accuracy (actual vs. estimate)",accuracy_trend:"Accuracy per week",median_abs_error:"Median abs. error",bias:"Bias",n:"n",count:"Count",code:"Code",reason:"Reason",name:"Name",no_data:"No runs in this period.",no_failures:"No failures in this period.",cancel_note:"Cancelled runs are shown but never counted as failures. Success rate = successful / (successful + failed).",recent_runs:"Recent runs",estimate:"Estimate",actual:"Actual",deviation:"Deviation",file:"File",ended_at:"Ended",show_table:"Show numbers",none:"(none)",unknown_reason:"(no reason)",more_filters:"More filters",run:"Run",open_run:"Details and timelapse of {job}",no_timelapse:"This run has no timelapse."},audit:{admin_only:"Only administrators can see the audit log.",when:"When",who:"Who",origin:"Origin",action:"Action",target:"Target",result:"Result",details:"Details",user:"User",since:"From",until:"To",any:"All",load_more:"Load more",csv:"Download CSV",empty:"No audit entries match these filters.",end:"End of the log.",system:"System",clear:"Clear filters",entries:"{n} entries shown",actions:{pause:"Pause",resume:"Resume",stop:"Stop",printer_added:"Printer added",printer_removed:"Printer removed",printer_reconfigured:"Printer reconfigured",farm_options_changed:"Farm options changed",tagged:"Tagged",untagged:"Untagged",tags_set:"Tags set",job_added:"Job added",job_cancelled:"Job cancelled",job_updated:"Job changed",job_done:"Job done",job_requeued:"Job queued again",job_removed:"Job removed",job_moved:"Job moved",preset_saved:"Preset saved",preset_deleted:"Preset deleted",preset_scheduled:"Preset scheduled",spool_saved:"Spool saved",spool_deleted:"Spool removed",drying_logged:"Drying logged",material_set:"Material limits set",material_reset:"Material limits reset",timelapse_deleted:"Timelapse deleted",timelapse_on:"Timelapse on",timelapse_off:"Timelapse off"},origins:{ui:"UI",api:"API",automation:"Automation",script:"Script",voice:"Voice",system:"System",service:"Action call"},results:{ok:"OK",error:"Error",refused:"Refused"}},card:{title:"Title",days:"Period (days)",chart:"Chart",chart_printer:"Per printer",chart_reasons:"Failure reasons",chart_trend:"Over time",chart_model:"Per model",chart_material:"Per material",limit:"Rows",printer:"Printer",choose_printer:"Choose a printer",printer_missing:"Printer {id} is not in the farm.",failure_analytics:"Failure analytics",audit_log:"Audit log",printer_card:"Printer",last_runs:"Last runs: estimate vs. actual",open_panel:"Open",failure_analytics_desc:"Success rate, failures and reasons of the O.D.I.N. print farm.",audit_log_desc:"Latest O.D.I.N. audit log entries (administrators only).",printer_card_desc:"Live status of one printer with estimated vs. actual print times.",queue_card:"Print queue",queue_card_desc:"What prints, what is next and why the other jobs wait.",queue_empty:"No jobs waiting or printing.",show_finished:"Show finished jobs"},units:{h:"h",min:"min",s:"s"},common:{close:"Close",cancel:"Cancel",save:"Save",delete:"Delete"},tags:{heading:"Tags of {printer}",help:'Tags group printers: filter the fleet, target jobs and presets ("any printer tagged Room A"), and automations. Case does not matter.',none:"No tags yet.",new:"New tag",add:"Add",remove:"Remove tag {tag}",suggestions:"Tags in use:",saved:"Tags of {printer} saved",too_long:"A tag can have at most {max} characters."},jobs:{file:"File",file_hint:"The print file on the printer or in the farm library, e.g. gear.3mf",name:"Name",name_hint:"Default: the file name",quantity:"Copies",priority:"Priority",priority_hint:"-100 … 100, higher prints first",printer:"Printer",model:"Printer model",any_model:"Any model",filament:"Filament",nozzle:"Nozzle",any_nozzle:"Any nozzle",tags_any:"Printers with any of these tags",tags_all:"Printers with all of these tags",notes:"Notes",print_options:"Print options",pill_printer:"Printer: {printer}",pill_tags_any:"Any of: {tags}",pill_tags_all:"All of: {tags}",pill_model:"Model: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Nozzle: {nozzle} mm"},options:{default:"Printer default",on:"On",off:"Off",timelapse:"Timelapse",bed_leveling:"Bed levelling",flow_calibration:"Flow calibration",vibration_calibration:"Vibration calibration",layer_inspect:"First layer inspection",use_ams:"Use AMS",plate:"Plate",plate_n:"Plate {n}"},queue:{summary:"{queued} waiting · {active} printing or assigned",add:"Add job",add_heading:"Add a print job",add_submit:"Add to queue",added:"{n} job(s) added to the queue",active:"Printing and assigned",waiting:"Waiting",order_note:"Order: priority, then the order added",empty:"The queue is empty. Add a job, or schedule a preset.",open_presets:"Open presets",finished:"Finished ({n})",position:"Position in the queue",position_n:"Position {n}",priority_n:"Priority {n}",any_printer:"Any printer",on_printer:"On {printer}",added_by:"Added by {who} · {when}",ended:"Ended {when}",move_up:"Move up",move_down:"Move down",save_as_preset:"Save as preset",save_as_preset_help:"The preset keeps this job's file ({file}), printer, tag or model, filament, nozzle, priority, notes and options.",preset_saved:"Preset {name} saved",cancel_job:"Cancel job",cancel_heading:"Cancel this job?",cancel_text:"{name} leaves the queue. This cannot be undone.",cancelled:"{name} cancelled",why:"Printers checked ({n})",status:{queued:"Waiting",assigned:"Assigned",printing:"Printing",done:"Done",failed:"Failed",cancelled:"Cancelled"},reason:{proposed:"Next on {printer}",no_printers:"Waiting: the farm has no printers",no_printer_fits:"Waiting: no printer meets all constraints together",no_printer_fits_unmet:"Waiting: no printer has {unmet}",waiting_for_earlier_jobs:"Waiting: the printers that fit go to jobs ahead",filament_not_loaded:"Waiting: no fitting printer has {filament} loaded",printers_busy:"Waiting: the printers that fit are busy",printers_in_error:"Waiting: the printers that fit have an error",printers_offline:"Waiting: the printers that fit are offline"},constraint:{printer_id:"the chosen printer {printer}",tags_any:"one of the tags {tags}",tags_all:"all the tags {tags}",model:"the model {model}",nozzle_mm:"a {nozzle} mm nozzle"},check:{ok:"ready",other_printer:"another printer is chosen",missing_any_tag:"none of the tags",missing_tags:"not all tags",wrong_model:"other model",wrong_nozzle:"other nozzle",offline:"offline",error:"has an error",busy:"busy",filament_not_loaded:"filament not loaded",proposed_for_earlier_job:"goes to a job ahead"},note:{filament_unverified:"Filament not checked: the printer does not report its spools.",nozzle_unverified:"Nozzle not checked: the printer does not report it."},cancel_short:"Cancel",cancel_named:"Cancel {name}",dispatch_ui:{dispatch:"Dispatch now",dry_run:"Dry run",dispatch_on:"Send to {printer}",dispatch_named:"Dispatch {name} now",dry_run_named:"Dry run for {name}",result:{started:"Started on {printer}: {file}",would_send:"Would send {file} to {printer}",refused:"Refused on {printer}:",upload_failed:"Sending to {printer} failed:",skipped:"Nothing sent to {printer}:"},last_report:{refused:"Last dispatch refused",upload_failed:"Last send failed",failed:"The print failed"},file_info:"Sliced for {model} · {nozzle} mm · {time}",sending:"Sending {percent}",no_printer:"No printer to dispatch to",other_job:"This is about the job next in line for this printer: {job}"}},presets:{summary:"{n} presets",new:"New preset",new_heading:"New preset",edit_heading:"Edit preset",name:"Preset name",target:"Print on",tag:"Tag",target_type:{any:"Any printer",printer:"One printer",tag:"Printers with a tag",model:"A printer model"},target_any:"Any printer",target_printer:"{printer}",target_tag:"Printers tagged {tag}",target_model:"Model {model}",quick_schedule:"Quick schedule",schedule_heading:"Schedule {name}",schedule_help:"Queues {file} now, on: {target}.",schedule_submit:"Schedule",only_tag:"Only printers tagged",only_tag_hint:"Replaces the preset's printer choice for these jobs",as_in_preset:"As in the preset",scheduled:"{n} job(s) of {name} queued",open_queue:"Open queue",saved:"Preset {name} saved",edit:"Edit {name}",delete:"Delete {name}",delete_heading:"Delete this preset?",delete_text:"{name} is deleted. Jobs already queued from it stay in the queue.",deleted:"Preset {name} deleted",empty:'No presets yet. Create one, or use "Save as preset" on a queue job.'},drying:{summary:"{n} spools · {needs} need drying",add_spool:"Add spool",log:"Log drying",log_heading:"Log a drying session",what:"Spool",printer_slot:"A printer slot…",slot_code:"Slot",slot_hint:"A1 … H4 (AMS unit and slot), HT1 … HT8 (AMS HT) or EXT",temp:"Temperature",duration:"Duration",duration_h:"Duration (hours)",hours_hint:"e.g. 4 or 7.5",method_label:"Method",started:"Started",started_hint:"Empty: it ended just now",rh_before:"Humidity before",rh_after:"Humidity after",rh_before_after:"Humidity before → after",logged:"Drying logged",logged_spool:"Drying of {spool} logged",method:{dryer:"Filament dryer",oven:"Oven",ams:"AMS drying",dry_box:"Dry box",dehydrator:"Dehydrator",other:"Other"},needs:"Needs drying",dry:"Dry",due:"Dry · next drying due {date}",not_tracked:"Not tracked",reason:{time:"time",humidity:"humidity"},days_since:"{days} days since drying",days_since_max:"{days} of {max} days since drying",humidity:"{rh} % RH",humidity_max:"{rh} % RH (max {max} %)",brand:"Brand",colour:"Colour",weight:"Weight",opened:"Opened",slot:"Printer slot",location:"Location",spoolman:"Spoolman spool",spoolman_hint:"Optional: the spool's id in Spoolman",sensor:"Humidity sensor",no_sensor:"None",in_printer:"Loaded in printer",no_printer:"Not in a printer",material:"Material",name:"Name",name_hint:"Default: brand, material and colour",new_heading:"Add a spool",edit_heading:"Edit spool",edit:"Edit {spool}",delete:"Remove {spool}",delete_heading:"Remove this spool?",delete_text:"{spool} is removed from the list. Its drying history is kept.",spool_saved:"Spool {spool} saved",spool_deleted:"Spool {spool} removed",show_history:"Drying history of {spool}",history:"Drying history",history_all:"Recent drying sessions",no_history:"No drying logged yet.",no_spools:"No spools yet. Add your spools to see when they need drying.",spool:"Spool",when:"Ended",by:"By",materials:"Material limits",materials_help:"A spool needs drying when the days since its last drying (or since opened) exceed the material's limit, or its humidity does. Materials without limits are not tracked.",material_form_help:"Leave both limits empty to stop tracking this material.",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp:"Drying temp.",drying_hours:"Drying time",custom:"(custom)",edit_material:"Edit {material}",reset_material:"Reset {material}",add_material:"Add material",material_saved:"Limits of {material} saved",reset:"Reset",reset_heading:"Reset these limits?",reset_text:"{material} goes back to the default limits.",reset_text_custom:"{material} is removed from the table (not tracked)."},timelapses:{printer:"Printer",job:"Job",result:"Result",run:"Print",video:"Video",kept:"Kept",kept_until:"until {date}",kept_forever:"until deleted",video_facts:"{length} · {frames} frames at {fps} fps · {size}",video_of:"Timelapse of {job}",play:"Play the timelapse of {job}",count:"{n} timelapses",empty:"No timelapses yet. Printers with a camera record one of every print while their Timelapse switch is on.",recording:"Recording now: {printers}",not_recording:"No printer is recording right now.",download:"Download",admin_delete:"Only administrators can delete timelapses.",delete_heading:"Delete this timelapse?",delete_text:"The video of {job} on {printer} is deleted for good.",deleted:"Timelapse of {job} deleted",run_missing:"Run {run} has no timelapse.",outcome:{success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",open:"Printing"}},fields:{name:"Name",file:"File",notes:"Notes",quantity:"Copies",priority:"Priority",model:"Model",filament:"Filament",nozzle_mm:"Nozzle",material:"Material",brand:"Brand",colour:"Colour",location:"Location",weight_g:"Weight",spoolman_id:"Spoolman id",humidity_entity_id:"Humidity sensor",humidity_before:"Humidity before",humidity_after:"Humidity after",temp_c:"Temperature",temperature:"Temperature",duration_min:"Duration",duration:"Duration",started_at:"Start",opened_at:"Opened date",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp_c:"Drying temperature",drying_hours:"Drying time",tag:"Tag",slot:"Slot"},errors:{unauthorized:"Only administrators can do this.",not_loaded:"The print farm is not loaded.",query_failed:"The farm database could not answer: {error}",database_unavailable:"The farm database could not be opened: {error}",invalid_datetime:"{field} is not a valid date and time: {value}",unknown_timelapse:"There is no timelapse {timelapse_id}.",empty_field:"{field} must not be empty.",text_too_long:"{field} is too long (at most {max} characters).",out_of_range:"{field} must be between {min} and {max} (got {value}).",empty_tag:"A tag must not be empty.",too_many_tags:"A printer can carry at most {max} tags.",unknown_tag:"No printer has the tag {tag}.",unknown_printer:"{printer} is not a printer of the farm.",no_target:"No printer was targeted.",unknown_job:"There is no print job {job} in the queue.",job_printing:"Print job {job} is printing: stop the print at the printer first.",job_not_queued:"Print job {job} is {status}: only waiting jobs can be moved.",invalid_job_transition:"Print job {job} cannot change from {status} to {new}.",unknown_preset:"There is no preset {preset}.",duplicate_preset:"A preset named {name} already exists.",invalid_target:"Choose one target: a printer, a tag or a printer model.",invalid_option:"Unknown or invalid print option {option}.",unknown_spool:"There is no spool {spool}.",invalid_slot:"{slot} is not a printer slot: use A1 to H4, HT1 to HT8 or EXT.",slot_needs_printer:"A slot needs its printer.",no_spool_given:"Choose a spool, or a printer and its slot.",invalid_temperature:"{field} must be between {min} and {max} °C (got {value}).",invalid_duration:"{field} must be between {min} and {max} minutes (got {value}).",invalid_humidity:"{field} must be between {min} and {max} % (got {value}).",invalid_method:"Unknown drying method {method}.",in_future:"{field} lies in the future.",invalid_entity:"{entity} is not a sensor."},files:{title:"Print files",upload:"Upload a file",choose:"Choose .3mf / .gcode / .bgcode",uploading:"Uploading {name}… {percent}",uploaded:"{name} uploaded",already:"{name} was already stored",admin_only:"Only administrators can upload files.",hint:"Up to the farm's size limit (default 512 MB). Sliced .gcode.3mf, .gcode and .bgcode can be sent to a printer.",empty:"No files yet.",size:"Size",kind:"Type",uploaded_at:"Uploaded",uploaded_by:"By",slicer:"Slicer",printer_model:"Sliced for",profile:"Profile",compatible:"Compatible models",nozzle:"Nozzle",plates:"Plates",plate_n:"Plate {n}",estimate:"Print time",filaments:"Filaments",bbox:"Footprint",not_sliced:"not sliced",fits:"Fits",no_fit:"No printer of this model in the farm",queue:"Queue this file",queue_heading:"Queue {name}",queued:"{n} job(s) queued",open_queue:"Open the queue",details:"Details",close_details:"Close",select:"Select",error:{generic:"Upload failed: {error}",too_large:"The file is larger than the farm's upload limit.",invalid_file_type:"Only .3mf, .gcode.3mf, .gcode and .bgcode files can be uploaded.",invalid_file_name:"The file name is not allowed.",invalid_print_file:"The file could not be read as a print file.",forbidden:"Only administrators can upload files.",empty:"The file is empty.",network:"The connection broke off."}},guard:{printer_ready:"{printer} is online and ready.",printer_offline:"{printer} is offline.",printer_busy:"{printer} is not ready for a new print (it is {status}).",printer_state_unknown:"The state of {printer} is not known yet.",no_active_error:"{printer} reports no error.",active_error:"{printer} has an active error ({codes}).",plate_cleared:"The plate of {printer} was cleared after the last print.",plate_not_cleared:"The plate of {printer} has not been cleared since the last print.",plate_state_unknown:"It is not known whether the plate of {printer} is clear.",file_type_ok:"{printer} accepts this {kind} file.",file_type_not_accepted:"{printer} does not accept {kind} files (it takes: {accepted}).",plate_missing:"The file has no plate {plate}.",plate_not_sliced:"Plate {plate} of the file is not sliced; slice and export it first.",model_ok:"The file was sliced for {model}.",model_mismatch:"The file was sliced for {file_model}, but {printer} is a {model}.",model_unknown:"Cannot tell whether the file suits {printer} ({missing} unknown).",bed_ok:"The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",outside_bed:"The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the {bed_x} x {bed_y} mm bed of {printer}.",too_large_for_bed:"The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}.",bed_unknown:"The bed size of {printer} is not known.",footprint_unknown:"The file does not tell the size of the print.",nozzle_ok:"The {nozzle} mm nozzle matches the file.",nozzle_mismatch:"The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm.",nozzle_unknown:"Cannot compare nozzles ({missing} unknown).",filament_ok:"The filament is loaded ({types}).",filament_missing:"{printer} has no {types} loaded.",filament_unknown:"The filament loaded in {printer} is not known.",file_filament_unknown:"The file does not tell which filament it needs.",file_unknown:"The job's file is not stored (upload it on the Files page).",file_missing:"The job's file is missing from the files folder.",upload_failed:"Sending the file failed: {error}",auto_queue_off:"The auto-queue switch of {printer} is off.",printer_has_job:"{printer} still has a job of the queue.",dispatch_in_progress:"A file is already being sent to {printer}.",no_job:"No queued job fits {printer} now."}};var Le={panel:{title:"Druckfarm",menu:"Seitenleiste öffnen",tabs:{fleet:"Flotte",analytics:"Analyse",audit:"Protokoll",queue:"Warteschlange",presets:"Vorlagen",drying:"Trocknung",timelapses:"Zeitraffer",files:"Dateien"},loading:"Wird geladen…",retry:"Erneut versuchen",error:"Daten konnten nicht geladen werden: {error}",tabs_short:{fleet:"Flotte",queue:"Aufträge",presets:"Vorlagen",drying:"Trocknen",timelapses:"Videos",analytics:"Analyse",audit:"Protokoll",files:"Dateien"}},status:{offline:"Offline",idle:"Bereit",busy:"Beschäftigt",preparing:"Vorbereitung",printing:"Druckt",paused:"Pausiert",finished:"Fertig",cancelled:"Abgebrochen",failed:"Fehlgeschlagen",error:"Fehler"},fleet:{all:"Alle",tags:"Tags",no_printers:"Noch keine Drucker. Füge unter Einstellungen → Geräte & Dienste beim Farm-Eintrag einen hinzu.",no_match:"Kein Drucker hat dieses Tag.",summary:"{total} Drucker · {printing} drucken · {attention} brauchen Aufmerksamkeit",remaining:"noch {time}",layer:"Schicht {layer} / {total}",nozzle:"Düse",bed:"Bett",no_job:"Kein Auftrag",analytics:"Analyse",progress:"Fortschritt",edit_tags:"Tags"},analytics:{from:"Von",to:"Bis",range:"Zeitraum",last_days:"{days} Tage",bucket:"Gruppieren nach",day:"Tag",week:"Woche",printer:"Drucker",tag:"Tag",model:"Modell",material:"Material",any:"Alle",runs:"Drucke",success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",success_rate:"Erfolgsquote",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Druckstunden",window:"{start} – {end} · n = {n}",by_printer:"Ergebnisse je Drucker",by_model:"Ergebnisse je Modell",by_material:"Ergebnisse je Material",by_tag:"Ergebnisse je Tag",reasons:"Fehlerursachen",hms:"HMS- und Fehlercodes",trend:"Ergebnisse im Zeitverlauf",accuracy:"Genauigkeit der Druckzeit (tatsächlich vs. Schätzung)",accuracy_trend:"Genauigkeit je Woche",median_abs_error:"Median abs. Fehler",bias:"Abweichung",n:"n",count:"Anzahl",code:"Code",reason:"Ursache",name:"Name",no_data:"Keine Drucke in diesem Zeitraum.",no_failures:"Keine Fehldrucke in diesem Zeitraum.",cancel_note:"Abgebrochene Drucke werden gezeigt, aber nie als Fehler gezählt. Erfolgsquote = erfolgreich / (erfolgreich + fehlgeschlagen).",recent_runs:"Letzte Drucke",estimate:"Schätzung",actual:"Tatsächlich",deviation:"Abweichung",file:"Datei",ended_at:"Beendet",show_table:"Zahlen zeigen",none:"(keine)",unknown_reason:"(ohne Ursache)",more_filters:"Weitere Filter",run:"Druck",open_run:"Details und Zeitraffer von {job}",no_timelapse:"Dieser Druck hat keinen Zeitraffer."},audit:{admin_only:"Nur Administratoren können das Protokoll sehen.",when:"Wann",who:"Wer",origin:"Herkunft",action:"Aktion",target:"Ziel",result:"Ergebnis",details:"Details",user:"Benutzer",since:"Von",until:"Bis",any:"Alle",load_more:"Mehr laden",csv:"CSV herunterladen",empty:"Keine Einträge für diese Filter.",end:"Ende des Protokolls.",system:"System",clear:"Filter zurücksetzen",entries:"{n} Einträge angezeigt",actions:{pause:"Pausieren",resume:"Fortsetzen",stop:"Stoppen",printer_added:"Drucker hinzugefügt",printer_removed:"Drucker entfernt",printer_reconfigured:"Drucker neu konfiguriert",farm_options_changed:"Farm-Optionen geändert",tagged:"Getaggt",untagged:"Tag entfernt",tags_set:"Tags gesetzt",job_added:"Auftrag hinzugefügt",job_cancelled:"Auftrag abgebrochen",job_updated:"Auftrag geändert",job_done:"Auftrag erledigt",job_requeued:"Auftrag erneut eingereiht",job_removed:"Auftrag entfernt",job_moved:"Auftrag verschoben",preset_saved:"Vorlage gespeichert",preset_deleted:"Vorlage gelöscht",preset_scheduled:"Vorlage eingeplant",spool_saved:"Spule gespeichert",spool_deleted:"Spule entfernt",drying_logged:"Trocknung erfasst",material_set:"Materialgrenzen gesetzt",material_reset:"Materialgrenzen zurückgesetzt",timelapse_deleted:"Zeitraffer gelöscht",timelapse_on:"Zeitraffer an",timelapse_off:"Zeitraffer aus"},origins:{ui:"Oberfläche",api:"API",automation:"Automatisierung",script:"Skript",voice:"Sprache",system:"System",service:"Aktionsaufruf"},results:{ok:"OK",error:"Fehler",refused:"Abgelehnt"}},card:{title:"Titel",days:"Zeitraum (Tage)",chart:"Diagramm",chart_printer:"Je Drucker",chart_reasons:"Fehlerursachen",chart_trend:"Zeitverlauf",chart_model:"Je Modell",chart_material:"Je Material",limit:"Zeilen",printer:"Drucker",choose_printer:"Drucker wählen",printer_missing:"Drucker {id} ist nicht in der Farm.",failure_analytics:"Fehleranalyse",audit_log:"Protokoll",printer_card:"Drucker",last_runs:"Letzte Drucke: Schätzung vs. tatsächlich",open_panel:"Öffnen",failure_analytics_desc:"Erfolgsquote, Fehldrucke und Ursachen der O.D.I.N.-Druckfarm.",audit_log_desc:"Neueste Einträge des O.D.I.N.-Protokolls (nur Administratoren).",printer_card_desc:"Live-Status eines Druckers mit geschätzter vs. tatsächlicher Druckzeit.",queue_card:"Druckwarteschlange",queue_card_desc:"Was druckt, was als Nächstes kommt und warum die anderen Aufträge warten.",queue_empty:"Keine wartenden oder laufenden Aufträge.",show_finished:"Beendete Aufträge zeigen"},units:{h:"h",min:"min",s:"s"},common:{close:"Schließen",cancel:"Abbrechen",save:"Speichern",delete:"Löschen"},tags:{heading:"Tags von {printer}",help:"Tags gruppieren Drucker: Flotte filtern, Aufträge und Vorlagen zuordnen („irgendein Drucker mit Tag Raum A“) und Automationen. Groß-/Kleinschreibung spielt keine Rolle.",none:"Noch keine Tags.",new:"Neues Tag",add:"Hinzufügen",remove:"Tag {tag} entfernen",suggestions:"Verwendete Tags:",saved:"Tags von {printer} gespeichert",too_long:"Ein Tag darf höchstens {max} Zeichen haben."},jobs:{file:"Datei",file_hint:"Die Druckdatei auf dem Drucker oder in der Farm-Bibliothek, z. B. zahnrad.3mf",name:"Name",name_hint:"Standard: der Dateiname",quantity:"Anzahl",priority:"Priorität",priority_hint:"-100 … 100, höher druckt zuerst",printer:"Drucker",model:"Druckermodell",any_model:"Jedes Modell",filament:"Filament",nozzle:"Düse",any_nozzle:"Jede Düse",tags_any:"Drucker mit einem dieser Tags",tags_all:"Drucker mit allen diesen Tags",notes:"Notizen",print_options:"Druckoptionen",pill_printer:"Drucker: {printer}",pill_tags_any:"Eines von: {tags}",pill_tags_all:"Alle von: {tags}",pill_model:"Modell: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Düse: {nozzle} mm"},options:{default:"Druckerstandard",on:"An",off:"Aus",timelapse:"Zeitraffer",bed_leveling:"Bettnivellierung",flow_calibration:"Flusskalibrierung",vibration_calibration:"Vibrationskalibrierung",layer_inspect:"Erste-Schicht-Prüfung",use_ams:"AMS verwenden",plate:"Platte",plate_n:"Platte {n}"},queue:{summary:"{queued} wartend · {active} drucken oder zugewiesen",add:"Auftrag hinzufügen",add_heading:"Druckauftrag hinzufügen",add_submit:"In die Warteschlange",added:"{n} Auftrag/Aufträge eingereiht",active:"Druckt und zugewiesen",waiting:"Wartend",order_note:"Reihenfolge: Priorität, dann Eingang",empty:"Die Warteschlange ist leer. Füge einen Auftrag hinzu oder plane eine Vorlage ein.",open_presets:"Vorlagen öffnen",finished:"Abgeschlossen ({n})",position:"Platz in der Warteschlange",position_n:"Platz {n}",priority_n:"Priorität {n}",any_printer:"Beliebiger Drucker",on_printer:"Auf {printer}",added_by:"Von {who} · {when}",ended:"Beendet {when}",move_up:"Nach oben",move_down:"Nach unten",save_as_preset:"Als Vorlage speichern",save_as_preset_help:"Die Vorlage übernimmt Datei ({file}), Drucker, Tag oder Modell, Filament, Düse, Priorität, Notizen und Optionen dieses Auftrags.",preset_saved:"Vorlage {name} gespeichert",cancel_job:"Auftrag abbrechen",cancel_heading:"Diesen Auftrag abbrechen?",cancel_text:"{name} verlässt die Warteschlange. Das lässt sich nicht rückgängig machen.",cancelled:"{name} abgebrochen",why:"Geprüfte Drucker ({n})",status:{queued:"Wartend",assigned:"Zugewiesen",printing:"Druckt",done:"Erledigt",failed:"Fehlgeschlagen",cancelled:"Abgebrochen"},reason:{proposed:"Als Nächstes auf {printer}",no_printers:"Wartet: die Farm hat keine Drucker",no_printer_fits:"Wartet: kein Drucker erfüllt alle Bedingungen zugleich",no_printer_fits_unmet:"Wartet: kein Drucker hat {unmet}",waiting_for_earlier_jobs:"Wartet: passende Drucker gehen an frühere Aufträge",filament_not_loaded:"Wartet: kein passender Drucker hat {filament} geladen",printers_busy:"Wartet: passende Drucker sind beschäftigt",printers_in_error:"Wartet: passende Drucker haben einen Fehler",printers_offline:"Wartet: passende Drucker sind offline"},constraint:{printer_id:"den gewählten Drucker {printer}",tags_any:"eines der Tags {tags}",tags_all:"alle Tags {tags}",model:"das Modell {model}",nozzle_mm:"eine {nozzle}-mm-Düse"},check:{ok:"bereit",other_printer:"anderer Drucker gewählt",missing_any_tag:"keines der Tags",missing_tags:"nicht alle Tags",wrong_model:"anderes Modell",wrong_nozzle:"andere Düse",offline:"offline",error:"hat einen Fehler",busy:"beschäftigt",filament_not_loaded:"Filament nicht geladen",proposed_for_earlier_job:"geht an einen früheren Auftrag"},note:{filament_unverified:"Filament nicht geprüft: der Drucker meldet seine Spulen nicht.",nozzle_unverified:"Düse nicht geprüft: der Drucker meldet sie nicht."},cancel_short:"Abbrechen",cancel_named:"{name} abbrechen",dispatch_ui:{dispatch:"Jetzt senden",dry_run:"Probelauf",dispatch_on:"An {printer} senden",dispatch_named:"{name} jetzt senden",dry_run_named:"Probelauf für {name}",result:{started:"Gestartet auf {printer}: {file}",would_send:"Würde {file} an {printer} senden",refused:"Abgelehnt auf {printer}:",upload_failed:"Senden an {printer} fehlgeschlagen:",skipped:"Nichts an {printer} gesendet:"},last_report:{refused:"Letztes Senden abgelehnt",upload_failed:"Letztes Senden fehlgeschlagen",failed:"Der Druck ist fehlgeschlagen"},file_info:"Geslict für {model} · {nozzle} mm · {time}",sending:"Sende {percent}",no_printer:"Kein Drucker zum Senden",other_job:"Betrifft den Auftrag, der für diesen Drucker an der Reihe ist: {job}"}},presets:{summary:"{n} Vorlagen",new:"Neue Vorlage",new_heading:"Neue Vorlage",edit_heading:"Vorlage bearbeiten",name:"Name der Vorlage",target:"Drucken auf",tag:"Tag",target_type:{any:"Beliebiger Drucker",printer:"Ein Drucker",tag:"Drucker mit einem Tag",model:"Ein Druckermodell"},target_any:"Beliebiger Drucker",target_printer:"{printer}",target_tag:"Drucker mit Tag {tag}",target_model:"Modell {model}",quick_schedule:"Schnell einplanen",schedule_heading:"{name} einplanen",schedule_help:"Reiht {file} jetzt ein, auf: {target}.",schedule_submit:"Einplanen",only_tag:"Nur Drucker mit Tag",only_tag_hint:"Ersetzt für diese Aufträge die Druckerwahl der Vorlage",as_in_preset:"Wie in der Vorlage",scheduled:"{n} Auftrag/Aufträge von {name} eingereiht",open_queue:"Warteschlange öffnen",saved:"Vorlage {name} gespeichert",edit:"{name} bearbeiten",delete:"{name} löschen",delete_heading:"Diese Vorlage löschen?",delete_text:"{name} wird gelöscht. Bereits eingereihte Aufträge bleiben in der Warteschlange.",deleted:"Vorlage {name} gelöscht",empty:"Noch keine Vorlagen. Lege eine an oder nutze „Als Vorlage speichern“ bei einem Auftrag."},drying:{summary:"{n} Spulen · {needs} müssen getrocknet werden",add_spool:"Spule hinzufügen",log:"Trocknung erfassen",log_heading:"Trocknung erfassen",what:"Spule",printer_slot:"Ein Druckerplatz …",slot_code:"Platz",slot_hint:"A1 … H4 (AMS-Einheit und Platz), HT1 … HT8 (AMS HT) oder EXT",temp:"Temperatur",duration:"Dauer",duration_h:"Dauer (Stunden)",hours_hint:"z. B. 4 oder 7,5",method_label:"Methode",started:"Beginn",started_hint:"Leer: gerade eben beendet",rh_before:"Feuchte vorher",rh_after:"Feuchte nachher",rh_before_after:"Feuchte vorher → nachher",logged:"Trocknung erfasst",logged_spool:"Trocknung von {spool} erfasst",method:{dryer:"Filamenttrockner",oven:"Ofen",ams:"AMS-Trocknung",dry_box:"Trockenbox",dehydrator:"Dörrgerät",other:"Sonstiges"},needs:"Trocknen nötig",dry:"Trocken",due:"Trocken · nächste Trocknung fällig {date}",not_tracked:"Nicht überwacht",reason:{time:"Zeit",humidity:"Feuchte"},days_since:"{days} Tage seit dem Trocknen",days_since_max:"{days} von {max} Tagen seit dem Trocknen",humidity:"{rh} % rF",humidity_max:"{rh} % rF (max. {max} %)",brand:"Marke",colour:"Farbe",weight:"Gewicht",opened:"Geöffnet",slot:"Druckerplatz",location:"Lagerort",spoolman:"Spoolman-Spule",spoolman_hint:"Optional: die Nummer der Spule in Spoolman",sensor:"Feuchtesensor",no_sensor:"Keiner",in_printer:"Im Drucker",no_printer:"In keinem Drucker",material:"Material",name:"Name",name_hint:"Standard: Marke, Material und Farbe",new_heading:"Spule hinzufügen",edit_heading:"Spule bearbeiten",edit:"{spool} bearbeiten",delete:"{spool} entfernen",delete_heading:"Diese Spule entfernen?",delete_text:"{spool} wird aus der Liste entfernt. Ihr Trocknungsverlauf bleibt erhalten.",spool_saved:"Spule {spool} gespeichert",spool_deleted:"Spule {spool} entfernt",show_history:"Trocknungsverlauf von {spool}",history:"Trocknungsverlauf",history_all:"Letzte Trocknungen",no_history:"Noch keine Trocknung erfasst.",no_spools:"Noch keine Spulen. Füge deine Spulen hinzu, um zu sehen, wann sie getrocknet werden müssen.",spool:"Spule",when:"Ende",by:"Von",materials:"Materialgrenzen",materials_help:"Eine Spule muss getrocknet werden, wenn die Tage seit der letzten Trocknung (oder seit dem Öffnen) oder ihre Feuchte die Grenze des Materials überschreiten. Materialien ohne Grenzen werden nicht überwacht.",material_form_help:"Beide Grenzen leer lassen, um dieses Material nicht mehr zu überwachen.",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp:"Trockentemp.",drying_hours:"Trockendauer",custom:"(angepasst)",edit_material:"{material} bearbeiten",reset_material:"{material} zurücksetzen",add_material:"Material hinzufügen",material_saved:"Grenzen von {material} gespeichert",reset:"Zurücksetzen",reset_heading:"Grenzen zurücksetzen?",reset_text:"{material} erhält wieder die Standardgrenzen.",reset_text_custom:"{material} wird aus der Tabelle entfernt (nicht überwacht)."},timelapses:{printer:"Drucker",job:"Auftrag",result:"Ergebnis",run:"Druck",video:"Video",kept:"Aufbewahrt",kept_until:"bis {date}",kept_forever:"bis zum Löschen",video_facts:"{length} · {frames} Bilder mit {fps} fps · {size}",video_of:"Zeitraffer von {job}",play:"Zeitraffer von {job} abspielen",count:"{n} Zeitraffer",empty:"Noch keine Zeitraffer. Drucker mit Kamera nehmen jeden Druck auf, solange ihr Schalter „Zeitraffer“ an ist.",recording:"Nimmt gerade auf: {printers}",not_recording:"Gerade nimmt kein Drucker auf.",download:"Herunterladen",admin_delete:"Nur Administratoren können Zeitraffer löschen.",delete_heading:"Diesen Zeitraffer löschen?",delete_text:"Das Video von {job} auf {printer} wird endgültig gelöscht.",deleted:"Zeitraffer von {job} gelöscht",run_missing:"Druck {run} hat keinen Zeitraffer.",outcome:{success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",open:"Druckt"}},fields:{name:"Name",file:"Datei",notes:"Notizen",quantity:"Anzahl",priority:"Priorität",model:"Modell",filament:"Filament",nozzle_mm:"Düse",material:"Material",brand:"Marke",colour:"Farbe",location:"Lagerort",weight_g:"Gewicht",spoolman_id:"Spoolman-Nummer",humidity_entity_id:"Feuchtesensor",humidity_before:"Feuchte vorher",humidity_after:"Feuchte nachher",temp_c:"Temperatur",temperature:"Temperatur",duration_min:"Dauer",duration:"Dauer",started_at:"Beginn",opened_at:"Öffnungsdatum",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp_c:"Trockentemperatur",drying_hours:"Trockendauer",tag:"Tag",slot:"Platz"},errors:{unauthorized:"Nur Administratoren dürfen das.",not_loaded:"Die Druckfarm ist nicht geladen.",query_failed:"Die Farm-Datenbank konnte nicht antworten: {error}",database_unavailable:"Die Farm-Datenbank konnte nicht geöffnet werden: {error}",invalid_datetime:"{field} ist kein gültiger Zeitpunkt: {value}",unknown_timelapse:"Es gibt keinen Zeitraffer {timelapse_id}.",empty_field:"{field} darf nicht leer sein.",text_too_long:"{field} ist zu lang (höchstens {max} Zeichen).",out_of_range:"{field} muss zwischen {min} und {max} liegen (war {value}).",empty_tag:"Ein Tag darf nicht leer sein.",too_many_tags:"Ein Drucker kann höchstens {max} Tags haben.",unknown_tag:"Kein Drucker hat das Tag {tag}.",unknown_printer:"{printer} ist kein Drucker der Farm.",no_target:"Kein Drucker ausgewählt.",unknown_job:"Es gibt keinen Druckauftrag {job} in der Warteschlange.",job_printing:"Druckauftrag {job} druckt gerade: stoppe den Druck zuerst am Drucker.",job_not_queued:"Druckauftrag {job} ist {status}: nur wartende Aufträge lassen sich verschieben.",invalid_job_transition:"Druckauftrag {job} kann nicht von {status} zu {new} wechseln.",unknown_preset:"Es gibt keine Vorlage {preset}.",duplicate_preset:"Eine Vorlage namens {name} gibt es schon.",invalid_target:"Wähle ein Ziel: einen Drucker, ein Tag oder ein Druckermodell.",invalid_option:"Unbekannte oder ungültige Druckoption {option}.",unknown_spool:"Es gibt keine Spule {spool}.",invalid_slot:"{slot} ist kein Druckerplatz: A1 bis H4, HT1 bis HT8 oder EXT.",slot_needs_printer:"Ein Platz braucht seinen Drucker.",no_spool_given:"Wähle eine Spule oder einen Drucker und seinen Platz.",invalid_temperature:"{field} muss zwischen {min} und {max} °C liegen (war {value}).",invalid_duration:"{field} muss zwischen {min} und {max} Minuten liegen (war {value}).",invalid_humidity:"{field} muss zwischen {min} und {max} % liegen (war {value}).",invalid_method:"Unbekannte Trocknungsmethode {method}.",in_future:"{field} liegt in der Zukunft.",invalid_entity:"{entity} ist kein Sensor."},files:{title:"Druckdateien",upload:"Datei hochladen",choose:".3mf / .gcode / .bgcode wählen",uploading:"{name} wird hochgeladen… {percent}",uploaded:"{name} hochgeladen",already:"{name} war schon gespeichert",admin_only:"Nur Administratoren können Dateien hochladen.",hint:"Bis zur Größengrenze der Farm (Standard 512 MB). Geslicte .gcode.3mf, .gcode und .bgcode können an Drucker gesendet werden.",empty:"Noch keine Dateien.",size:"Größe",kind:"Typ",uploaded_at:"Hochgeladen",uploaded_by:"Von",slicer:"Slicer",printer_model:"Geslict für",profile:"Profil",compatible:"Passende Modelle",nozzle:"Düse",plates:"Platten",plate_n:"Platte {n}",estimate:"Druckzeit",filaments:"Filamente",bbox:"Grundfläche",not_sliced:"nicht geslict",fits:"Passt auf",no_fit:"Kein Drucker dieses Modells in der Farm",queue:"Diese Datei einreihen",queue_heading:"{name} einreihen",queued:"{n} Auftrag/Aufträge eingereiht",open_queue:"Zur Warteschlange",details:"Details",close_details:"Schließen",select:"Auswählen",error:{generic:"Hochladen fehlgeschlagen: {error}",too_large:"Die Datei ist größer als die Upload-Grenze der Farm.",invalid_file_type:"Nur .3mf-, .gcode.3mf-, .gcode- und .bgcode-Dateien können hochgeladen werden.",invalid_file_name:"Dieser Dateiname ist nicht erlaubt.",invalid_print_file:"Die Datei konnte nicht als Druckdatei gelesen werden.",forbidden:"Nur Administratoren können Dateien hochladen.",empty:"Die Datei ist leer.",network:"Die Verbindung ist abgebrochen."}},guard:{printer_ready:"{printer} ist online und bereit.",printer_offline:"{printer} ist offline.",printer_busy:"{printer} ist nicht bereit für einen neuen Druck (Status: {status}).",printer_state_unknown:"Der Zustand von {printer} ist noch nicht bekannt.",no_active_error:"{printer} meldet keinen Fehler.",active_error:"{printer} hat einen aktiven Fehler ({codes}).",plate_cleared:"Die Druckplatte von {printer} wurde nach dem letzten Druck geräumt.",plate_not_cleared:"Die Druckplatte von {printer} wurde seit dem letzten Druck nicht geräumt.",plate_state_unknown:"Es ist nicht bekannt, ob die Druckplatte von {printer} frei ist.",file_type_ok:"{printer} nimmt diese {kind}-Datei an.",file_type_not_accepted:"{printer} nimmt keine {kind}-Dateien an (nur: {accepted}).",plate_missing:"Die Datei hat keine Platte {plate}.",plate_not_sliced:"Platte {plate} der Datei ist nicht geslict; zuerst slicen und exportieren.",model_ok:"Die Datei wurde für {model} geslict.",model_mismatch:"Die Datei wurde für {file_model} geslict, aber {printer} ist ein {model}.",model_unknown:"Nicht feststellbar, ob die Datei zu {printer} passt ({missing} unbekannt).",bed_ok:"Der Druck ({width} x {depth} mm) passt auf das {bed_x} x {bed_y} mm große Bett.",outside_bed:"Der Druck ({width} x {depth} mm bei {min_x}, {min_y}) liegt außerhalb des {bed_x} x {bed_y} mm großen Betts von {printer}.",too_large_for_bed:"Der Druck ({width} x {depth} mm) ist größer als das {bed_x} x {bed_y} mm große Bett von {printer}.",bed_unknown:"Die Bettgröße von {printer} ist nicht bekannt.",footprint_unknown:"Die Datei gibt die Größe des Drucks nicht an.",nozzle_ok:"Die {nozzle}-mm-Düse passt zur Datei.",nozzle_mismatch:"Die Datei wurde für eine {file_nozzle}-mm-Düse geslict, {printer} hat {nozzle} mm.",nozzle_unknown:"Düsen nicht vergleichbar ({missing} unbekannt).",filament_ok:"Das Filament ist geladen ({types}).",filament_missing:"{printer} hat kein {types} geladen.",filament_unknown:"Das in {printer} geladene Filament ist nicht bekannt.",file_filament_unknown:"Die Datei gibt nicht an, welches Filament sie braucht.",file_unknown:"Die Datei des Auftrags ist nicht gespeichert (auf der Seite Dateien hochladen).",file_missing:"Die Datei des Auftrags fehlt im Dateiordner.",upload_failed:"Senden der Datei fehlgeschlagen: {error}",auto_queue_off:"Der Auto-Queue-Schalter von {printer} ist aus.",printer_has_job:"{printer} hat noch einen Auftrag aus der Warteschlange.",dispatch_in_progress:"An {printer} wird bereits eine Datei gesendet.",no_job:"Gerade passt kein wartender Auftrag zu {printer}."}};var ne={en:qe,de:Le};function Ue(t,e){let r=t;for(let n of e.split(".")){if(r===void 0||typeof r=="string")return;r=r[n]}return typeof r=="string"?r:void 0}function v(t){return t?.locale?.language??t?.language??"en"}function Be(t){let e=v(t),r=ne[e]??ne[e.split("-")[0]];return(n,i)=>{let a=Ue(r,n)??Ue(ne.en,n)??n;return i?a.replace(/\{(\w+)\}/g,(o,s)=>s in i?String(i[s]):o):a}}var Er=Object.keys(ne);var Ve=D`
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
`,jr=D`
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
`;function h(t,e,...r){return t.callWS({...r[0]??{},type:e})}function ie(t,e,r){return t.connection.subscribeMessage(r,{type:e})}function b(t){return Object.fromEntries(Object.entries(t).filter(([,e])=>e!=null&&e!==""))}async function Or(t){return(await h(t,"odin/printers/list")).printers}function vt(t,e){switch(e.type){case"full":return new Map(e.printers.map(r=>[r.printer_id,r]));case"update":return new Map(t).set(e.printer.printer_id,e.printer);case"removed":{let r=new Map(t);return r.delete(e.printer_id),r}}}function Rr(t,e){let r=new Map;return ie(t,"odin/printers/subscribe",n=>{r=vt(r,n),e([...r.values()])})}function qr(t,e){return h(t,"odin/analytics/failures",b(e))}function Lr(t,e,r=50){return h(t,"odin/analytics/time_accuracy",{...b(e),limit:r})}function Ur(t,e,r,n){return h(t,"odin/audit/list",{...b(e),...r?{before:r}:{},limit:n})}function Br(t){return h(t,"odin/audit/filters")}function wt(t){let r=new URLSearchParams(b(t)).toString();return`/api/odin/audit.csv${r?`?${r}`:""}`}async function Vr(t,e){let r=await t.fetchWithAuth(wt(e));if(!r.ok)throw new Error(`${r.status} ${r.statusText}`);let n=await r.blob(),i=r.headers.get("Content-Disposition")??"",a=/filename="?([^";]+)"?/.exec(i)?.[1]??"odin-audit.csv",o=URL.createObjectURL(n),s=document.createElement("a");s.href=o,s.download=a,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(o),1e4)}function W(t){return typeof t=="object"&&t!==null&&typeof t.code=="string"&&typeof t.message=="string"}function We(t){return W(t)||t instanceof Error?t.message:String(t)}function Wr(t){return W(t)&&(t.code==="unauthorized"||t.code==="not_allowed")}var Zr=t=>{class e extends t{#e=[];#t;hassSubscribe(){return[]}subscriptionFailed(n){}resubscribe(){this.#n(),this.#r()}connectedCallback(){super.connectedCallback(),this.#r()}disconnectedCallback(){super.disconnectedCallback(),this.#n()}willUpdate(n){super.willUpdate(n),n.has("hass")&&this.#r()}#r(){!this.isConnected||!this.hass||this.#t!==this.hass.connection&&(this.#n(),this.#t=this.hass.connection,this.#e=this.hassSubscribe().map(n=>(n.catch(i=>this.subscriptionFailed(i)),n)))}#n(){for(let n of this.#e)n.then(i=>i()).catch(()=>{});this.#e=[],this.#t=void 0}}return e};var oe=new Map;function I(t,e){let r=`n|${t}|${JSON.stringify(e)}`,n=oe.get(r);if(!n){try{n=new Intl.NumberFormat(t,e)}catch{n=new Intl.NumberFormat("en",e)}oe.set(r,n)}return n}function Z(t,e){let r=`d|${t}|${JSON.stringify(e)}`,n=oe.get(r);if(!n){try{n=new Intl.DateTimeFormat(t,e)}catch{n=new Intl.DateTimeFormat("en",e)}oe.set(r,n)}return n}function _(t,e){return e==null?"–":I(v(t),{maximumFractionDigits:0}).format(e)}function J(t,e,r=1){return e==null?"–":I(v(t),{minimumFractionDigits:r,maximumFractionDigits:r}).format(e)}function Kr(t,e){return e==null?"–":`${I(v(t),{minimumFractionDigits:1,maximumFractionDigits:2}).format(e)} mm`}function we(t,e){return e==null?"–":I(v(t),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1}).format(e)}function Qr(t,e,r=!1){return e==null?"–":I(v(t),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1,signDisplay:r?"exceptZero":"auto"}).format(e/100)}function Ie(t){if(t==null||!Number.isFinite(t))return"–";let e=Math.max(0,Math.round(t/60)),r=Math.floor(e/60),n=e%60;return r>0?`${r} h ${String(n).padStart(2,"0")} min`:`${n} min`}function se(t){if(t)return t.locale?.time_zone==="server"?t.config.time_zone:void 0}function ae(t,e){if(!e)return"–";let r=new Date(e);return Number.isNaN(r.getTime())?e:Z(v(t),{dateStyle:"medium",timeStyle:"short",timeZone:se(t)}).format(r)}function xt(t,e){if(!e)return"–";let r=new Date(e);return Number.isNaN(r.getTime())?e:Z(v(t),{timeStyle:"short",timeZone:se(t)}).format(r)}function Xr(t,e,r){if(!e||!r)return`${ae(t,e)} – ${ae(t,r)}`;let n=i=>Z(v(t),{dateStyle:"short",timeZone:se(t)}).format(new Date(i));return`${ae(t,e)} – ${n(e)===n(r)?xt(t,r):ae(t,r)}`}function le(t,e,r){if(!e)return"–";let n=typeof e=="string"?new Date(e):e;return Number.isNaN(n.getTime())?String(e):Z(v(t),{day:"numeric",month:"short",timeZone:r??se(t)}).format(n)}function Ze(t,e){return/^\d{4}-\d{2}-\d{2}$/.test(e)?Z(v(t),{day:"numeric",month:"short"}).format(At(e)):le(t,e)}function Yr(t){return`${typeof t=="string"?t:kt(t)}T00:00:00`}function kt(t){let e=r=>String(r).padStart(2,"0");return`${t.getFullYear()}-${e(t.getMonth()+1)}-${e(t.getDate())}`}function At(t){let[e,r,n]=t.split("-").map(Number);return new Date(e,(r??1)-1,n??1)}function en(t,e){let r=new Date(t);return r.setDate(r.getDate()+e),r}function Je(t){switch(t){case"printing":case"preparing":case"busy":return"var(--info-color, #039be5)";case"finished":return"var(--success-color, #43a047)";case"paused":return"var(--warning-color, #ffa600)";case"failed":case"error":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";case"offline":return"var(--disabled-text-color, #9e9e9e)";default:return"var(--primary-color, #03a9f4)"}}function rn(t,e){return e||t==="failed"||t==="error"||t==="paused"}function Ge(t){return t==="printing"||t==="preparing"||t==="busy"||t==="paused"}var A=class extends w{constructor(){super(...arguments);this.highlighted=!1;this.flat=!1;this.hideName=!1}render(){let r=this.printer;if(!r)return m;let n=Be(this.hass),i=Je(r.status),a=Ge(r.status),o=r.progress??0,s=r.job_name||r.file_name,l=r.error?.severity??"";return u`<div class="card ${this.flat?"flat":""}" data-printer-id=${r.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName?m:u`<div class="name ellipsis" data-field="name">${r.name}</div>`}
          <div class="model muted ellipsis">${r.model??r.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${i}" data-field="status" data-status=${r.status}
          >${n(`status.${r.status}`)}</span
        >
      </div>
      ${a||s?u`<div class="job">
              <span class="ellipsis" title=${s??""}>${s??n("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${r.progress===null?"":`${_(this.hass,o)} %`}</span
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
        ${a&&r.remaining_s!==null?u`<span data-field="remaining">${n("fleet.remaining",{time:Ie(r.remaining_s)})}</span>`:m}
        ${r.layer!==null&&r.total_layers?u`<span>${n("fleet.layer",{layer:_(this.hass,r.layer),total:_(this.hass,r.total_layers)})}</span>`:m}
        ${r.nozzle_temp!==null?u`<span>${n("fleet.nozzle")} ${J(this.hass,r.nozzle_temp,0)} °C</span>`:m}
        ${r.bed_temp!==null?u`<span>${n("fleet.bed")} ${J(this.hass,r.bed_temp,0)} °C</span>`:m}
      </div>
      ${r.error?u`<div class="err ${l==="warning"||l==="info"?"warning":""}" data-field="error">
            ${r.error.code}
          </div>`:m}
      ${r.tags.length&&!this.flat?u`<div class="tags">${r.tags.map(d=>u`<span class="tag">${d}</span>`)}</div>`:m}
      <slot name="footer"></slot>
    </div>`}};A.styles=[Ve,D`
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
    `],g([f({attribute:!1})],A.prototype,"hass",2),g([f({attribute:!1})],A.prototype,"printer",2),g([f({type:Boolean,reflect:!0})],A.prototype,"highlighted",2),g([f({type:Boolean})],A.prototype,"flat",2),g([f({type:Boolean,attribute:"hide-name"})],A.prototype,"hideName",2);re("odin-printer-tile",A);function gn(t,e=!0){return h(t,"odin/queue/list",{include_finished:e})}async function _n(t,e){return(await h(t,"odin/queue/add",b(e))).jobs}async function bn(t,e){await h(t,"odin/queue/cancel",{job_id:e})}async function yn(t,e,r){return(await h(t,"odin/queue/reorder",{job_id:e,after_job_id:r})).order}async function vn(t){return(await h(t,"odin/presets/list")).presets}function wn(t,e){return h(t,"odin/presets/save",b(e))}async function xn(t,e,r){return(await h(t,"odin/presets/save",{name:e,from_job_id:r})).preset}async function kn(t,e){await h(t,"odin/presets/delete",{preset_id:e})}async function An(t,e,r){return(await h(t,"odin/presets/schedule",{preset_id:e,...b(r)})).jobs}async function $n(t){return(await h(t,"odin/spools/list")).spools}async function Dn(t,e){return(await h(t,"odin/spools/save",b(e))).spool}async function zn(t,e){await h(t,"odin/spools/delete",{spool_id:e})}function Sn(t,e){return h(t,"odin/drying/log",b(e))}async function Pn(t,e={}){return(await h(t,"odin/drying/history",b(e))).sessions}async function Tn(t){return(await h(t,"odin/materials/list")).materials}async function En(t,e){return(await h(t,"odin/materials/set",e)).materials}async function Cn(t,e){return(await h(t,"odin/materials/set",{material:e,reset:!0})).materials}async function Fn(t,e,r){return(await h(t,"odin/tags/set",{printer_id:e,tags:r})).tags}function jn(t,e={}){return h(t,"odin/timelapses/list",b(e))}async function Nn(t,e){await h(t,"odin/timelapses/delete",{timelapse_id:e})}function Mn(t,e){if(W(e)&&e.translation_key){let r=`errors.${e.translation_key}`,n={...e.translation_placeholders??{}};if(n.field!==void 0){let a=t(`fields.${n.field}`);a!==`fields.${n.field}`&&(n.field=a)}let i=t(r,n);if(i!==r)return i}return W(e)&&e.code==="unauthorized"?t("errors.unauthorized"):We(e)}async function Rn(t){return(await h(t,"odin/files/list")).files}async function qn(t,e){return(await h(t,"odin/files/get",{hash:e})).file}var Ln=[".3mf",".gcode",".bgcode"],j=class extends Error{constructor(r,n,i){super(r);this.status=n;this.code=i}},Qe=t=>t.auth;async function Ke(t){let e=Qe(t);return e?.expired&&e.refreshAccessToken&&await e.refreshAccessToken(),e?.data?.access_token??""}var $t=t=>typeof t=="object"&&t!==null&&typeof t.code=="string"&&typeof t.message=="string";function Dt(t,e){if($t(e))return new j(e.message,t,e.code);let r=t===413?"too_large":t===401||t===403?"forbidden":"upload_error";return new j(`HTTP ${t}`,t,r)}async function Un(t,e,r){let n=o=>new Promise((s,l)=>{let d=new XMLHttpRequest;d.open("POST","/api/odin/files/upload"),d.setRequestHeader("Authorization",`Bearer ${o}`),d.responseType="text",d.upload.onprogress=c=>{c.lengthComputable&&c.total>0&&r(c.loaded/c.total)},d.onload=()=>{let c;try{c=JSON.parse(d.responseText||"null")}catch{c=d.responseText}s({status:d.status,body:c})},d.onerror=()=>l(new j("network",0,"network")),d.onabort=()=>l(new j("aborted",0,"aborted"));let p=new FormData;p.append("file",e,e.name),d.send(p)}),i=await n(await Ke(t)),a=Qe(t);if(i.status===401&&a?.refreshAccessToken&&(await a.refreshAccessToken(),i=await n(await Ke(t))),i.status>=200&&i.status<300)return r(1),i.body;throw Dt(i.status,i.body)}function Bn(t,e){if(e instanceof j){let r=`files.error.${e.code}`,n=t(r);return n!==r?n:t("files.error.generic",{error:e.message})}return t("files.error.generic",{error:e instanceof Error?e.message:String(e)})}function Vn(t,e,r){return h(t,"odin/dispatch/next",{printer_id:e,dry_run:r,force:!0})}function Wn(t,e){return ie(t,"odin/dispatch/subscribe",e)}function In(t,e,r=""){let n=`guard.${e.code}`,i=t(n,{printer:r,...e.placeholders});return i!==n?i:e.message}var Gn=[.2,.4,.6,.8],Kn=["PLA","PETG","ABS","ASA","TPU","PA","PA-CF","PC","PVA"],S=(t,e)=>u`<span class="pill" data-pill=${e} title=${t}>${t}</span>`;function Qn(t,e,r){let n=[];return e.printer_id&&n.push(S(t("jobs.pill_printer",{printer:r(e.printer_id)}),"printer")),e.tags_any.length&&n.push(S(t("jobs.pill_tags_any",{tags:e.tags_any.join(", ")}),"tags_any")),e.tags_all.length&&n.push(S(t("jobs.pill_tags_all",{tags:e.tags_all.join(", ")}),"tags_all")),e.model&&n.push(S(t("jobs.pill_model",{model:e.model}),"model")),e.filament&&n.push(S(t("jobs.pill_filament",{filament:e.filament}),"filament")),e.nozzle_mm!==null&&n.push(S(t("jobs.pill_nozzle",{nozzle:e.nozzle_mm}),"nozzle")),n}function Xn(t,e){return Object.entries(e).map(([r,n])=>S(r==="plate"?t("options.plate_n",{n:String(n)}):`${t(`options.${r}`)}: ${t(n?"options.on":"options.off")}`,r))}function Yn(t,e,r){let n=e.target.value??"";switch(e.target.type){case"printer":return t("presets.target_printer",{printer:r(n)});case"tag":return t("presets.target_tag",{tag:n});case"model":return t("presets.target_model",{model:n});default:return t("presets.target_any")}}function ei(t,e,r,n){let i=e.constraints,a=r.unmet.map(o=>t(`queue.constraint.${o}`,{printer:n(i.printer_id??""),tags:(o==="tags_all"?i.tags_all:i.tags_any).join(", "),model:i.model??"",nozzle:i.nozzle_mm??""})).join(", ");return r.reason==="proposed"?t("queue.reason.proposed",{printer:n(r.printer_id??"")}):r.reason==="no_printer_fits"&&a?t("queue.reason.no_printer_fits_unmet",{unmet:a}):r.reason==="filament_not_loaded"?t("queue.reason.filament_not_loaded",{filament:i.filament??""}):t(`queue.reason.${r.reason}`)}var Xe=new Set(["printing","assigned"]);function ti(t,e,r){let n=t.filter(o=>Xe.has(o.status)),i=t.filter(o=>o.status==="queued").sort((o,s)=>o.position-s.position),a=r?t.filter(o=>!Xe.has(o.status)&&o.status!=="queued"):[];return[...n,...i,...a].slice(0,e)}var Ye;function zt(){return Ye??=import("./odin-chart-engine-VGZC3NP6.js").then(t=>t.Chart),Ye}var St=/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;function xe(t,e){let r=getComputedStyle(t),n=e.trim();for(let i=0;i<5;i++){let a=St.exec(n);if(!a)break;n=r.getPropertyValue(a[1]).trim()||(a[2]??"").trim()||"#888"}return n}function Pt(t,e){return t.length>e?`${t.slice(0,e-1)}…`:t}var y=class extends w{constructor(){super(...arguments);this.labels=[];this.series=[];this.type="bar";this.stacked=!1;this.horizontal=!1;this.height=240;this.label="";this._chartType=""}render(){let r=this.horizontal?Math.max(120,this.labels.length*30+50):this.height;return u`<div class="wrap" style="height:${r}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`}updated(r){super.updated(r),this._draw()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this._draw()}disconnectedCallback(){super.disconnectedCallback(),this._chart?.destroy(),this._chart=void 0}_config(){let r=xe(this,"var(--secondary-text-color, #727272)"),n=xe(this,"var(--divider-color, rgba(0,0,0,0.12))"),i={family:getComputedStyle(this).fontFamily||void 0,size:12},a=this.formatValue,o=this.series.map(p=>{let c=xe(this,p.color);return this.type==="line"||p.line?{type:"line",label:p.label,data:p.data,borderColor:c,backgroundColor:c,pointRadius:this.labels.length>40?0:3,borderWidth:2,tension:.25,spanGaps:!0}:{type:"bar",label:p.label,data:p.data,backgroundColor:c,borderRadius:3,maxBarThickness:36}}),s={stacked:this.stacked,beginAtZero:!0,grid:{color:n},border:{display:!1},ticks:{color:r,font:i,precision:0,callback:a?p=>a(Number(p)):void 0}},l=this.horizontal?Math.max(12,Math.min(40,Math.floor(this.clientWidth/16))):18,d={stacked:this.stacked,grid:{display:!1},ticks:{color:r,font:i,autoSkip:!0,maxRotation:0,callback(p){return Pt(this.getLabelForValue(Number(p)),l)}}};return{type:this.type,data:{labels:this.labels,datasets:o},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:this.horizontal?"y":"x",interaction:{mode:"index",intersect:!1},scales:this.horizontal?{x:s,y:d}:{x:d,y:s},plugins:{legend:{display:this.series.length>1,position:"bottom",labels:{color:r,font:i,boxWidth:12,boxHeight:12}},tooltip:{callbacks:a?{label:p=>`${p.dataset.label??""}: ${a(Number(p.parsed[this.horizontal?"x":"y"]))}`}:{}}}}}}_draw(){zt().then(r=>this._drawWith(r))}_drawWith(r){let n=this.renderRoot.querySelector("canvas");if(!n||!this.isConnected)return;let i=this._config();if(this._chart&&this._chart.canvas===n&&this._chartType===this.type){this._chart.data=i.data,this._chart.options=i.options??{},this._chart.update("none");return}this._chart?.destroy(),this._chart=new r(n,i),this._chartType=this.type,this.dataset.ready=""}};y.styles=D`
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
  `,g([f({attribute:!1})],y.prototype,"labels",2),g([f({attribute:!1})],y.prototype,"series",2),g([f()],y.prototype,"type",2),g([f({type:Boolean})],y.prototype,"stacked",2),g([f({type:Boolean})],y.prototype,"horizontal",2),g([f({type:Number})],y.prototype,"height",2),g([f()],y.prototype,"label",2),g([f({attribute:!1})],y.prototype,"theme",2),g([f({attribute:!1})],y.prototype,"formatValue",2);re("odin-chart",y);var ui=t=>t.map(e=>({key:e.printer_id,label:e.name??e.printer_id,rate:e,mtbf:e.mtbf}));function pi(t,e,r){return e.map(n=>{let i=r(n),a=n.display;return{key:i??"",label:a||i||t("analytics.none"),rate:n}})}var mi=(t,e)=>e.map(r=>({key:r.code??r.reason??"",label:r.description||r.reason||r.code||t("analytics.unknown_reason"),count:r.count,message:null})),hi=t=>t.map(e=>({key:e.code,label:e.code,count:e.count,message:e.description})),G={success:"var(--success-color, #43a047)",failed:"var(--error-color, #db4437)",cancelled:"var(--warning-color, #ffa600)",unknown:"var(--disabled-text-color, #9e9e9e)"};function et(t,e,r=!0){let n=[{label:t("analytics.success"),data:e.map(i=>i.success),color:G.success},{label:t("analytics.failed"),data:e.map(i=>i.failed),color:G.failed},{label:t("analytics.cancelled"),data:e.map(i=>i.cancelled),color:G.cancelled}];return r&&e.some(i=>i.unknown>0)&&n.push({label:t("analytics.unknown"),data:e.map(i=>i.unknown),color:G.unknown}),n}function Tt(t,e,r,n){if(r==null)return"–";let i=`${J(t,r,1)} ${e("units.h")}`;return n?e("analytics.mtbf_lower",{hours:i}):i}function fi(t,e,r){let n=r.totals,i=(a,o,s,l,d)=>u`<div class="kpi" data-kpi=${a} data-value=${l??""}>
      <div class="value">${s}</div>
      <div class="label">${o}${d?u` <span class="n">· ${d}</span>`:m}</div>
    </div>`;return u`<div class="kpis">
    ${i("success_rate",e("analytics.success_rate"),we(t,n.success_rate),n.success_rate,`n = ${_(t,n.n)}`)}
    ${i("runs",e("analytics.runs"),_(t,n.total),n.total)}
    ${i("failed",e("analytics.failed"),_(t,n.failed),n.failed)}
    ${i("cancelled",e("analytics.cancelled"),_(t,n.cancelled),n.cancelled)}
  </div>`}function gi(t,e,r){let n=r.window.time_zone,i=new Date(new Date(r.window.end).getTime()-1);return e("analytics.window",{start:le(t,r.window.start,n),end:le(t,i,n),n:_(t,r.totals.total)})}function _i(t,e,r,n,i,a={}){return u`<section class="card chart-card" data-section=${r}>
    <h2>${n}</h2>
    ${i.length===0?u`<div class="muted center">${e("analytics.no_data")}</div>`:u`<odin-chart
            .labels=${i.map(o=>o.label)}
            .series=${et(e,i.map(o=>o.rate))}
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
                    ${a.showMtbf?u`<th class="num">${e("analytics.mtbf")}</th>`:m}
                  </tr>
                </thead>
                <tbody>
                  ${i.map(({key:o,label:s,rate:l,mtbf:d})=>u`<tr data-key=${o}>
                      <td>${s}</td>
                      <td class="num" data-col="runs" data-label=${e("analytics.runs")}>${_(t,l.total)}</td>
                      <td class="num" data-col="success" data-label=${e("analytics.success")}>${_(t,l.success)}</td>
                      <td class="num" data-col="failed" data-label=${e("analytics.failed")}>${_(t,l.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${e("analytics.cancelled")}>${_(t,l.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${e("analytics.success_rate")}>
                        ${we(t,l.success_rate)}
                      </td>
                      ${a.showMtbf&&d?u`<td class="num" data-col="mtbf" data-label=${e("analytics.mtbf")}>
                            ${Tt(t,e,d.value_h,d.lower_bound)}
                          </td>`:m}
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function bi(t,e,r,n,i,a,o={}){return u`<section class="card chart-card" data-section=${r}>
    <h2>${n}</h2>
    ${i.length===0?u`<div class="muted center">${o.emptyText??e("analytics.no_failures")}</div>`:u`<odin-chart
            .labels=${i.map(s=>s.label)}
            .series=${[{label:e("analytics.count"),data:i.map(s=>s.count),color:G.failed}]}
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
                        ${s.label}${s.message&&s.message!==s.label?u`<div class="muted small">${s.message}</div>`:m}
                      </td>
                      <td class="num" data-col="count">${_(t,s.count)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function yi(t,e,r,n={}){let i=r.over_time.items,a=i.map(o=>Ze(t,o.start));return u`<section class="card chart-card" data-section="trend">
    <h2>${e("analytics.trend")}</h2>
    ${i.length===0?u`<div class="muted center">${e("analytics.no_data")}</div>`:u`<odin-chart
          .labels=${a}
          .series=${et(e,i)}
          .theme=${n.theme}
          stacked
          height=${n.height??240}
          label=${e("analytics.trend")}
        ></odin-chart>`}
  </section>`}var tt=["name","printer"];function Et(t){let e=t.replace(/[_.]+/g," ").trim();return e.charAt(0).toUpperCase()+e.slice(1)}function wi(t,e,r){let n=`audit.${e}.${r}`,i=t(n);return i===n?Et(r):i}function xi(t,e){return t.user_name?t.user_name:t.origin_ref?t.origin_ref:t.user_id??e}function ki(t){let e=tt.map(r=>t.details[r]).find(r=>typeof r=="string"&&r!=="");return e||(t.target_id?`${t.target_type} ${t.target_id}`:t.target_type)}function Ai(t){let r=Object.entries(t.details).filter(([n])=>!tt.includes(n)).map(([n,i])=>`${n}: ${typeof i=="object"?JSON.stringify(i):String(i)}`).join(", ");return[t.result_text,r].filter(Boolean).join(" · ")}function $i(t){return t==="ok"?"var(--success-color, #43a047)":t==="refused"?"var(--warning-color, #ffa600)":"var(--error-color, #db4437)"}export{D as a,u as b,Mt as c,m as d,w as e,f,Yt as g,ar as h,re as i,_t as j,$r as k,Be as l,Ve as m,jr as n,Or as o,Rr as p,qr as q,Lr as r,Ur as s,Br as t,Vr as u,We as v,Wr as w,Zr as x,_ as y,J as z,Kr as A,Qr as B,Ie as C,ae as D,Xr as E,le as F,Ze as G,Yr as H,kt as I,At as J,en as K,rn as L,Ge as M,gn as N,_n as O,bn as P,yn as Q,vn as R,wn as S,xn as T,kn as U,An as V,$n as W,Dn as X,zn as Y,Sn as Z,Pn as _,Tn as $,En as aa,Cn as ba,Fn as ca,jn as da,Nn as ea,Mn as fa,Rn as ga,qn as ha,Ln as ia,Un as ja,Bn as ka,Vn as la,Wn as ma,In as na,Gn as oa,Kn as pa,Qn as qa,Xn as ra,Yn as sa,ei as ta,Xe as ua,ti as va,ui as wa,pi as xa,mi as ya,hi as za,fi as Aa,gi as Ba,_i as Ca,bi as Da,yi as Ea,wi as Fa,xi as Ga,ki as Ha,Ai as Ia,$i as Ja};
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
