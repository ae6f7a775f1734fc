var zd=Object.defineProperty;var Cd=Object.getOwnPropertyDescriptor;var _=(i,t,e,s)=>{for(var n=s>1?void 0:s?Cd(t,e):t,r=i.length-1,a;r>=0;r--)(a=i[r])&&(n=(s?a(t,e,n):a(n))||n);return s&&n&&zd(t,e,n),n};var as=globalThis,os=as.ShadowRoot&&(as.ShadyCSS===void 0||as.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,yn=Symbol(),Gr=new WeakMap,wi=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==yn)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(os&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=Gr.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&Gr.set(e,t))}return t}toString(){return this.cssText}},Zr=i=>new wi(typeof i=="string"?i:i+"",void 0,yn),N=(i,...t)=>{let e=i.length===1?i[0]:t.reduce((s,n,r)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+i[r+1],i[0]);return new wi(e,i,yn)},Xr=(i,t)=>{if(os)i.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),n=as.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=e.cssText,i.appendChild(s)}},xn=os?i=>i:i=>i instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return Zr(e)})(i):i;var{is:Ed,defineProperty:Ld,getOwnPropertyDescriptor:Rd,getOwnPropertyNames:Od,getOwnPropertySymbols:Fd,getPrototypeOf:jd}=Object,ls=globalThis,Kr=ls.trustedTypes,Id=Kr?Kr.emptyScript:"",Hd=ls.reactiveElementPolyfillSupport,Si=(i,t)=>i,Ai={toAttribute(i,t){switch(t){case Boolean:i=i?Id:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,t){let e=i;switch(t){case Boolean:e=i!==null;break;case Number:e=i===null?null:Number(i);break;case Object:case Array:try{e=JSON.parse(i)}catch{e=null}}return e}},ds=(i,t)=>!Ed(i,t),Jr={attribute:!0,type:String,converter:Ai,reflect:!1,useDefault:!1,hasChanged:ds};Symbol.metadata??=Symbol("metadata"),ls.litPropertyMetadata??=new WeakMap;var ee=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Jr){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(t,s,e);n!==void 0&&Ld(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){let{get:n,set:r}=Rd(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:n,set(a){let o=n?.call(this);r?.call(this,a),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Jr}static _$Ei(){if(this.hasOwnProperty(Si("elementProperties")))return;let t=jd(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(Si("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Si("properties"))){let e=this.properties,s=[...Od(e),...Fd(e)];for(let n of s)this.createProperty(n,e[n])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,n]of e)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let n=this._$Eu(e,s);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let n of s)e.unshift(xn(n))}else t!==void 0&&e.push(xn(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Xr(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(n!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:Ai).toAttribute(e,s.type);this._$Em=t,r==null?this.removeAttribute(n):this.setAttribute(n,r),this._$Em=null}}_$AK(t,e){let s=this.constructor,n=s._$Eh.get(t);if(n!==void 0&&this._$Em!==n){let r=s.getPropertyOptions(n),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Ai;this._$Em=n;let o=a.fromAttribute(e,r.type);this[n]=o??this._$Ej?.get(n)??o,this._$Em=null}}requestUpdate(t,e,s,n=!1,r){if(t!==void 0){let a=this.constructor;if(n===!1&&(r=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??ds)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:r},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),r!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),n===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,r]of this._$Ep)this[n]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,r]of s){let{wrapped:a}=r,o=this[n];a!==!0||this._$AL.has(n)||o===void 0||this.C(n,void 0,r,o)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};ee.elementStyles=[],ee.shadowRootOptions={mode:"open"},ee[Si("elementProperties")]=new Map,ee[Si("finalized")]=new Map,Hd?.({ReactiveElement:ee}),(ls.reactiveElementVersions??=[]).push("2.1.2");var Mn=globalThis,Qr=i=>i,cs=Mn.trustedTypes,ta=cs?cs.createPolicy("lit-html",{createHTML:i=>i}):void 0,aa="$lit$",me=`lit$${Math.random().toFixed(9).slice(2)}$`,oa="?"+me,Nd=`<${oa}>`,je=document,Di=()=>je.createComment(""),Pi=i=>i===null||typeof i!="object"&&typeof i!="function",Dn=Array.isArray,Bd=i=>Dn(i)||typeof i?.[Symbol.iterator]=="function",vn=`[ 	
\f\r]`,Mi=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ea=/-->/g,ia=/>/g,Oe=RegExp(`>|${vn}(?:([^\\s"'>=/]+)(${vn}*=${vn}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),sa=/'/g,na=/"/g,la=/^(?:script|style|textarea|title)$/i,Pn=i=>(t,...e)=>({_$litType$:i,strings:t,values:e}),p=Pn(1),da=Pn(2),wf=Pn(3),Ie=Symbol.for("lit-noChange"),y=Symbol.for("lit-nothing"),ra=new WeakMap,Fe=je.createTreeWalker(je,129);function ca(i,t){if(!Dn(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return ta!==void 0?ta.createHTML(t):t}var Vd=(i,t)=>{let e=i.length-1,s=[],n,r=t===2?"<svg>":t===3?"<math>":"",a=Mi;for(let o=0;o<e;o++){let l=i[o],d,c,h=-1,u=0;for(;u<l.length&&(a.lastIndex=u,c=a.exec(l),c!==null);)u=a.lastIndex,a===Mi?c[1]==="!--"?a=ea:c[1]!==void 0?a=ia:c[2]!==void 0?(la.test(c[2])&&(n=RegExp("</"+c[2],"g")),a=Oe):c[3]!==void 0&&(a=Oe):a===Oe?c[0]===">"?(a=n??Mi,h=-1):c[1]===void 0?h=-2:(h=a.lastIndex-c[2].length,d=c[1],a=c[3]===void 0?Oe:c[3]==='"'?na:sa):a===na||a===sa?a=Oe:a===ea||a===ia?a=Mi:(a=Oe,n=void 0);let f=a===Oe&&i[o+1].startsWith("/>")?" ":"";r+=a===Mi?l+Nd:h>=0?(s.push(d),l.slice(0,h)+aa+l.slice(h)+me+f):l+me+(h===-2?o:f)}return[ca(i,r+(i[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},Ti=class i{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let r=0,a=0,o=t.length-1,l=this.parts,[d,c]=Vd(t,e);if(this.el=i.createElement(d,s),Fe.currentNode=this.el.content,e===2||e===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(n=Fe.nextNode())!==null&&l.length<o;){if(n.nodeType===1){if(n.hasAttributes())for(let h of n.getAttributeNames())if(h.endsWith(aa)){let u=c[a++],f=n.getAttribute(h).split(me),g=/([.?@])?(.*)/.exec(u);l.push({type:1,index:r,name:g[2],strings:f,ctor:g[1]==="."?kn:g[1]==="?"?wn:g[1]==="@"?Sn:ri}),n.removeAttribute(h)}else h.startsWith(me)&&(l.push({type:6,index:r}),n.removeAttribute(h));if(la.test(n.tagName)){let h=n.textContent.split(me),u=h.length-1;if(u>0){n.textContent=cs?cs.emptyScript:"";for(let f=0;f<u;f++)n.append(h[f],Di()),Fe.nextNode(),l.push({type:2,index:++r});n.append(h[u],Di())}}}else if(n.nodeType===8)if(n.data===oa)l.push({type:2,index:r});else{let h=-1;for(;(h=n.data.indexOf(me,h+1))!==-1;)l.push({type:7,index:r}),h+=me.length-1}r++}}static createElement(t,e){let s=je.createElement("template");return s.innerHTML=t,s}};function ni(i,t,e=i,s){if(t===Ie)return t;let n=s!==void 0?e._$Co?.[s]:e._$Cl,r=Pi(t)?void 0:t._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),r===void 0?n=void 0:(n=new r(i),n._$AT(i,e,s)),s!==void 0?(e._$Co??=[])[s]=n:e._$Cl=n),n!==void 0&&(t=ni(i,n._$AS(i,t.values),n,s)),t}var $n=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??je).importNode(e,!0);Fe.currentNode=n;let r=Fe.nextNode(),a=0,o=0,l=s[0];for(;l!==void 0;){if(a===l.index){let d;l.type===2?d=new zi(r,r.nextSibling,this,t):l.type===1?d=new l.ctor(r,l.name,l.strings,this,t):l.type===6&&(d=new An(r,this,t)),this._$AV.push(d),l=s[++o]}a!==l?.index&&(r=Fe.nextNode(),a++)}return Fe.currentNode=je,n}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},zi=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=y,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=ni(this,t,e),Pi(t)?t===y||t==null||t===""?(this._$AH!==y&&this._$AR(),this._$AH=y):t!==this._$AH&&t!==Ie&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Bd(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==y&&Pi(this._$AH)?this._$AA.nextSibling.data=t:this.T(je.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,n=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=Ti.createElement(ca(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{let r=new $n(n,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(t){let e=ra.get(t.strings);return e===void 0&&ra.set(t.strings,e=new Ti(t)),e}k(t){Dn(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,n=0;for(let r of t)n===e.length?e.push(s=new i(this.O(Di()),this.O(Di()),this,this.options)):s=e[n],s._$AI(r),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=Qr(t).nextSibling;Qr(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},ri=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,r){this.type=1,this._$AH=y,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=y}_$AI(t,e=this,s,n){let r=this.strings,a=!1;if(r===void 0)t=ni(this,t,e,0),a=!Pi(t)||t!==this._$AH&&t!==Ie,a&&(this._$AH=t);else{let o=t,l,d;for(t=r[0],l=0;l<r.length-1;l++)d=ni(this,o[s+l],e,l),d===Ie&&(d=this._$AH[l]),a||=!Pi(d)||d!==this._$AH[l],d===y?t=y:t!==y&&(t+=(d??"")+r[l+1]),this._$AH[l]=d}a&&!n&&this.j(t)}j(t){t===y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},kn=class extends ri{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===y?void 0:t}},wn=class extends ri{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==y)}},Sn=class extends ri{constructor(t,e,s,n,r){super(t,e,s,n,r),this.type=5}_$AI(t,e=this){if((t=ni(this,t,e,0)??y)===Ie)return;let s=this._$AH,n=t===y&&s!==y||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,r=t!==y&&(s===y||n);n&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},An=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){ni(this,t)}};var qd=Mn.litHtmlPolyfillSupport;qd?.(Ti,zi),(Mn.litHtmlVersions??=[]).push("3.3.3");var ha=(i,t,e)=>{let s=e?.renderBefore??t,n=s._$litPart$;if(n===void 0){let r=e?.renderBefore??null;s._$litPart$=n=new zi(t.insertBefore(Di(),r),r,void 0,e??{})}return n._$AI(i),n};var Tn=globalThis,I=class extends ee{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=ha(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ie}};I._$litElement$=!0,I.finalized=!0,Tn.litElementHydrateSupport?.({LitElement:I});var Wd=Tn.litElementPolyfillSupport;Wd?.({LitElement:I});(Tn.litElementVersions??=[]).push("4.2.2");var Ud={attribute:!0,type:String,converter:Ai,reflect:!1,hasChanged:ds},Yd=(i=Ud,t,e)=>{let{kind:s,metadata:n}=e,r=globalThis.litPropertyMetadata.get(n);if(r===void 0&&globalThis.litPropertyMetadata.set(n,r=new Map),s==="setter"&&((i=Object.create(i)).wrapped=!0),r.set(e.name,i),s==="accessor"){let{name:a}=e;return{set(o){let l=t.get.call(this);t.set.call(this,o),this.requestUpdate(a,l,i,!0,o)},init(o){return o!==void 0&&this.C(a,void 0,i,o),o}}}if(s==="setter"){let{name:a}=e;return function(o){let l=this[a];t.call(this,o),this.requestUpdate(a,l,i,!0,o)}}throw Error("Unsupported decorator location: "+s)};function w(i){return(t,e)=>typeof e=="object"?Yd(i,t,e):((s,n,r)=>{let a=n.hasOwnProperty(r);return n.constructor.createProperty(r,s),a?Object.getOwnPropertyDescriptor(n,r):void 0})(i,t,e)}function v(i){return w({...i,state:!0,attribute:!1})}var He=(i,t,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(i,t,e),e);function hs(i,t){return(e,s,n)=>{let r=a=>a.renderRoot?.querySelector(i)??null;if(t){let{get:a,set:o}=typeof s=="object"?e:n??(()=>{let l=Symbol();return{get(){return this[l]},set(d){this[l]=d}}})();return He(e,s,{get(){let l=a.call(this);return l===void 0&&(l=r(this),(l!==null||this.hasUpdated)&&o.call(this,l)),l}})}return He(e,s,{get(){return r(this)}})}}function G(i,t){customElements.get(i)||customElements.define(i,t)}function Ci(i,t,e){i.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}function Bt(i,t=!1){t?history.replaceState(null,"",i):history.pushState(null,"",i),Ci(window,"location-changed",{replace:t})}var ua={panel:{title:"Print farm",menu:"Open the sidebar",tabs:{fleet:"Fleet",analytics:"Analytics",audit:"Audit",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Timelapses",files:"Files"},loading:"Loading…",retry:"Retry",error:"Could not load the data: {error}",tabs_short:{fleet:"Fleet",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Videos",analytics:"Stats",audit:"Audit",files:"Files"}},status:{offline:"Offline",idle:"Idle",busy:"Busy",preparing:"Preparing",printing:"Printing",paused:"Paused",finished:"Finished",cancelled:"Cancelled",failed:"Failed",error:"Error"},fleet:{all:"All",tags:"Tags",no_printers:"No printers yet. Add one on the farm entry under Settings → Devices & services.",no_match:"No printer has this tag.",summary:"{total} printers · {printing} printing · {attention} need attention",remaining:"{time} left",layer:"Layer {layer} / {total}",nozzle:"Nozzle",bed:"Bed",no_job:"No job",analytics:"Analytics",progress:"Progress",edit_tags:"Tags"},analytics:{from:"From",to:"To",range:"Period",last_days:"{days} days",bucket:"Group by",day:"Day",week:"Week",printer:"Printer",tag:"Tag",model:"Model",material:"Material",any:"All",runs:"Runs",success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",success_rate:"Success rate",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Printing hours",window:"{start} – {end} · n = {n}",by_printer:"Outcomes per printer",by_model:"Outcomes per model",by_material:"Outcomes per material",by_tag:"Outcomes per tag",reasons:"Failure reasons",hms:"HMS and error codes",trend:"Outcomes over time",accuracy:"Print time accuracy (actual vs. estimate)",accuracy_trend:"Accuracy per week",median_abs_error:"Median abs. error",bias:"Bias",n:"n",count:"Count",code:"Code",reason:"Reason",name:"Name",no_data:"No runs in this period.",no_failures:"No failures in this period.",cancel_note:"Cancelled runs are shown but never counted as failures. Success rate = successful / (successful + failed).",recent_runs:"Recent runs",estimate:"Estimate",actual:"Actual",deviation:"Deviation",file:"File",started:"Started",show_table:"Show numbers",none:"(none)",unknown_reason:"(no reason)",more_filters:"More filters",run:"Run",open_run:"Details and timelapse of {job}",no_timelapse:"This run has no timelapse."},audit:{admin_only:"Only administrators can see the audit log.",when:"When",who:"Who",origin:"Origin",action:"Action",target:"Target",result:"Result",details:"Details",user:"User",since:"From",until:"To",any:"All",load_more:"Load more",csv:"Download CSV",empty:"No audit entries match these filters.",end:"End of the log.",system:"System",clear:"Clear filters",entries:"{n} entries shown",actions:{pause:"Pause",resume:"Resume",stop:"Stop",printer_added:"Printer added",printer_removed:"Printer removed",printer_reconfigured:"Printer reconfigured",farm_options_changed:"Farm options changed",tagged:"Tagged",untagged:"Untagged",tags_set:"Tags set",job_added:"Job added",job_cancelled:"Job cancelled",job_updated:"Job changed",job_done:"Job done",job_requeued:"Job queued again",job_removed:"Job removed",job_moved:"Job moved",preset_saved:"Preset saved",preset_deleted:"Preset deleted",preset_scheduled:"Preset scheduled",spool_saved:"Spool saved",spool_deleted:"Spool removed",drying_logged:"Drying logged",material_set:"Material limits set",material_reset:"Material limits reset",timelapse_deleted:"Timelapse deleted",timelapse_on:"Timelapse on",timelapse_off:"Timelapse off"},origins:{ui:"UI",api:"API",automation:"Automation",script:"Script",voice:"Voice",system:"System",service:"Action call"},results:{ok:"OK",error:"Error",refused:"Refused"}},card:{title:"Title",days:"Period (days)",chart:"Chart",chart_printer:"Per printer",chart_reasons:"Failure reasons",chart_trend:"Over time",chart_model:"Per model",chart_material:"Per material",limit:"Rows",printer:"Printer",choose_printer:"Choose a printer",printer_missing:"Printer {id} is not in the farm.",failure_analytics:"Failure analytics",audit_log:"Audit log",printer_card:"Printer",last_runs:"Last runs: estimate vs. actual",open_panel:"Open",failure_analytics_desc:"Success rate, failures and reasons of the O.D.I.N. print farm.",audit_log_desc:"Latest O.D.I.N. audit log entries (administrators only).",printer_card_desc:"Live status of one printer with estimated vs. actual print times."},units:{h:"h",min:"min",s:"s"},common:{close:"Close",cancel:"Cancel",save:"Save",delete:"Delete"},tags:{heading:"Tags of {printer}",help:'Tags group printers: filter the fleet, target jobs and presets ("any printer tagged Room A"), and automations. Case does not matter.',none:"No tags yet.",new:"New tag",add:"Add",remove:"Remove tag {tag}",suggestions:"Tags in use:",saved:"Tags of {printer} saved",too_long:"A tag can have at most {max} characters."},jobs:{file:"File",file_hint:"The print file on the printer or in the farm library, e.g. gear.3mf",name:"Name",name_hint:"Default: the file name",quantity:"Copies",priority:"Priority",priority_hint:"-100 … 100, higher prints first",printer:"Printer",model:"Printer model",any_model:"Any model",filament:"Filament",nozzle:"Nozzle",any_nozzle:"Any nozzle",tags_any:"Printers with any of these tags",tags_all:"Printers with all of these tags",notes:"Notes",print_options:"Print options",pill_printer:"Printer: {printer}",pill_tags_any:"Any of: {tags}",pill_tags_all:"All of: {tags}",pill_model:"Model: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Nozzle: {nozzle} mm"},options:{default:"Printer default",on:"On",off:"Off",timelapse:"Timelapse",bed_leveling:"Bed levelling",flow_calibration:"Flow calibration",vibration_calibration:"Vibration calibration",layer_inspect:"First layer inspection",use_ams:"Use AMS",plate:"Plate",plate_n:"Plate {n}"},queue:{summary:"{queued} waiting · {active} printing or assigned",add:"Add job",add_heading:"Add a print job",add_submit:"Add to queue",added:"{n} job(s) added to the queue",active:"Printing and assigned",waiting:"Waiting",order_note:"Order: priority, then the order added",empty:"The queue is empty. Add a job, or schedule a preset.",open_presets:"Open presets",finished:"Finished ({n})",position:"Position in the queue",position_n:"Position {n}",priority_n:"Priority {n}",any_printer:"Any printer",on_printer:"On {printer}",added_by:"Added by {who} · {when}",ended:"Ended {when}",move_up:"Move up",move_down:"Move down",save_as_preset:"Save as preset",save_as_preset_help:"The preset keeps this job's file ({file}), printer, tag or model, filament, nozzle, priority, notes and options.",preset_saved:"Preset {name} saved",cancel_job:"Cancel job",cancel_heading:"Cancel this job?",cancel_text:"{name} leaves the queue. This cannot be undone.",cancelled:"{name} cancelled",why:"Printers checked ({n})",status:{queued:"Waiting",assigned:"Assigned",printing:"Printing",done:"Done",failed:"Failed",cancelled:"Cancelled"},reason:{proposed:"Next on {printer}",no_printers:"Waiting: the farm has no printers",no_printer_fits:"Waiting: no printer meets all constraints together",no_printer_fits_unmet:"Waiting: no printer has {unmet}",waiting_for_earlier_jobs:"Waiting: the printers that fit go to jobs ahead",filament_not_loaded:"Waiting: no fitting printer has {filament} loaded",printers_busy:"Waiting: the printers that fit are busy",printers_in_error:"Waiting: the printers that fit have an error",printers_offline:"Waiting: the printers that fit are offline"},constraint:{printer_id:"the chosen printer {printer}",tags_any:"one of the tags {tags}",tags_all:"all the tags {tags}",model:"the model {model}",nozzle_mm:"a {nozzle} mm nozzle"},check:{ok:"ready",other_printer:"another printer is chosen",missing_any_tag:"none of the tags",missing_tags:"not all tags",wrong_model:"other model",wrong_nozzle:"other nozzle",offline:"offline",error:"has an error",busy:"busy",filament_not_loaded:"filament not loaded",proposed_for_earlier_job:"goes to a job ahead"},note:{filament_unverified:"Filament not checked: the printer does not report its spools.",nozzle_unverified:"Nozzle not checked: the printer does not report it."},cancel_short:"Cancel",cancel_named:"Cancel {name}",dispatch_ui:{dispatch:"Dispatch now",dry_run:"Dry run",dispatch_on:"Send to {printer}",dispatch_named:"Dispatch {name} now",dry_run_named:"Dry run for {name}",result:{started:"Started on {printer}: {file}",would_send:"Would send {file} to {printer}",refused:"Refused on {printer}:",upload_failed:"Sending to {printer} failed:",skipped:"Nothing sent to {printer}:"},last_report:{refused:"Last dispatch refused",upload_failed:"Last send failed",failed:"The print failed"},file_info:"Sliced for {model} · {nozzle} mm · {time}",sending:"Sending {percent}",no_printer:"No printer to dispatch to",other_job:"This is about the job next in line for this printer: {job}"}},presets:{summary:"{n} presets",new:"New preset",new_heading:"New preset",edit_heading:"Edit preset",name:"Preset name",target:"Print on",tag:"Tag",target_type:{any:"Any printer",printer:"One printer",tag:"Printers with a tag",model:"A printer model"},target_any:"Any printer",target_printer:"{printer}",target_tag:"Printers tagged {tag}",target_model:"Model {model}",quick_schedule:"Quick schedule",schedule_heading:"Schedule {name}",schedule_help:"Queues {file} now, on: {target}.",schedule_submit:"Schedule",only_tag:"Only printers tagged",only_tag_hint:"Replaces the preset's printer choice for these jobs",as_in_preset:"As in the preset",scheduled:"{n} job(s) of {name} queued",open_queue:"Open queue",saved:"Preset {name} saved",edit:"Edit {name}",delete:"Delete {name}",delete_heading:"Delete this preset?",delete_text:"{name} is deleted. Jobs already queued from it stay in the queue.",deleted:"Preset {name} deleted",empty:'No presets yet. Create one, or use "Save as preset" on a queue job.'},drying:{summary:"{n} spools · {needs} need drying",add_spool:"Add spool",log:"Log drying",log_heading:"Log a drying session",what:"Spool",printer_slot:"A printer slot…",slot_code:"Slot",slot_hint:"A1 … H4 (AMS unit and slot), HT1 … HT8 (AMS HT) or EXT",temp:"Temperature",duration:"Duration",duration_h:"Duration (hours)",hours_hint:"e.g. 4 or 7.5",method_label:"Method",started:"Started",started_hint:"Empty: it ended just now",rh_before:"Humidity before",rh_after:"Humidity after",rh_before_after:"Humidity before → after",logged:"Drying logged",logged_spool:"Drying of {spool} logged",method:{dryer:"Filament dryer",oven:"Oven",ams:"AMS drying",dry_box:"Dry box",dehydrator:"Dehydrator",other:"Other"},needs:"Needs drying",dry:"Dry",due:"Dry · next drying due {date}",not_tracked:"Not tracked",reason:{time:"time",humidity:"humidity"},days_since:"{days} days since drying",days_since_max:"{days} of {max} days since drying",humidity:"{rh} % RH",humidity_max:"{rh} % RH (max {max} %)",brand:"Brand",colour:"Colour",weight:"Weight",opened:"Opened",slot:"Printer slot",location:"Location",spoolman:"Spoolman spool",spoolman_hint:"Optional: the spool's id in Spoolman",sensor:"Humidity sensor",no_sensor:"None",in_printer:"Loaded in printer",no_printer:"Not in a printer",material:"Material",name:"Name",name_hint:"Default: brand, material and colour",new_heading:"Add a spool",edit_heading:"Edit spool",edit:"Edit {spool}",delete:"Remove {spool}",delete_heading:"Remove this spool?",delete_text:"{spool} is removed from the list. Its drying history is kept.",spool_saved:"Spool {spool} saved",spool_deleted:"Spool {spool} removed",show_history:"Drying history of {spool}",history:"Drying history",history_all:"Recent drying sessions",no_history:"No drying logged yet.",no_spools:"No spools yet. Add your spools to see when they need drying.",spool:"Spool",when:"Ended",by:"By",materials:"Material limits",materials_help:"A spool needs drying when the days since its last drying (or since opened) exceed the material's limit, or its humidity does. Materials without limits are not tracked.",material_form_help:"Leave both limits empty to stop tracking this material.",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp:"Drying temp.",drying_hours:"Drying time",custom:"(custom)",edit_material:"Edit {material}",reset_material:"Reset {material}",add_material:"Add material",material_saved:"Limits of {material} saved",reset:"Reset",reset_heading:"Reset these limits?",reset_text:"{material} goes back to the default limits.",reset_text_custom:"{material} is removed from the table (not tracked)."},timelapses:{printer:"Printer",job:"Job",result:"Result",run:"Print",video:"Video",kept:"Kept",kept_until:"until {date}",kept_forever:"until deleted",video_facts:"{length} · {frames} frames at {fps} fps · {size}",video_of:"Timelapse of {job}",play:"Play the timelapse of {job}",count:"{n} timelapses",empty:"No timelapses yet. Printers with a camera record one of every print while their Timelapse switch is on.",recording:"Recording now: {printers}",not_recording:"No printer is recording right now.",download:"Download",admin_delete:"Only administrators can delete timelapses.",delete_heading:"Delete this timelapse?",delete_text:"The video of {job} on {printer} is deleted for good.",deleted:"Timelapse of {job} deleted",run_missing:"Run {run} has no timelapse.",outcome:{success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",open:"Printing"}},fields:{name:"Name",file:"File",notes:"Notes",quantity:"Copies",priority:"Priority",model:"Model",filament:"Filament",nozzle_mm:"Nozzle",material:"Material",brand:"Brand",colour:"Colour",location:"Location",weight_g:"Weight",spoolman_id:"Spoolman id",humidity_entity_id:"Humidity sensor",humidity_before:"Humidity before",humidity_after:"Humidity after",temp_c:"Temperature",temperature:"Temperature",duration_min:"Duration",duration:"Duration",started_at:"Start",opened_at:"Opened date",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp_c:"Drying temperature",drying_hours:"Drying time",tag:"Tag",slot:"Slot"},errors:{unauthorized:"Only administrators can do this.",not_loaded:"The print farm is not loaded.",query_failed:"The farm database could not answer: {error}",database_unavailable:"The farm database could not be opened: {error}",invalid_datetime:"{field} is not a valid date and time: {value}",unknown_timelapse:"There is no timelapse {timelapse_id}.",empty_field:"{field} must not be empty.",text_too_long:"{field} is too long (at most {max} characters).",out_of_range:"{field} must be between {min} and {max} (got {value}).",empty_tag:"A tag must not be empty.",too_many_tags:"A printer can carry at most {max} tags.",unknown_tag:"No printer has the tag {tag}.",unknown_printer:"{printer} is not a printer of the farm.",no_target:"No printer was targeted.",unknown_job:"There is no print job {job} in the queue.",job_printing:"Print job {job} is printing: stop the print at the printer first.",job_not_queued:"Print job {job} is {status}: only waiting jobs can be moved.",invalid_job_transition:"Print job {job} cannot change from {status} to {new}.",unknown_preset:"There is no preset {preset}.",duplicate_preset:"A preset named {name} already exists.",invalid_target:"Choose one target: a printer, a tag or a printer model.",invalid_option:"Unknown or invalid print option {option}.",unknown_spool:"There is no spool {spool}.",invalid_slot:"{slot} is not a printer slot: use A1 to H4, HT1 to HT8 or EXT.",slot_needs_printer:"A slot needs its printer.",no_spool_given:"Choose a spool, or a printer and its slot.",invalid_temperature:"{field} must be between {min} and {max} °C (got {value}).",invalid_duration:"{field} must be between {min} and {max} minutes (got {value}).",invalid_humidity:"{field} must be between {min} and {max} % (got {value}).",invalid_method:"Unknown drying method {method}.",in_future:"{field} lies in the future.",invalid_entity:"{entity} is not a sensor."},files:{title:"Print files",upload:"Upload a file",choose:"Choose .3mf / .gcode / .bgcode",uploading:"Uploading {name}… {percent}",uploaded:"{name} uploaded",already:"{name} was already stored",admin_only:"Only administrators can upload files.",hint:"Up to the farm's size limit (default 512 MB). Sliced .gcode.3mf, .gcode and .bgcode can be sent to a printer.",empty:"No files yet.",size:"Size",kind:"Type",uploaded_at:"Uploaded",uploaded_by:"By",slicer:"Slicer",printer_model:"Sliced for",profile:"Profile",compatible:"Compatible models",nozzle:"Nozzle",plates:"Plates",plate_n:"Plate {n}",estimate:"Print time",filaments:"Filaments",bbox:"Footprint",not_sliced:"not sliced",fits:"Fits",no_fit:"No printer of this model in the farm",queue:"Queue this file",queue_heading:"Queue {name}",queued:"{n} job(s) queued",open_queue:"Open the queue",details:"Details",close_details:"Close",select:"Select",error:{generic:"Upload failed: {error}",too_large:"The file is larger than the farm's upload limit.",invalid_file_type:"Only .3mf, .gcode.3mf, .gcode and .bgcode files can be uploaded.",invalid_file_name:"The file name is not allowed.",invalid_print_file:"The file could not be read as a print file.",forbidden:"Only administrators can upload files.",empty:"The file is empty.",network:"The connection broke off."}},guard:{printer_ready:"{printer} is online and ready.",printer_offline:"{printer} is offline.",printer_busy:"{printer} is not ready for a new print (it is {status}).",printer_state_unknown:"The state of {printer} is not known yet.",no_active_error:"{printer} reports no error.",active_error:"{printer} has an active error ({codes}).",plate_cleared:"The plate of {printer} was cleared after the last print.",plate_not_cleared:"The plate of {printer} has not been cleared since the last print.",plate_state_unknown:"It is not known whether the plate of {printer} is clear.",file_type_ok:"{printer} accepts this {kind} file.",file_type_not_accepted:"{printer} does not accept {kind} files (it takes: {accepted}).",plate_missing:"The file has no plate {plate}.",plate_not_sliced:"Plate {plate} of the file is not sliced; slice and export it first.",model_ok:"The file was sliced for {model}.",model_mismatch:"The file was sliced for {file_model}, but {printer} is a {model}.",model_unknown:"Cannot tell whether the file suits {printer} ({missing} unknown).",bed_ok:"The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",outside_bed:"The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the {bed_x} x {bed_y} mm bed of {printer}.",too_large_for_bed:"The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}.",bed_unknown:"The bed size of {printer} is not known.",footprint_unknown:"The file does not tell the size of the print.",nozzle_ok:"The {nozzle} mm nozzle matches the file.",nozzle_mismatch:"The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm.",nozzle_unknown:"Cannot compare nozzles ({missing} unknown).",filament_ok:"The filament is loaded ({types}).",filament_missing:"{printer} has no {types} loaded.",filament_unknown:"The filament loaded in {printer} is not known.",file_filament_unknown:"The file does not tell which filament it needs.",file_unknown:"The job's file is not stored (upload it on the Files page).",file_missing:"The job's file is missing from the files folder.",upload_failed:"Sending the file failed: {error}",auto_queue_off:"The auto-queue switch of {printer} is off.",printer_has_job:"{printer} still has a job of the queue.",dispatch_in_progress:"A file is already being sent to {printer}.",no_job:"No queued job fits {printer} now."}};var pa={panel:{title:"Druckfarm",menu:"Seitenleiste öffnen",tabs:{fleet:"Flotte",analytics:"Analyse",audit:"Protokoll",queue:"Warteschlange",presets:"Vorlagen",drying:"Trocknung",timelapses:"Zeitraffer",files:"Dateien"},loading:"Wird geladen…",retry:"Erneut versuchen",error:"Daten konnten nicht geladen werden: {error}",tabs_short:{fleet:"Flotte",queue:"Aufträge",presets:"Vorlagen",drying:"Trocknen",timelapses:"Videos",analytics:"Analyse",audit:"Protokoll",files:"Dateien"}},status:{offline:"Offline",idle:"Bereit",busy:"Beschäftigt",preparing:"Vorbereitung",printing:"Druckt",paused:"Pausiert",finished:"Fertig",cancelled:"Abgebrochen",failed:"Fehlgeschlagen",error:"Fehler"},fleet:{all:"Alle",tags:"Tags",no_printers:"Noch keine Drucker. Füge unter Einstellungen → Geräte & Dienste beim Farm-Eintrag einen hinzu.",no_match:"Kein Drucker hat dieses Tag.",summary:"{total} Drucker · {printing} drucken · {attention} brauchen Aufmerksamkeit",remaining:"noch {time}",layer:"Schicht {layer} / {total}",nozzle:"Düse",bed:"Bett",no_job:"Kein Auftrag",analytics:"Analyse",progress:"Fortschritt",edit_tags:"Tags"},analytics:{from:"Von",to:"Bis",range:"Zeitraum",last_days:"{days} Tage",bucket:"Gruppieren nach",day:"Tag",week:"Woche",printer:"Drucker",tag:"Tag",model:"Modell",material:"Material",any:"Alle",runs:"Drucke",success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",success_rate:"Erfolgsquote",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Druckstunden",window:"{start} – {end} · n = {n}",by_printer:"Ergebnisse je Drucker",by_model:"Ergebnisse je Modell",by_material:"Ergebnisse je Material",by_tag:"Ergebnisse je Tag",reasons:"Fehlerursachen",hms:"HMS- und Fehlercodes",trend:"Ergebnisse im Zeitverlauf",accuracy:"Genauigkeit der Druckzeit (tatsächlich vs. Schätzung)",accuracy_trend:"Genauigkeit je Woche",median_abs_error:"Median abs. Fehler",bias:"Abweichung",n:"n",count:"Anzahl",code:"Code",reason:"Ursache",name:"Name",no_data:"Keine Drucke in diesem Zeitraum.",no_failures:"Keine Fehldrucke in diesem Zeitraum.",cancel_note:"Abgebrochene Drucke werden gezeigt, aber nie als Fehler gezählt. Erfolgsquote = erfolgreich / (erfolgreich + fehlgeschlagen).",recent_runs:"Letzte Drucke",estimate:"Schätzung",actual:"Tatsächlich",deviation:"Abweichung",file:"Datei",started:"Gestartet",show_table:"Zahlen zeigen",none:"(keine)",unknown_reason:"(ohne Ursache)",more_filters:"Weitere Filter",run:"Druck",open_run:"Details und Zeitraffer von {job}",no_timelapse:"Dieser Druck hat keinen Zeitraffer."},audit:{admin_only:"Nur Administratoren können das Protokoll sehen.",when:"Wann",who:"Wer",origin:"Herkunft",action:"Aktion",target:"Ziel",result:"Ergebnis",details:"Details",user:"Benutzer",since:"Von",until:"Bis",any:"Alle",load_more:"Mehr laden",csv:"CSV herunterladen",empty:"Keine Einträge für diese Filter.",end:"Ende des Protokolls.",system:"System",clear:"Filter zurücksetzen",entries:"{n} Einträge angezeigt",actions:{pause:"Pausieren",resume:"Fortsetzen",stop:"Stoppen",printer_added:"Drucker hinzugefügt",printer_removed:"Drucker entfernt",printer_reconfigured:"Drucker neu konfiguriert",farm_options_changed:"Farm-Optionen geändert",tagged:"Getaggt",untagged:"Tag entfernt",tags_set:"Tags gesetzt",job_added:"Auftrag hinzugefügt",job_cancelled:"Auftrag abgebrochen",job_updated:"Auftrag geändert",job_done:"Auftrag erledigt",job_requeued:"Auftrag erneut eingereiht",job_removed:"Auftrag entfernt",job_moved:"Auftrag verschoben",preset_saved:"Vorlage gespeichert",preset_deleted:"Vorlage gelöscht",preset_scheduled:"Vorlage eingeplant",spool_saved:"Spule gespeichert",spool_deleted:"Spule entfernt",drying_logged:"Trocknung erfasst",material_set:"Materialgrenzen gesetzt",material_reset:"Materialgrenzen zurückgesetzt",timelapse_deleted:"Zeitraffer gelöscht",timelapse_on:"Zeitraffer an",timelapse_off:"Zeitraffer aus"},origins:{ui:"Oberfläche",api:"API",automation:"Automatisierung",script:"Skript",voice:"Sprache",system:"System",service:"Aktionsaufruf"},results:{ok:"OK",error:"Fehler",refused:"Abgelehnt"}},card:{title:"Titel",days:"Zeitraum (Tage)",chart:"Diagramm",chart_printer:"Je Drucker",chart_reasons:"Fehlerursachen",chart_trend:"Zeitverlauf",chart_model:"Je Modell",chart_material:"Je Material",limit:"Zeilen",printer:"Drucker",choose_printer:"Drucker wählen",printer_missing:"Drucker {id} ist nicht in der Farm.",failure_analytics:"Fehleranalyse",audit_log:"Protokoll",printer_card:"Drucker",last_runs:"Letzte Drucke: Schätzung vs. tatsächlich",open_panel:"Öffnen",failure_analytics_desc:"Erfolgsquote, Fehldrucke und Ursachen der O.D.I.N.-Druckfarm.",audit_log_desc:"Neueste Einträge des O.D.I.N.-Protokolls (nur Administratoren).",printer_card_desc:"Live-Status eines Druckers mit geschätzter vs. tatsächlicher Druckzeit."},units:{h:"h",min:"min",s:"s"},common:{close:"Schließen",cancel:"Abbrechen",save:"Speichern",delete:"Löschen"},tags:{heading:"Tags von {printer}",help:"Tags gruppieren Drucker: Flotte filtern, Aufträge und Vorlagen zuordnen („irgendein Drucker mit Tag Raum A“) und Automationen. Groß-/Kleinschreibung spielt keine Rolle.",none:"Noch keine Tags.",new:"Neues Tag",add:"Hinzufügen",remove:"Tag {tag} entfernen",suggestions:"Verwendete Tags:",saved:"Tags von {printer} gespeichert",too_long:"Ein Tag darf höchstens {max} Zeichen haben."},jobs:{file:"Datei",file_hint:"Die Druckdatei auf dem Drucker oder in der Farm-Bibliothek, z. B. zahnrad.3mf",name:"Name",name_hint:"Standard: der Dateiname",quantity:"Anzahl",priority:"Priorität",priority_hint:"-100 … 100, höher druckt zuerst",printer:"Drucker",model:"Druckermodell",any_model:"Jedes Modell",filament:"Filament",nozzle:"Düse",any_nozzle:"Jede Düse",tags_any:"Drucker mit einem dieser Tags",tags_all:"Drucker mit allen diesen Tags",notes:"Notizen",print_options:"Druckoptionen",pill_printer:"Drucker: {printer}",pill_tags_any:"Eines von: {tags}",pill_tags_all:"Alle von: {tags}",pill_model:"Modell: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Düse: {nozzle} mm"},options:{default:"Druckerstandard",on:"An",off:"Aus",timelapse:"Zeitraffer",bed_leveling:"Bettnivellierung",flow_calibration:"Flusskalibrierung",vibration_calibration:"Vibrationskalibrierung",layer_inspect:"Erste-Schicht-Prüfung",use_ams:"AMS verwenden",plate:"Platte",plate_n:"Platte {n}"},queue:{summary:"{queued} wartend · {active} drucken oder zugewiesen",add:"Auftrag hinzufügen",add_heading:"Druckauftrag hinzufügen",add_submit:"In die Warteschlange",added:"{n} Auftrag/Aufträge eingereiht",active:"Druckt und zugewiesen",waiting:"Wartend",order_note:"Reihenfolge: Priorität, dann Eingang",empty:"Die Warteschlange ist leer. Füge einen Auftrag hinzu oder plane eine Vorlage ein.",open_presets:"Vorlagen öffnen",finished:"Abgeschlossen ({n})",position:"Platz in der Warteschlange",position_n:"Platz {n}",priority_n:"Priorität {n}",any_printer:"Beliebiger Drucker",on_printer:"Auf {printer}",added_by:"Von {who} · {when}",ended:"Beendet {when}",move_up:"Nach oben",move_down:"Nach unten",save_as_preset:"Als Vorlage speichern",save_as_preset_help:"Die Vorlage übernimmt Datei ({file}), Drucker, Tag oder Modell, Filament, Düse, Priorität, Notizen und Optionen dieses Auftrags.",preset_saved:"Vorlage {name} gespeichert",cancel_job:"Auftrag abbrechen",cancel_heading:"Diesen Auftrag abbrechen?",cancel_text:"{name} verlässt die Warteschlange. Das lässt sich nicht rückgängig machen.",cancelled:"{name} abgebrochen",why:"Geprüfte Drucker ({n})",status:{queued:"Wartend",assigned:"Zugewiesen",printing:"Druckt",done:"Erledigt",failed:"Fehlgeschlagen",cancelled:"Abgebrochen"},reason:{proposed:"Als Nächstes auf {printer}",no_printers:"Wartet: die Farm hat keine Drucker",no_printer_fits:"Wartet: kein Drucker erfüllt alle Bedingungen zugleich",no_printer_fits_unmet:"Wartet: kein Drucker hat {unmet}",waiting_for_earlier_jobs:"Wartet: passende Drucker gehen an frühere Aufträge",filament_not_loaded:"Wartet: kein passender Drucker hat {filament} geladen",printers_busy:"Wartet: passende Drucker sind beschäftigt",printers_in_error:"Wartet: passende Drucker haben einen Fehler",printers_offline:"Wartet: passende Drucker sind offline"},constraint:{printer_id:"den gewählten Drucker {printer}",tags_any:"eines der Tags {tags}",tags_all:"alle Tags {tags}",model:"das Modell {model}",nozzle_mm:"eine {nozzle}-mm-Düse"},check:{ok:"bereit",other_printer:"anderer Drucker gewählt",missing_any_tag:"keines der Tags",missing_tags:"nicht alle Tags",wrong_model:"anderes Modell",wrong_nozzle:"andere Düse",offline:"offline",error:"hat einen Fehler",busy:"beschäftigt",filament_not_loaded:"Filament nicht geladen",proposed_for_earlier_job:"geht an einen früheren Auftrag"},note:{filament_unverified:"Filament nicht geprüft: der Drucker meldet seine Spulen nicht.",nozzle_unverified:"Düse nicht geprüft: der Drucker meldet sie nicht."},cancel_short:"Abbrechen",cancel_named:"{name} abbrechen",dispatch_ui:{dispatch:"Jetzt senden",dry_run:"Probelauf",dispatch_on:"An {printer} senden",dispatch_named:"{name} jetzt senden",dry_run_named:"Probelauf für {name}",result:{started:"Gestartet auf {printer}: {file}",would_send:"Würde {file} an {printer} senden",refused:"Abgelehnt auf {printer}:",upload_failed:"Senden an {printer} fehlgeschlagen:",skipped:"Nichts an {printer} gesendet:"},last_report:{refused:"Letztes Senden abgelehnt",upload_failed:"Letztes Senden fehlgeschlagen",failed:"Der Druck ist fehlgeschlagen"},file_info:"Geslict für {model} · {nozzle} mm · {time}",sending:"Sende {percent}",no_printer:"Kein Drucker zum Senden",other_job:"Betrifft den Auftrag, der für diesen Drucker an der Reihe ist: {job}"}},presets:{summary:"{n} Vorlagen",new:"Neue Vorlage",new_heading:"Neue Vorlage",edit_heading:"Vorlage bearbeiten",name:"Name der Vorlage",target:"Drucken auf",tag:"Tag",target_type:{any:"Beliebiger Drucker",printer:"Ein Drucker",tag:"Drucker mit einem Tag",model:"Ein Druckermodell"},target_any:"Beliebiger Drucker",target_printer:"{printer}",target_tag:"Drucker mit Tag {tag}",target_model:"Modell {model}",quick_schedule:"Schnell einplanen",schedule_heading:"{name} einplanen",schedule_help:"Reiht {file} jetzt ein, auf: {target}.",schedule_submit:"Einplanen",only_tag:"Nur Drucker mit Tag",only_tag_hint:"Ersetzt für diese Aufträge die Druckerwahl der Vorlage",as_in_preset:"Wie in der Vorlage",scheduled:"{n} Auftrag/Aufträge von {name} eingereiht",open_queue:"Warteschlange öffnen",saved:"Vorlage {name} gespeichert",edit:"{name} bearbeiten",delete:"{name} löschen",delete_heading:"Diese Vorlage löschen?",delete_text:"{name} wird gelöscht. Bereits eingereihte Aufträge bleiben in der Warteschlange.",deleted:"Vorlage {name} gelöscht",empty:"Noch keine Vorlagen. Lege eine an oder nutze „Als Vorlage speichern“ bei einem Auftrag."},drying:{summary:"{n} Spulen · {needs} müssen getrocknet werden",add_spool:"Spule hinzufügen",log:"Trocknung erfassen",log_heading:"Trocknung erfassen",what:"Spule",printer_slot:"Ein Druckerplatz …",slot_code:"Platz",slot_hint:"A1 … H4 (AMS-Einheit und Platz), HT1 … HT8 (AMS HT) oder EXT",temp:"Temperatur",duration:"Dauer",duration_h:"Dauer (Stunden)",hours_hint:"z. B. 4 oder 7,5",method_label:"Methode",started:"Beginn",started_hint:"Leer: gerade eben beendet",rh_before:"Feuchte vorher",rh_after:"Feuchte nachher",rh_before_after:"Feuchte vorher → nachher",logged:"Trocknung erfasst",logged_spool:"Trocknung von {spool} erfasst",method:{dryer:"Filamenttrockner",oven:"Ofen",ams:"AMS-Trocknung",dry_box:"Trockenbox",dehydrator:"Dörrgerät",other:"Sonstiges"},needs:"Trocknen nötig",dry:"Trocken",due:"Trocken · nächste Trocknung fällig {date}",not_tracked:"Nicht überwacht",reason:{time:"Zeit",humidity:"Feuchte"},days_since:"{days} Tage seit dem Trocknen",days_since_max:"{days} von {max} Tagen seit dem Trocknen",humidity:"{rh} % rF",humidity_max:"{rh} % rF (max. {max} %)",brand:"Marke",colour:"Farbe",weight:"Gewicht",opened:"Geöffnet",slot:"Druckerplatz",location:"Lagerort",spoolman:"Spoolman-Spule",spoolman_hint:"Optional: die Nummer der Spule in Spoolman",sensor:"Feuchtesensor",no_sensor:"Keiner",in_printer:"Im Drucker",no_printer:"In keinem Drucker",material:"Material",name:"Name",name_hint:"Standard: Marke, Material und Farbe",new_heading:"Spule hinzufügen",edit_heading:"Spule bearbeiten",edit:"{spool} bearbeiten",delete:"{spool} entfernen",delete_heading:"Diese Spule entfernen?",delete_text:"{spool} wird aus der Liste entfernt. Ihr Trocknungsverlauf bleibt erhalten.",spool_saved:"Spule {spool} gespeichert",spool_deleted:"Spule {spool} entfernt",show_history:"Trocknungsverlauf von {spool}",history:"Trocknungsverlauf",history_all:"Letzte Trocknungen",no_history:"Noch keine Trocknung erfasst.",no_spools:"Noch keine Spulen. Füge deine Spulen hinzu, um zu sehen, wann sie getrocknet werden müssen.",spool:"Spule",when:"Ende",by:"Von",materials:"Materialgrenzen",materials_help:"Eine Spule muss getrocknet werden, wenn die Tage seit der letzten Trocknung (oder seit dem Öffnen) oder ihre Feuchte die Grenze des Materials überschreiten. Materialien ohne Grenzen werden nicht überwacht.",material_form_help:"Beide Grenzen leer lassen, um dieses Material nicht mehr zu überwachen.",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp:"Trockentemp.",drying_hours:"Trockendauer",custom:"(angepasst)",edit_material:"{material} bearbeiten",reset_material:"{material} zurücksetzen",add_material:"Material hinzufügen",material_saved:"Grenzen von {material} gespeichert",reset:"Zurücksetzen",reset_heading:"Grenzen zurücksetzen?",reset_text:"{material} erhält wieder die Standardgrenzen.",reset_text_custom:"{material} wird aus der Tabelle entfernt (nicht überwacht)."},timelapses:{printer:"Drucker",job:"Auftrag",result:"Ergebnis",run:"Druck",video:"Video",kept:"Aufbewahrt",kept_until:"bis {date}",kept_forever:"bis zum Löschen",video_facts:"{length} · {frames} Bilder mit {fps} fps · {size}",video_of:"Zeitraffer von {job}",play:"Zeitraffer von {job} abspielen",count:"{n} Zeitraffer",empty:"Noch keine Zeitraffer. Drucker mit Kamera nehmen jeden Druck auf, solange ihr Schalter „Zeitraffer“ an ist.",recording:"Nimmt gerade auf: {printers}",not_recording:"Gerade nimmt kein Drucker auf.",download:"Herunterladen",admin_delete:"Nur Administratoren können Zeitraffer löschen.",delete_heading:"Diesen Zeitraffer löschen?",delete_text:"Das Video von {job} auf {printer} wird endgültig gelöscht.",deleted:"Zeitraffer von {job} gelöscht",run_missing:"Druck {run} hat keinen Zeitraffer.",outcome:{success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",open:"Druckt"}},fields:{name:"Name",file:"Datei",notes:"Notizen",quantity:"Anzahl",priority:"Priorität",model:"Modell",filament:"Filament",nozzle_mm:"Düse",material:"Material",brand:"Marke",colour:"Farbe",location:"Lagerort",weight_g:"Gewicht",spoolman_id:"Spoolman-Nummer",humidity_entity_id:"Feuchtesensor",humidity_before:"Feuchte vorher",humidity_after:"Feuchte nachher",temp_c:"Temperatur",temperature:"Temperatur",duration_min:"Dauer",duration:"Dauer",started_at:"Beginn",opened_at:"Öffnungsdatum",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp_c:"Trockentemperatur",drying_hours:"Trockendauer",tag:"Tag",slot:"Platz"},errors:{unauthorized:"Nur Administratoren dürfen das.",not_loaded:"Die Druckfarm ist nicht geladen.",query_failed:"Die Farm-Datenbank konnte nicht antworten: {error}",database_unavailable:"Die Farm-Datenbank konnte nicht geöffnet werden: {error}",invalid_datetime:"{field} ist kein gültiger Zeitpunkt: {value}",unknown_timelapse:"Es gibt keinen Zeitraffer {timelapse_id}.",empty_field:"{field} darf nicht leer sein.",text_too_long:"{field} ist zu lang (höchstens {max} Zeichen).",out_of_range:"{field} muss zwischen {min} und {max} liegen (war {value}).",empty_tag:"Ein Tag darf nicht leer sein.",too_many_tags:"Ein Drucker kann höchstens {max} Tags haben.",unknown_tag:"Kein Drucker hat das Tag {tag}.",unknown_printer:"{printer} ist kein Drucker der Farm.",no_target:"Kein Drucker ausgewählt.",unknown_job:"Es gibt keinen Druckauftrag {job} in der Warteschlange.",job_printing:"Druckauftrag {job} druckt gerade: stoppe den Druck zuerst am Drucker.",job_not_queued:"Druckauftrag {job} ist {status}: nur wartende Aufträge lassen sich verschieben.",invalid_job_transition:"Druckauftrag {job} kann nicht von {status} zu {new} wechseln.",unknown_preset:"Es gibt keine Vorlage {preset}.",duplicate_preset:"Eine Vorlage namens {name} gibt es schon.",invalid_target:"Wähle ein Ziel: einen Drucker, ein Tag oder ein Druckermodell.",invalid_option:"Unbekannte oder ungültige Druckoption {option}.",unknown_spool:"Es gibt keine Spule {spool}.",invalid_slot:"{slot} ist kein Druckerplatz: A1 bis H4, HT1 bis HT8 oder EXT.",slot_needs_printer:"Ein Platz braucht seinen Drucker.",no_spool_given:"Wähle eine Spule oder einen Drucker und seinen Platz.",invalid_temperature:"{field} muss zwischen {min} und {max} °C liegen (war {value}).",invalid_duration:"{field} muss zwischen {min} und {max} Minuten liegen (war {value}).",invalid_humidity:"{field} muss zwischen {min} und {max} % liegen (war {value}).",invalid_method:"Unbekannte Trocknungsmethode {method}.",in_future:"{field} liegt in der Zukunft.",invalid_entity:"{entity} ist kein Sensor."},files:{title:"Druckdateien",upload:"Datei hochladen",choose:".3mf / .gcode / .bgcode wählen",uploading:"{name} wird hochgeladen… {percent}",uploaded:"{name} hochgeladen",already:"{name} war schon gespeichert",admin_only:"Nur Administratoren können Dateien hochladen.",hint:"Bis zur Größengrenze der Farm (Standard 512 MB). Geslicte .gcode.3mf, .gcode und .bgcode können an Drucker gesendet werden.",empty:"Noch keine Dateien.",size:"Größe",kind:"Typ",uploaded_at:"Hochgeladen",uploaded_by:"Von",slicer:"Slicer",printer_model:"Geslict für",profile:"Profil",compatible:"Passende Modelle",nozzle:"Düse",plates:"Platten",plate_n:"Platte {n}",estimate:"Druckzeit",filaments:"Filamente",bbox:"Grundfläche",not_sliced:"nicht geslict",fits:"Passt auf",no_fit:"Kein Drucker dieses Modells in der Farm",queue:"Diese Datei einreihen",queue_heading:"{name} einreihen",queued:"{n} Auftrag/Aufträge eingereiht",open_queue:"Zur Warteschlange",details:"Details",close_details:"Schließen",select:"Auswählen",error:{generic:"Hochladen fehlgeschlagen: {error}",too_large:"Die Datei ist größer als die Upload-Grenze der Farm.",invalid_file_type:"Nur .3mf-, .gcode.3mf-, .gcode- und .bgcode-Dateien können hochgeladen werden.",invalid_file_name:"Dieser Dateiname ist nicht erlaubt.",invalid_print_file:"Die Datei konnte nicht als Druckdatei gelesen werden.",forbidden:"Nur Administratoren können Dateien hochladen.",empty:"Die Datei ist leer.",network:"Die Verbindung ist abgebrochen."}},guard:{printer_ready:"{printer} ist online und bereit.",printer_offline:"{printer} ist offline.",printer_busy:"{printer} ist nicht bereit für einen neuen Druck (Status: {status}).",printer_state_unknown:"Der Zustand von {printer} ist noch nicht bekannt.",no_active_error:"{printer} meldet keinen Fehler.",active_error:"{printer} hat einen aktiven Fehler ({codes}).",plate_cleared:"Die Druckplatte von {printer} wurde nach dem letzten Druck geräumt.",plate_not_cleared:"Die Druckplatte von {printer} wurde seit dem letzten Druck nicht geräumt.",plate_state_unknown:"Es ist nicht bekannt, ob die Druckplatte von {printer} frei ist.",file_type_ok:"{printer} nimmt diese {kind}-Datei an.",file_type_not_accepted:"{printer} nimmt keine {kind}-Dateien an (nur: {accepted}).",plate_missing:"Die Datei hat keine Platte {plate}.",plate_not_sliced:"Platte {plate} der Datei ist nicht geslict; zuerst slicen und exportieren.",model_ok:"Die Datei wurde für {model} geslict.",model_mismatch:"Die Datei wurde für {file_model} geslict, aber {printer} ist ein {model}.",model_unknown:"Nicht feststellbar, ob die Datei zu {printer} passt ({missing} unbekannt).",bed_ok:"Der Druck ({width} x {depth} mm) passt auf das {bed_x} x {bed_y} mm große Bett.",outside_bed:"Der Druck ({width} x {depth} mm bei {min_x}, {min_y}) liegt außerhalb des {bed_x} x {bed_y} mm großen Betts von {printer}.",too_large_for_bed:"Der Druck ({width} x {depth} mm) ist größer als das {bed_x} x {bed_y} mm große Bett von {printer}.",bed_unknown:"Die Bettgröße von {printer} ist nicht bekannt.",footprint_unknown:"Die Datei gibt die Größe des Drucks nicht an.",nozzle_ok:"Die {nozzle}-mm-Düse passt zur Datei.",nozzle_mismatch:"Die Datei wurde für eine {file_nozzle}-mm-Düse geslict, {printer} hat {nozzle} mm.",nozzle_unknown:"Düsen nicht vergleichbar ({missing} unbekannt).",filament_ok:"Das Filament ist geladen ({types}).",filament_missing:"{printer} hat kein {types} geladen.",filament_unknown:"Das in {printer} geladene Filament ist nicht bekannt.",file_filament_unknown:"Die Datei gibt nicht an, welches Filament sie braucht.",file_unknown:"Die Datei des Auftrags ist nicht gespeichert (auf der Seite Dateien hochladen).",file_missing:"Die Datei des Auftrags fehlt im Dateiordner.",upload_failed:"Senden der Datei fehlgeschlagen: {error}",auto_queue_off:"Der Auto-Queue-Schalter von {printer} ist aus.",printer_has_job:"{printer} hat noch einen Auftrag aus der Warteschlange.",dispatch_in_progress:"An {printer} wird bereits eine Datei gesendet.",no_job:"Gerade passt kein wartender Auftrag zu {printer}."}};var us={en:ua,de:pa};function fa(i,t){let e=i;for(let s of t.split(".")){if(e===void 0||typeof e=="string")return;e=e[s]}return typeof e=="string"?e:void 0}function Vt(i){return i?.locale?.language??i?.language??"en"}function A(i){let t=Vt(i),e=us[t]??us[t.split("-")[0]];return(s,n)=>{let r=fa(e,s)??fa(us.en,s)??s;return n?r.replace(/\{(\w+)\}/g,(a,o)=>o in n?String(n[o]):a):r}}var mm=Object.keys(us);var Xd={menu:"M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",fleet:"M3,11H11V3H3M3,21H11V13H3M13,21H21V13H13M13,3V11H21V3",queue:"M7,5H21V7H7V5M7,13V11H21V13H7M4,4.5A1.5,1.5 0 0,1 5.5,6A1.5,1.5 0 0,1 4,7.5A1.5,1.5 0 0,1 2.5,6A1.5,1.5 0 0,1 4,4.5M4,10.5A1.5,1.5 0 0,1 5.5,12A1.5,1.5 0 0,1 4,13.5A1.5,1.5 0 0,1 2.5,12A1.5,1.5 0 0,1 4,10.5M7,19V17H21V19H7M4,16.5A1.5,1.5 0 0,1 5.5,18A1.5,1.5 0 0,1 4,19.5A1.5,1.5 0 0,1 2.5,18A1.5,1.5 0 0,1 4,16.5Z",presets:"M17,3H7A2,2 0 0,0 5,5V21L12,18L19,21V5C19,3.89 18.1,3 17,3Z",drying:"M12,20A6,6 0 0,1 6,14C6,10 12,3.25 12,3.25C12,3.25 18,10 18,14A6,6 0 0,1 12,20Z",timelapses:"M18,4L20,8H17L15,4H13L15,8H12L10,4H8L10,8H7L5,4H4A2,2 0 0,0 2,6V18A2,2 0 0,0 4,20H20A2,2 0 0,0 22,18V4H18Z",analytics:"M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",audit:"M17,9H7V7H17M17,13H7V11H17M14,17H7V15H14M12,3A1,1 0 0,1 13,4A1,1 0 0,1 12,5A1,1 0 0,1 11,4A1,1 0 0,1 12,3M19,3H14.82C14.4,1.84 13.3,1 12,1C10.7,1 9.6,1.84 9.18,3H5A2,2 0 0,0 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z",files:"M14,2H6A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2M18,20H6V4H13V9H18V20Z",send:"M2,21L23,12L2,3V10L17,12L2,14V21Z",plus:"M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",close:"M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",pencil:"M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",delete:"M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",up:"M7.41,15.41L12,10.83L16.59,15.41L18,14L12,8L6,14L7.41,15.41Z",down:"M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z",play:"M8,5.14V19.14L19,12.14L8,5.14Z",tag:"M5.5,7A1.5,1.5 0 0,1 4,5.5A1.5,1.5 0 0,1 5.5,4A1.5,1.5 0 0,1 7,5.5A1.5,1.5 0 0,1 5.5,7M21.41,11.58L12.41,2.58C12.05,2.22 11.55,2 11,2H4C2.89,2 2,2.89 2,4V11C2,11.55 2.22,12.05 2.59,12.41L11.58,21.41C11.95,21.77 12.45,22 13,22C13.55,22 14.05,21.77 14.41,21.41L21.41,14.41C21.78,14.05 22,13.55 22,13C22,12.44 21.77,11.94 21.41,11.58Z",save:"M17,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V7L17,3M19,19H5V5H16.17L19,7.83V19M12,12C10.34,12 9,13.34 9,15S10.34,18 12,18 15,16.66 15,15 13.66,12 12,12M6,6H15V10H6V6Z",schedule:"M8,5.14V19.14L19,12.14L8,5.14Z",download:"M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",history:"M13.5,8H12V13L16.28,15.54L17,14.33L13.5,12.25V8M13,3A9,9 0 0,0 4,12H1L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3"};function E(i){return p`<svg viewBox="0 0 24 24" aria-hidden="true">${da`<path d=${Xd[i]}></path>`}</svg>`}var X=N`
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
`,bt=N`
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
`;var et=i=>typeof i=="object"&&i!==null&&!Array.isArray(i),at=i=>typeof i=="number"&&Number.isFinite(i)?i:i==null?null:Number.isFinite(Number(i))?Number(i):null,ge=i=>at(i)??0,q=i=>typeof i=="string"?i:i==null?null:String(i),qt=i=>Array.isArray(i)?i:[];function ga(i){let t=et(i.error)?i.error:null;return{printer_id:String(i.printer_id??i.id??""),name:q(i.name)??String(i.printer_id??""),brand:q(i.brand)??"",model:q(i.model),status:q(i.status)??"offline",online:!!i.online,progress:at(i.progress),remaining_s:at(i.remaining_s),file_name:q(i.file_name),job_name:q(i.job_name),layer:at(i.layer),total_layers:at(i.total_layers),nozzle_temp:at(i.nozzle_temp),bed_temp:at(i.bed_temp),error:t?{code:String(t.code??""),severity:String(t.severity??"error"),message:q(t.message)}:null,tags:qt(i.tags).map(String)}}function _a(i){let t=et(i)?i.printers??i.items:i;return qt(t).filter(et).map(ga)}async function _e(i){return _a(await i.callWS({type:"odin/printers/list"}))}function ba(i,t){let e=new Map,s=()=>t([...e.values()]);return i.connection.subscribeMessage(n=>{if(Array.isArray(n)||et(n)&&Array.isArray(n.printers)){e.clear();for(let d of _a(n))e.set(d.printer_id,d);s();return}if(!et(n))return;let r=n.removed??(n.type==="removed"?n.printer_id:void 0);if(r!==void 0){e.delete(String(r)),s();return}let a=et(n.printer)?n.printer:n;if(a.printer_id===void 0)return;let o=String(a.printer_id),l=ga({...e.get(o)??{},...a});e.set(o,l),s()},{type:"odin/printers/subscribe"})}function fs(i){let t=ge(i.success),e=ge(i.failed),s=ge(i.cancelled),n=ge(i.unknown),r=at(i.runs??i.total)??t+e+s+n,a=at(i.success_rate);return a===null&&t+e>0&&(a=t/(t+e)),a!==null&&a>1.0001&&(a=a/100),{runs:r,success:t,failed:e,cancelled:s,unknown:n,n:at(i.n)??t+e,success_rate:a}}function zn(i,t){return qt(i).filter(et).map(e=>{let s=t.map(n=>e[n]).find(n=>n!=null);return{...fs(e),key:s==null?"":String(s),label:q(e.display??e.label??e.name)??void 0}})}function ma(i,t,e){return qt(i).filter(et).map(s=>{let n=t.map(a=>s[a]).find(a=>a!=null),r=e.map(a=>s[a]).find(a=>typeof a=="string"&&a!=="");return{key:n===void 0?"":String(n),label:r===void 0?void 0:String(r),count:ge(s.count??s.failed??s.n),message:q(s.message??s.description),code:q(s.code),printers:at(s.printers)}})}function Kd(i){let t=et(i.mtbf)?i.mtbf:{};return{printing_hours:at(t.printing_hours??i.printing_hours),mtbf_hours:at(t.value_h??t.hours??i.mtbf_hours),mtbf_lower_bound:!!(t.lower_bound??i.mtbf_lower_bound)}}function Jd(i){return qt(i).filter(et).map(t=>({...fs(t),printer_id:String(t.printer_id??""),name:q(t.name)??String(t.printer_id??""),model:q(t.model),removed:!!t.removed,...Kd(t)}))}function Qd(i,t){let e=et(i.totals)?i.totals:{},s=et(i.window)?i.window:i,n=et(i.over_time)?i.over_time:{items:i.over_time};return{start:q(s.start)??t.start,end:q(s.end)??t.end,time_zone:q(s.time_zone),bucket:n.bucket==="week"?"week":n.bucket==="day"?"day":t.bucket,totals:fs(e),by_printer:Jd(i.by_printer),by_model:zn(i.by_model,["model","key"]),by_material:zn(i.by_material,["material","key"]),by_tag:zn(i.by_tag,["tag","key"]),reasons:ma(i.reasons,["code","reason","key"],["description","reason","code"]),hms:ma(i.errors??i.hms,["code","key"],["code"]),over_time:qt(n.items).filter(et).map(r=>({...fs(r),start:String(r.start??r.bucket??r.date??"")}))}}function ms(i){return Object.fromEntries(Object.entries(i).filter(([,t])=>t!=null&&t!==""))}async function ya(i,t){let e=await i.callWS({type:"odin/analytics/failures",...ms(t)});return Qd(e,t)}async function xa(i,t,e=50){let s=await i.callWS({type:"odin/analytics/time_accuracy",...ms(t),limit:e}),n=et(s.window)?s.window:s,r=qt(s.by_printer??s.printers).filter(et).map(l=>({printer_id:String(l.printer_id??""),name:q(l.name)??String(l.printer_id??""),n:ge(l.n),median_abs_error_pct:at(l.median_abs_error_pct),bias_pct:at(l.bias_pct)})),a=qt(s.runs).filter(et).map(l=>({run_id:l.run_id??l.id??"",printer_id:String(l.printer_id??""),name:q(l.name??l.printer_name)??void 0,file_name:q(l.file_name),job_name:q(l.job_name),started_at:String(l.started_at??""),ended_at:q(l.ended_at),outcome:q(l.outcome),estimate_s:at(l.estimate_s??l.slicer_estimate_s),estimate_source:q(l.estimate_source),actual_s:at(l.actual_s),ratio:at(l.ratio),error_pct:at(l.error_pct)})),o=qt(s.weekly??s.trend).filter(et).map(l=>({start:String(l.start??l.week??""),n:ge(l.n),median_abs_error_pct:at(l.median_abs_error_pct),bias_pct:at(l.bias_pct)}));return{start:q(n.start)??t.start,end:q(n.end)??t.end,by_printer:r,runs:a,runs_total:at(s.runs_total)??a.length,trend:o}}function tc(i){return{id:ge(i.id),ts:String(i.ts??""),user_id:q(i.user_id),user_name:q(i.user_name),origin:String(i.origin??""),origin_ref:q(i.origin_ref),action:String(i.action??""),target_type:String(i.target_type??""),target_id:q(i.target_id),target_name:q(i.target_name),details:et(i.details)?i.details:{},result:String(i.result??""),result_text:q(i.result_text)}}async function va(i,t,e,s){let n=await i.callWS({type:"odin/audit/list",...ms(t),...e?{before:e}:{},limit:s});return{items:qt(n.items).filter(et).map(tc),next:q(n.next)}}function ps(i,t="value",e="label"){return qt(i).map(s=>et(s)?{value:String(s[t]??s.value??""),label:q(s[e]??s.label)??void 0}:{value:String(s)})}async function $a(i){let t=await i.callWS({type:"odin/audit/filters"});return{users:ps(t.users,"user_id","user_name"),origins:ps(t.origins),actions:ps(t.actions),target_types:ps(t.target_types)}}function ec(i){let e=new URLSearchParams(ms(i)).toString();return`/api/odin/audit.csv${e?`?${e}`:""}`}async function ka(i,t){let e=await i.fetchWithAuth(ec(t));if(!e.ok)throw new Error(`${e.status} ${e.statusText}`);let s=await e.blob(),n=e.headers.get("Content-Disposition")??"",r=/filename="?([^";]+)"?/.exec(n)?.[1]??"odin-audit.csv",a=URL.createObjectURL(s),o=document.createElement("a");o.href=a,o.download=r,document.body.appendChild(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}function ie(i){return et(i)&&typeof i.message=="string"||i instanceof Error?i.message:String(i)}function Cn(i){return et(i)&&(i.code==="unauthorized"||i.code==="not_allowed")}var gs=new Map;function _s(i,t){let e=`n|${i}|${JSON.stringify(t)}`,s=gs.get(e);if(!s){try{s=new Intl.NumberFormat(i,t)}catch{s=new Intl.NumberFormat("en",t)}gs.set(e,s)}return s}function Ei(i,t){let e=`d|${i}|${JSON.stringify(t)}`,s=gs.get(e);if(!s){try{s=new Intl.DateTimeFormat(i,t)}catch{s=new Intl.DateTimeFormat("en",t)}gs.set(e,s)}return s}function C(i,t){return t==null?"–":_s(Vt(i),{maximumFractionDigits:0}).format(t)}function B(i,t,e=1){return t==null?"–":_s(Vt(i),{minimumFractionDigits:e,maximumFractionDigits:e}).format(t)}function En(i,t){return t==null?"–":_s(Vt(i),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1}).format(t)}function Ne(i,t,e=!1){return t==null?"–":_s(Vt(i),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1,signDisplay:e?"exceptZero":"auto"}).format(t/100)}function $t(i){if(i==null||!Number.isFinite(i))return"–";let t=Math.max(0,Math.round(i/60)),e=Math.floor(t/60),s=t%60;return e>0?`${e} h ${String(s).padStart(2,"0")} min`:`${s} min`}function bs(i){if(i)return i.locale?.time_zone==="server"?i.config.time_zone:void 0}function it(i,t){if(!t)return"–";let e=new Date(t);return Number.isNaN(e.getTime())?t:Ei(Vt(i),{dateStyle:"medium",timeStyle:"short",timeZone:bs(i)}).format(e)}function ic(i,t){if(!t)return"–";let e=new Date(t);return Number.isNaN(e.getTime())?t:Ei(Vt(i),{timeStyle:"short",timeZone:bs(i)}).format(e)}function wa(i,t,e){if(!t||!e)return`${it(i,t)} – ${it(i,e)}`;let s=n=>Ei(Vt(i),{dateStyle:"short",timeZone:bs(i)}).format(new Date(n));return`${it(i,t)} – ${s(t)===s(e)?ic(i,e):it(i,e)}`}function Be(i,t,e){if(!t)return"–";let s=typeof t=="string"?new Date(t):t;return Number.isNaN(s.getTime())?String(t):Ei(Vt(i),{day:"numeric",month:"short",timeZone:e??bs(i)}).format(s)}function ys(i,t){return/^\d{4}-\d{2}-\d{2}$/.test(t)?Ei(Vt(i),{day:"numeric",month:"short"}).format(oi(t)):Be(i,t)}function ai(i){return`${typeof i=="string"?i:Ft(i)}T00:00:00`}function Ft(i){let t=e=>String(e).padStart(2,"0");return`${i.getFullYear()}-${t(i.getMonth()+1)}-${t(i.getDate())}`}function oi(i){let[t,e,s]=i.split("-").map(Number);return new Date(t,(e??1)-1,s??1)}function Ve(i,t){let e=new Date(i);return e.setDate(e.getDate()+t),e}function Sa(i){switch(i){case"printing":case"preparing":case"busy":return"var(--info-color, #039be5)";case"finished":return"var(--success-color, #43a047)";case"paused":return"var(--warning-color, #ffa600)";case"failed":case"error":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";case"offline":return"var(--disabled-text-color, #9e9e9e)";default:return"var(--primary-color, #03a9f4)"}}function Aa(i,t){return t||i==="failed"||i==="error"||i==="paused"}function xs(i){return i==="printing"||i==="preparing"||i==="busy"||i==="paused"}var se=class extends I{constructor(){super(...arguments);this.highlighted=!1;this.flat=!1;this.hideName=!1}render(){let e=this.printer;if(!e)return y;let s=A(this.hass),n=Sa(e.status),r=xs(e.status),a=e.progress??0,o=e.job_name||e.file_name,l=e.error?.severity??"";return p`<div class="card ${this.flat?"flat":""}" data-printer-id=${e.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName?y:p`<div class="name ellipsis" data-field="name">${e.name}</div>`}
          <div class="model muted ellipsis">${e.model??e.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${n}" data-field="status" data-status=${e.status}
          >${s(`status.${e.status}`)}</span
        >
      </div>
      ${r||o?p`<div class="job">
              <span class="ellipsis" title=${o??""}>${o??s("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${e.progress===null?"":`${C(this.hass,a)} %`}</span
              >
            </div>
            <div
              class="progress"
              role="progressbar"
              aria-label=${s("fleet.progress")}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${a}
              style="--bar-color:${n}"
            >
              <div style="width:${Math.min(100,Math.max(0,a))}%"></div>
            </div>`:p`<div class="job muted">${s("fleet.no_job")}</div>`}
      <div class="meta">
        ${r&&e.remaining_s!==null?p`<span data-field="remaining">${s("fleet.remaining",{time:$t(e.remaining_s)})}</span>`:y}
        ${e.layer!==null&&e.total_layers?p`<span>${s("fleet.layer",{layer:C(this.hass,e.layer),total:C(this.hass,e.total_layers)})}</span>`:y}
        ${e.nozzle_temp!==null?p`<span>${s("fleet.nozzle")} ${B(this.hass,e.nozzle_temp,0)} °C</span>`:y}
        ${e.bed_temp!==null?p`<span>${s("fleet.bed")} ${B(this.hass,e.bed_temp,0)} °C</span>`:y}
      </div>
      ${e.error?p`<div class="err ${l==="warning"||l==="info"?"warning":""}" data-field="error">
            ${e.error.code}${e.error.message?p` · ${e.error.message}`:y}
          </div>`:y}
      ${e.tags.length&&!this.flat?p`<div class="tags">${e.tags.map(d=>p`<span class="tag">${d}</span>`)}</div>`:y}
      <slot name="footer"></slot>
    </div>`}};se.styles=[X,N`
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
    `],_([w({attribute:!1})],se.prototype,"hass",2),_([w({attribute:!1})],se.prototype,"printer",2),_([w({type:Boolean,reflect:!0})],se.prototype,"highlighted",2),_([w({type:Boolean})],se.prototype,"flat",2),_([w({type:Boolean,attribute:"hide-name"})],se.prototype,"hideName",2);G("odin-printer-tile",se);var At=i=>typeof i=="object"&&i!==null&&!Array.isArray(i),be=i=>Array.isArray(i)?i:[],St=i=>typeof i=="number"&&Number.isFinite(i)?i:null,Q=i=>typeof i=="string"?i:i==null?null:String(i);function sc(i){return{index:St(i.index)??1,estimate_s:St(i.estimate_s),filaments:be(i.filaments).filter(At).map(t=>({type:Q(t.type),color:Q(t.color),grams:St(t.grams)})),bbox:Array.isArray(i.bbox)?i.bbox.map(Number):null,sliced:i.sliced!==!1,weight_g:St(i.weight_g),layer_count:St(i.layer_count)}}function Ln(i){let t=At(i.metadata)?i.metadata:{};return{hash:String(i.hash??""),name:Q(i.name)??"",size:St(i.size)??0,kind:Q(i.kind)??"",compatible_models:be(i.compatible_models??t.compatible_models).map(String),created_at:String(i.created_at??""),uploaded_by:Q(i.uploaded_by),slicer:Q(t.slicer),slicer_version:Q(t.slicer_version),printer_model:Q(t.printer_model),printer_profile:Q(t.printer_profile),nozzle_mm:St(t.nozzle_mm),plates:be(t.plates).filter(At).map(sc),hasMetadata:At(i.metadata)}}async function Da(i){let t=await i.callWS({type:"odin/files/list"});return be(t.files).filter(At).map(Ln)}async function Pa(i,t){let e=await i.callWS({type:"odin/files/get",hash:t});return Ln(At(e.file)?e.file:e)}var Ta=[".3mf",".gcode",".bgcode"],li=class extends Error{constructor(e,s,n){super(e);this.status=s;this.code=n}};async function Ma(i){let t=i.auth;return t?.expired&&t.refreshAccessToken&&await t.refreshAccessToken(),t?.data?.access_token??""}async function za(i,t,e){let s=l=>new Promise((d,c)=>{let h=new XMLHttpRequest;h.open("POST","/api/odin/files/upload"),h.setRequestHeader("Authorization",`Bearer ${l}`),h.responseType="text",h.upload.onprogress=f=>{f.lengthComputable&&f.total>0&&e(f.loaded/f.total)},h.onload=()=>{let f=null;try{f=JSON.parse(h.responseText||"null")}catch{f=h.responseText}d({status:h.status,body:f})},h.onerror=()=>c(new li("network",0,"network")),h.onabort=()=>c(new li("aborted",0,"aborted"));let u=new FormData;u.append("file",t,t.name),h.send(u)}),n=await s(await Ma(i)),r=i.auth;if(n.status===401&&r?.refreshAccessToken&&(await r.refreshAccessToken(),n=await s(await Ma(i))),n.status>=200&&n.status<300&&At(n.body)&&At(n.body.file))return e(1),{file:Ln(n.body.file),created:!!n.body.created};let a=At(n.body)?n.body:{},o=Q(a.code)??Q(a.error)??(n.status===413?"too_large":n.status===403?"forbidden":"upload_error");throw new li(Q(a.message)??`HTTP ${n.status}`,n.status,o)}function Ca(i,t){if(t instanceof li){let e=`files.error.${t.code}`,s=i(e);return s!==e?s:i("files.error.generic",{error:t.message})}return i("files.error.generic",{error:t instanceof Error?t.message:String(t)})}function Ea(i){if(!At(i))return{code:String(i??""),check:null,message:null,placeholders:{}};let t=At(i.placeholders)?i.placeholders:{};return{code:String(i.code??""),check:Q(i.check),message:Q(i.message),placeholders:Object.fromEntries(Object.entries(t).map(([e,s])=>[e,Array.isArray(s)?s.join(", "):String(s??"")]))}}function La(i){return At(i)?{ts:Q(i.ts),result:String(i.result??""),reasons:be(i.reasons).map(Ea),error:Q(i.error)??Q(i.message)}:null}function Ra(i){return At(i)?{hash:Q(i.hash),name:Q(i.name),size:St(i.size),kind:Q(i.kind),plate:St(i.plate),printer_model:Q(i.printer_model),nozzle_mm:St(i.nozzle_mm),estimate_s:St(i.estimate_s),filament_types:be(i.filament_types).map(String)}:null}function Rn(i){return!At(i)||i.job_id==null?null:{job_id:Number(i.job_id),stage:String(i.stage??""),sent:St(i.sent),total:St(i.total),percent:St(i.percent)}}async function Oa(i,t,e){let s=await i.callWS({type:"odin/dispatch/next",printer_id:t,dry_run:e,force:!0});return{dry_run:!!s.dry_run,printers:be(s.printers).filter(At).map(n=>({printer_id:String(n.printer_id??""),name:Q(n.name)??"",result:String(n.result??""),reason:typeof n.reason=="string"?n.reason:null,reasons:be(n.reasons).map(Ea),job_id:St(n.job_id),job:Q(n.job),file:Q(n.file),remote_name:Q(n.remote_name)}))}}function Fa(i,t){return i.connection.subscribeMessage(e=>{let s=Rn(e);s&&t(s)},{type:"odin/dispatch/subscribe"})}function ja(i,t,e=""){let s=`guard.${t.code}`,n={printer:e,...t.placeholders},r=i(s,n);return r!==s?r:t.message??t.code}var st=i=>typeof i=="object"&&i!==null&&!Array.isArray(i),ut=i=>typeof i=="number"&&Number.isFinite(i)?i:null,yt=i=>ut(i)??0,z=i=>typeof i=="string"?i:i==null?null:String(i),Wt=i=>Array.isArray(i)?i:[],Zt=i=>Wt(i).map(String);function qe(i){return Object.fromEntries(Object.entries(i).filter(([,t])=>t!=null&&t!==""))}function Ia(i){let t={};if(!st(i))return t;for(let[e,s]of Object.entries(i))(typeof s=="boolean"||typeof s=="number")&&(t[e]=s);return t}function nc(i){return st(i)?{reason:String(i.reason??""),printer_id:z(i.printer_id),order:yt(i.order),unmet:Zt(i.unmet),printers:Wt(i.printers).filter(st).map(t=>({printer_id:String(t.printer_id??""),name:z(t.name)??"",checks:Zt(t.checks)})),notes:Zt(i.notes)}:null}function rc(i){let t=st(i)?i:{};return{printer_id:z(t.printer_id),tags_any:Zt(t.tags_any),tags_all:Zt(t.tags_all),model:z(t.model),filament:z(t.filament),nozzle_mm:ut(t.nozzle_mm)}}function Ha(i){return{job_id:yt(i.job_id),name:z(i.name)??"",file:z(i.file)??"",status:z(i.status)??"queued",priority:yt(i.priority),position:yt(i.position),constraints:rc(i.constraints),options:Ia(i.options),notes:z(i.notes),preset_id:ut(i.preset_id),created_at:String(i.created_at??""),updated_at:String(i.updated_at??""),created_by:z(i.created_by),printer_id:z(i.printer_id),printer_name:z(i.printer_name),started_at:z(i.started_at),ended_at:z(i.ended_at),attempts:yt(i.attempts),decision:nc(i.decision),file_hash:z(i.file_hash),file_info:Ra(i.file_info),last_report:La(i.last_report),progress:Rn(i.progress)}}function ac(i){return{printer_id:String(i.printer_id??""),name:z(i.name)??String(i.printer_id??""),online:!!i.online,status:z(i.status)??"offline",error:!!i.error,model:z(i.model),tags:Zt(i.tags),nozzle_mm:ut(i.nozzle_mm),filaments:Array.isArray(i.filaments)?Zt(i.filaments):null}}async function vs(i,t=!0){let e=await i.callWS({type:"odin/queue/list",include_finished:t});return{items:Wt(e.items).filter(st).map(Ha),printers:Wt(e.printers).filter(st).map(ac)}}var Na=i=>Wt(i.jobs).filter(st).map(Ha);async function $s(i,t){return Na(await i.callWS({type:"odin/queue/add",...qe(t)}))}async function Ba(i,t){await i.callWS({type:"odin/queue/cancel",job_id:t})}async function Va(i,t,e){let s=await i.callWS({type:"odin/queue/reorder",job_id:t,after_job_id:e});return Wt(s.order).map(Number)}var oc=["any","printer","tag","model"];function On(i){let t=st(i.target)?i.target:{},e=oc.find(s=>s===t.type)??"any";return{preset_id:yt(i.preset_id),name:z(i.name)??"",file:z(i.file)??"",target:{type:e,value:e==="any"?null:z(t.value)},filament:z(i.filament),nozzle_mm:ut(i.nozzle_mm),quantity:ut(i.quantity)??1,priority:yt(i.priority),notes:z(i.notes),options:Ia(i.options),created_at:String(i.created_at??""),updated_at:String(i.updated_at??"")}}async function qa(i){let t=await i.callWS({type:"odin/presets/list"});return Wt(t.presets).filter(st).map(On)}async function Wa(i,t){let e=await i.callWS({type:"odin/presets/save",...qe(t)});return{preset:On(st(e.preset)?e.preset:{}),created:!!e.created}}async function Ua(i,t,e){let s=await i.callWS({type:"odin/presets/save",name:t,from_job_id:e});return On(st(s.preset)?s.preset:{})}async function Ya(i,t){await i.callWS({type:"odin/presets/delete",preset_id:t})}async function Ga(i,t,e){return Na(await i.callWS({type:"odin/presets/schedule",preset_id:t,...qe(e)}))}function lc(i){return st(i)?{needs_drying:!!i.needs_drying,tracked:!!i.tracked,reasons:Zt(i.reasons),reference:z(i.reference),days_since:ut(i.days_since),max_days:ut(i.max_days),humidity:ut(i.humidity),max_humidity:ut(i.max_humidity),due_at:z(i.due_at)}:null}function Fn(i){return{spool_id:yt(i.spool_id),label:z(i.label)??z(i.material)??"",name:z(i.name),material:z(i.material)??"",brand:z(i.brand),colour:z(i.colour),weight_g:ut(i.weight_g),opened_at:z(i.opened_at),location:z(i.location),printer_id:z(i.printer_id),slot:z(i.slot),spoolman_id:ut(i.spoolman_id),humidity_entity_id:z(i.humidity_entity_id),notes:z(i.notes),created_at:String(i.created_at??""),updated_at:String(i.updated_at??""),drying:lc(i.drying)}}async function Za(i){let t=await i.callWS({type:"odin/spools/list"});return Wt(t.spools).filter(st).map(Fn)}async function Xa(i,t){let e=await i.callWS({type:"odin/spools/save",...qe(t)});return Fn(st(e.spool)?e.spool:{})}async function Ka(i,t){await i.callWS({type:"odin/spools/delete",spool_id:t})}function Ja(i){return{session_id:yt(i.session_id),spool_id:ut(i.spool_id),printer_id:z(i.printer_id),slot:z(i.slot),material:z(i.material),started_at:String(i.started_at??""),ended_at:String(i.ended_at??""),duration_min:yt(i.duration_min),temp_c:yt(i.temp_c),method:z(i.method)??"other",humidity_before:ut(i.humidity_before),humidity_after:ut(i.humidity_after),notes:z(i.notes),user_id:z(i.user_id),actor:z(i.actor),created_at:String(i.created_at??"")}}async function Qa(i,t){let e=await i.callWS({type:"odin/drying/log",...qe(t)});return{session:Ja(st(e.session)?e.session:{}),spool:st(e.spool)?Fn(e.spool):null}}async function jn(i,t={}){let e=await i.callWS({type:"odin/drying/history",...qe(t)});return Wt(e.sessions).filter(st).map(Ja)}function In(i){return Wt(i.materials).filter(st).map(t=>({material:String(t.material??""),max_days:ut(t.max_days),max_humidity:ut(t.max_humidity),drying_temp_c:ut(t.drying_temp_c),drying_hours:ut(t.drying_hours),tracked:!!t.tracked,overridden:!!t.overridden,has_default:st(t.default)}))}async function to(i){return In(await i.callWS({type:"odin/materials/list"}))}async function eo(i,t){return In(await i.callWS({type:"odin/materials/set",...t}))}async function io(i,t){return In(await i.callWS({type:"odin/materials/set",material:t,reset:!0}))}async function so(i,t,e){let s=await i.callWS({type:"odin/tags/set",printer_id:t,tags:e});return Zt(s.tags)}function dc(i){return{id:yt(i.id),run_id:yt(i.run_id),printer_id:String(i.printer_id??""),printer_name:z(i.printer_name),job_name:z(i.job_name),file_name:z(i.file_name),outcome:z(i.outcome),started_at:z(i.started_at),ended_at:z(i.ended_at),created:String(i.created??""),expires:z(i.expires),frames:yt(i.frames),fps:yt(i.fps),seconds:yt(i.seconds),bytes:yt(i.bytes),media_content_id:String(i.media_content_id??""),url:String(i.url??""),poster_url:String(i.poster_url??"")}}async function Li(i,t={}){let e=await i.callWS({type:"odin/timelapses/list",...qe(t)});return{items:Wt(e.items).filter(st).map(dc),next:z(e.next),recording:Zt(e.recording)}}async function no(i,t){await i.callWS({type:"odin/timelapses/delete",timelapse_id:t})}function Z(i,t){if(st(t)&&typeof t.translation_key=="string"){let e=`errors.${t.translation_key}`,s=st(t.translation_placeholders)?Object.fromEntries(Object.entries(t.translation_placeholders).map(([r,a])=>[r,String(a)])):{};if(typeof s.field=="string"){let r=i(`fields.${s.field}`);r!==`fields.${s.field}`&&(s.field=r)}let n=i(e,s);if(n!==e)return n}return st(t)&&t.code==="unauthorized"?i("errors.unauthorized"):ie(t)}function lt(i,t){Ci(i,"hass-notification",{message:t})}var Xt=class extends I{constructor(){super(...arguments);this.open=!1;this.heading="";this.closeLabel="Close";this.wide=!1;this.compact=!1;this._onClose=()=>{this.open&&(this.open=!1),this.dispatchEvent(new CustomEvent("closed"))}}updated(e){!e.has("open")||!this._dialog||(this.open&&!this._dialog.open?this._dialog.showModal():!this.open&&this._dialog.open&&this._dialog.close())}disconnectedCallback(){super.disconnectedCallback(),this._dialog?.open&&this._dialog.close()}close(){this.open=!1}render(){return p`<dialog aria-labelledby="title" @close=${this._onClose}>
      <header>
        <h2 id="title" class="ellipsis">${this.heading}</h2>
        <button class="icon-btn" data-action="close-dialog" aria-label=${this.closeLabel} @click=${()=>this.close()}>
          ${E("close")}
        </button>
      </header>
      <div class="body"><slot></slot></div>
      <footer><slot name="actions"></slot></footer>
    </dialog>`}};Xt.styles=[X,bt,N`
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
    `],_([w({type:Boolean,reflect:!0})],Xt.prototype,"open",2),_([w()],Xt.prototype,"heading",2),_([w({attribute:"close-label"})],Xt.prototype,"closeLabel",2),_([w({type:Boolean,reflect:!0})],Xt.prototype,"wide",2),_([w({type:Boolean,reflect:!0})],Xt.prototype,"compact",2),_([hs("dialog")],Xt.prototype,"_dialog",2);G("odin-dialog",Xt);var ye=class extends I{constructor(){super(...arguments);this._busy=!1}willUpdate(e){e.has("request")&&(this._busy=!1,this._error=void 0)}_closed(){this.dispatchEvent(new CustomEvent("closed"))}async _confirm(){if(!(!this.request||this._busy)){this._busy=!0,this._error=void 0;try{await this.request.action(),this._busy=!1,this._closed()}catch(e){this._busy=!1,this._error=Z(A(this.hass),e)}}}render(){let e=A(this.hass),s=this.request;return p`<odin-dialog
      compact
      .open=${!!s}
      heading=${s?.heading??""}
      close-label=${e("common.close")}
      data-dialog="confirm"
      @closed=${()=>this._closed()}
    >
      <p>${s?.text??""}</p>
      ${this._error?p`<div class="notice error" role="alert">${this._error}</div>`:y}
      <button slot="actions" class="btn" @click=${()=>this._closed()}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary danger" data-action="confirm" ?disabled=${this._busy} @click=${()=>this._confirm()}>
        ${s?.confirmLabel??""}
      </button>
    </odin-dialog>`}};ye.styles=[X,bt,N`p { margin: 0 0 12px; line-height: 1.5; }`],_([w({attribute:!1})],ye.prototype,"hass",2),_([w({attribute:!1})],ye.prototype,"request",2),_([v()],ye.prototype,"_busy",2),_([v()],ye.prototype,"_error",2);G("odin-confirm",ye);var ro=32,Hn=64;function ao(i){return i.trim().replace(/\s+/g," ")}var Ut=class extends I{constructor(){super(...arguments);this.known=[];this._tags=[];this._busy=!1}willUpdate(e){e.has("printer")&&this.printer?.printer_id!==this._for&&(this._for=this.printer?.printer_id,this._tags=[...this.printer?.tags??[]],this._error=void 0,this._busy=!1)}_has(e){let s=e.toLowerCase();return this._tags.some(n=>n.toLowerCase()===s)}_add(e){let s=A(this.hass),n=ao(e);if(n){if(n.length>Hn){this._error=s("tags.too_long",{max:Hn});return}if(this._has(n)){this._error=void 0,this._input&&(this._input.value="");return}if(this._tags.length>=ro){this._error=s("errors.too_many_tags",{max:ro});return}this._tags=[...this._tags,n],this._error=void 0,this._input&&(this._input.value="")}}_remove(e){this._tags=this._tags.filter(s=>s!==e)}async _save(){if(!this.hass||!this.printer||this._busy)return;let e=this._input?.value??"";if(ao(e)&&this._add(e),this._error)return;let s=A(this.hass);this._busy=!0;try{await so(this.hass,this.printer.printer_id,this._tags),lt(this,s("tags.saved",{printer:this.printer.name})),this._close()}catch(n){this._error=Z(s,n)}finally{this._busy=!1}}_close(){this.dispatchEvent(new CustomEvent("closed"))}render(){let e=A(this.hass),s=this.printer,n=this.known.filter(r=>!this._has(r)).sort((r,a)=>r.localeCompare(a));return p`<odin-dialog
      .open=${!!s}
      heading=${s?e("tags.heading",{printer:s.name}):""}
      close-label=${e("common.close")}
      data-dialog="tags"
      @closed=${()=>this._close()}
    >
      ${s?p`<p class="muted small">${e("tags.help")}</p>
            <div class="chips current" data-current-tags>
              ${this._tags.length?this._tags.map(r=>p`<span class="tag-chip" data-tag=${r}
                      ><span class="ellipsis">${r}</span
                      ><button class="icon-btn" aria-label=${e("tags.remove",{tag:r})} data-remove=${r} @click=${()=>this._remove(r)}>
                        ${E("close")}
                      </button></span
                    >`):p`<span class="muted small">${e("tags.none")}</span>`}
            </div>
            <form
              class="add"
              @submit=${r=>{r.preventDefault(),this._add(this._input?.value??"")}}
            >
              <label class="field">
                <span>${e("tags.new")}</span>
                <input name="tag" maxlength=${Hn} list="odin-known-tags" autocomplete="off" placeholder=" " />
              </label>
              <button class="btn" type="submit" data-action="add-tag">${E("plus")}${e("tags.add")}</button>
            </form>
            <datalist id="odin-known-tags">${n.map(r=>p`<option value=${r}></option>`)}</datalist>
            ${n.length?p`<div class="muted small sugg-label">${e("tags.suggestions")}</div>
                  <div class="chips">
                    ${n.map(r=>p`<button class="chip" data-suggest=${r} @click=${()=>this._add(r)}>+ ${r}</button>`)}
                  </div>`:y}
            ${this._error?p`<div class="notice error" role="alert">${this._error}</div>`:y}`:y}
      <button slot="actions" class="btn" @click=${()=>this._close()}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" data-action="save-tags" ?disabled=${this._busy} @click=${()=>this._save()}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}};Ut.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],Ut.prototype,"hass",2),_([w({attribute:!1})],Ut.prototype,"printer",2),_([w({attribute:!1})],Ut.prototype,"known",2),_([v()],Ut.prototype,"_tags",2),_([v()],Ut.prototype,"_busy",2),_([v()],Ut.prototype,"_error",2),_([hs('input[name="tag"]')],Ut.prototype,"_input",2);G("odin-tag-editor",Ut);var jt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.selected="";this.base="/odin";this._tag="";this._scrolledTo=""}connectedCallback(){super.connectedCallback(),this.hass&&this._subscribe()}disconnectedCallback(){super.disconnectedCallback(),this._unsubscribe()}willUpdate(e){e.has("hass")&&this.hass&&!this._unsub&&this._subscribe()}updated(){if(this.selected&&this._printers&&this._scrolledTo!==this.selected){let e=this.renderRoot.querySelector("odin-printer-tile[highlighted]");e&&(this._scrolledTo=this.selected,e.scrollIntoView({block:"center",behavior:"smooth"}))}}_subscribe(){this.hass&&(this._error=void 0,this._unsub=ba(this.hass,e=>{this._printers=e.sort((s,n)=>s.name.localeCompare(n.name))}),this._unsub.catch(e=>{this._error=ie(e),this._unsub=void 0}))}_unsubscribe(){let e=this._unsub;this._unsub=void 0,e?.then(s=>s()).catch(()=>{})}render(){let e=A(this.hass);if(this._error)return p`<div class="card center error-text">
        ${e("panel.error",{error:this._error})}
        <div><button class="btn" @click=${()=>this._subscribe()}>${e("panel.retry")}</button></div>
      </div>`;if(!this._printers)return p`<div class="center muted">${e("panel.loading")}</div>`;if(this._printers.length===0)return p`<div class="card center muted">${e("fleet.no_printers")}</div>`;let s=[...new Set(this._printers.flatMap(l=>l.tags))].sort(),n=s.includes(this._tag)?this._tag:"",r=n?this._printers.filter(l=>l.tags.includes(n)):this._printers,a=r.filter(l=>xs(l.status)).length,o=r.filter(l=>Aa(l.status,l.error!==null)).length;return p`
      <div class="bar">
        <div class="muted small" data-summary data-total=${r.length}>
          ${e("fleet.summary",{total:C(this.hass,r.length),printing:C(this.hass,a),attention:C(this.hass,o)})}
        </div>
        ${s.length?p`<div class="chips" role="group" aria-label=${e("fleet.tags")}>
              ${["",...s].map(l=>p`<button
                  class="chip"
                  aria-pressed=${n===l?"true":"false"}
                  data-tag=${l}
                  @click=${()=>this._tag=l}
                >
                  ${l||e("fleet.all")}
                </button>`)}
            </div>`:y}
      </div>
      ${r.length===0?p`<div class="card center muted">${e("fleet.no_match")}</div>`:p`<div class="grid">
            ${r.map(l=>p`<odin-printer-tile .hass=${this.hass} .printer=${l} ?highlighted=${l.printer_id===this.selected}>
                <div slot="footer" class="footer">
                  <button class="link" data-action="edit-tags" @click=${()=>this._editing=l.printer_id}>
                    ${E("tag")}${e("fleet.edit_tags")}
                  </button>
                  <a
                    class="link"
                    href="${this.base}/analytics?printer=${encodeURIComponent(l.printer_id)}"
                    @click=${d=>{d.preventDefault(),Bt(`${this.base}/analytics?printer=${encodeURIComponent(l.printer_id)}`)}}
                    >${e("fleet.analytics")} ›</a
                  >
                </div>
              </odin-printer-tile>`)}
          </div>`}
      <odin-tag-editor
        .hass=${this.hass}
        .printer=${this._printers.find(l=>l.printer_id===this._editing)}
        .known=${s}
        @closed=${()=>this._editing=void 0}
      ></odin-tag-editor>
    `}};jt.styles=[X,N`
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
    `],_([w({attribute:!1})],jt.prototype,"hass",2),_([w({type:Boolean})],jt.prototype,"narrow",2),_([w()],jt.prototype,"selected",2),_([w()],jt.prototype,"base",2),_([v()],jt.prototype,"_printers",2),_([v()],jt.prototype,"_tag",2),_([v()],jt.prototype,"_error",2),_([v()],jt.prototype,"_editing",2);G("odin-fleet-page",jt);var ne=i=>i??y;var cc=i=>i==null?"":String(i);function L(i,t,e,s={}){return p`<label class="field ${s.full?"full":""}">
    <span>${i}${s.required?p` <span class="req" aria-hidden="true">*</span>`:y}</span>
    <input
      name=${t}
      type=${s.type??"text"}
      .value=${cc(e)}
      ?required=${s.required}
      min=${ne(s.min)}
      max=${ne(s.max)}
      step=${ne(s.step)}
      list=${ne(s.list)}
      placeholder=${s.placeholder??" "}
      maxlength=${ne(s.maxlength)}
      pattern=${ne(s.pattern)}
      inputmode=${ne(s.inputmode)}
      autocomplete=${s.autocomplete??"off"}
    />
    ${s.hint?p`<span class="hint">${s.hint}</span>`:y}
  </label>`}function ht(i,t,e,s,n={}){let r=e??"";return p`<label class="field ${n.full?"full":""}">
    <span>${i}</span>
    <select
      name=${t}
      ?required=${n.required}
      @change=${a=>n.onChange?.(a.target.value)}
    >
      ${s.map(a=>p`<option value=${a.value} ?selected=${a.value===r}>${a.label}</option>`)}
    </select>
    ${n.hint?p`<span class="hint">${n.hint}</span>`:y}
  </label>`}function We(i,t,e,s={}){return p`<label class="field full">
    <span>${i}</span>
    <textarea name=${t} maxlength=${ne(s.maxlength)} .value=${e??""}></textarea>
  </label>`}function xe(i,t){return p`<datalist id=${i}>${[...new Set(t)].map(e=>p`<option value=${e}></option>`)}</datalist>`}function Ri(i,t,e,s){let n=new Set(s.map(r=>r.toLowerCase()));return p`<fieldset class="full">
    <legend>${i}</legend>
    <div class="chips">
      ${e.map(r=>p`<label class="chip" data-choice=${r}
          ><input type="checkbox" name=${t} value=${r} ?checked=${n.has(r.toLowerCase())} />${r}</label
        >`)}
    </div>
  </fieldset>`}var oo=["timelapse","bed_leveling","flow_calibration","vibration_calibration","layer_inspect","use_ams"];function ks(i,t){let e=Object.keys(t).length;return p`<details class="full options" ?open=${e>0}>
    <summary>${i("jobs.print_options")}${e?` (${e})`:""}</summary>
    <div class="form-grid">
      ${oo.map(s=>ht(i(`options.${s}`),`opt_${s}`,s in t?t[s]?"on":"off":"",[{value:"",label:i("options.default")},{value:"on",label:i("options.on")},{value:"off",label:i("options.off")}]))}
      ${L(i("options.plate"),"opt_plate",typeof t.plate=="number"?t.plate:"",{type:"number",min:1,max:64,step:1,inputmode:"numeric"})}
    </div>
  </details>`}function ws(i){let t={};for(let s of oo){let n=i.get(`opt_${s}`);n==="on"?t[s]=!0:n==="off"&&(t[s]=!1)}let e=K(i,"opt_plate");return e!==void 0&&(t.plate=e),t}function F(i,t){let e=i.get(t);if(typeof e!="string")return;let s=e.trim();return s===""?void 0:s}function K(i,t){let e=F(i,t);if(e===void 0)return;let s=Number(e.replace(",","."));return Number.isFinite(s)?s:void 0}function It(i){i.preventDefault();let t=i.target.closest("form")??i.target;return!(t instanceof HTMLFormElement)||!t.reportValidity()?null:new FormData(t)}var Ss=[.2,.4,.6,.8],di=["PLA","PETG","ABS","ASA","TPU","PA","PA-CF","PC","PVA"],ve=(i,t)=>p`<span class="pill" data-pill=${t} title=${i}>${i}</span>`;function lo(i,t,e){let s=[];return t.printer_id&&s.push(ve(i("jobs.pill_printer",{printer:e(t.printer_id)}),"printer")),t.tags_any.length&&s.push(ve(i("jobs.pill_tags_any",{tags:t.tags_any.join(", ")}),"tags_any")),t.tags_all.length&&s.push(ve(i("jobs.pill_tags_all",{tags:t.tags_all.join(", ")}),"tags_all")),t.model&&s.push(ve(i("jobs.pill_model",{model:t.model}),"model")),t.filament&&s.push(ve(i("jobs.pill_filament",{filament:t.filament}),"filament")),t.nozzle_mm!==null&&s.push(ve(i("jobs.pill_nozzle",{nozzle:t.nozzle_mm}),"nozzle")),s}function As(i,t){return Object.entries(t).map(([e,s])=>ve(e==="plate"?i("options.plate_n",{n:String(s)}):`${i(`options.${e}`)}: ${i(s?"options.on":"options.off")}`,e))}function Nn(i,t,e){let s=t.target.value??"";switch(t.target.type){case"printer":return i("presets.target_printer",{printer:e(s)});case"tag":return i("presets.target_tag",{tag:s});case"model":return i("presets.target_model",{model:s});default:return i("presets.target_any")}}var hc=1e4;function uc(i){switch(i){case"proposed":return"var(--success-color, #43a047)";case"no_printers":case"no_printer_fits":return"var(--error-color, #db4437)";case"printers_in_error":case"filament_not_loaded":return"var(--warning-color, #ffa600)";default:return"var(--info-color, #039be5)"}}function pc(i){switch(i){case"printing":case"assigned":return"var(--info-color, #039be5)";case"done":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";default:return"var(--primary-color, #03a9f4)"}}var fc=i=>i.replace(/\s*\(\d+\/\d+\)\s*$/,""),dt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._loading=!1;this._adding=!1;this._busy=!1;this._new=new Set;this._progress=new Map;this._dispatch=new Map;this._started=!1;this._request=0}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{document.hidden||this._load()},hc),this._started&&this._load()}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer),this._unsubscribe()}updated(e){this.hass&&!this._started&&(this._started=!0,this._load()),this.hass&&this.isConnected&&!this._unsub&&this._subscribe()}_subscribe(){this.hass&&(this._unsub=Fa(this.hass,e=>{let s=new Map(this._progress);s.set(e.job_id,e),this._progress=s,(e.stage==="done"||e.stage==="started"||e.stage==="failed"||(e.percent??0)>=100)&&this._load()}),this._unsub.catch(()=>this._unsub=void 0))}_unsubscribe(){let e=this._unsub;this._unsub=void 0,e?.then(s=>s()).catch(()=>{})}get _isAdmin(){return!!this.hass?.user?.is_admin}_dispatchPrinter(e){return e.constraints.printer_id??e.decision?.printer_id??null}async _dispatchJob(e,s){let n=this._dispatchPrinter(e);if(!this.hass||!n||this._dispatching!==void 0)return;let r=A(this.hass);this._dispatching=e.job_id;let a=new Map(this._dispatch);try{let o=await Oa(this.hass,n,s);a.set(e.job_id,{dryRun:s,results:o.printers}),o.printers.some(d=>d.result==="started")&&lt(this,r("queue.dispatch_ui.result.started",{printer:o.printers[0]?.name??"",file:o.printers[0]?.file??""}))}catch(o){a.set(e.job_id,{dryRun:s,results:[],error:Z(r,o)})}finally{this._dispatch=a,this._dispatching=void 0}await this._load()}_reasons(e,s,n){return p`<ul class="guard">
      ${s.map(r=>p`<li data-code=${r.code}>${ja(e,r,n)}</li>`)}
    </ul>`}_dispatchResult(e,s){let n=this._dispatch.get(s.job_id);return n?n.error?p`<div class="notice error" role="alert" data-dispatch-result="error">${n.error}</div>`:n.results.map(r=>{let a=r.result==="started"||r.result==="would_send",o=r.reasons.length?r.reasons:r.reason?[{code:r.reason,check:null,message:r.reason,placeholders:{}}]:[];return p`<div class="notice ${a?"success":"error"} dispatch-result" role="status" data-dispatch-result=${r.result} data-printer-id=${r.printer_id} data-job-id=${r.job_id??""}>
        <div>${e(`queue.dispatch_ui.result.${r.result}`,{printer:r.name,file:r.remote_name??r.file??s.file})}</div>
        ${r.job_id!==null&&r.job_id!==s.job_id&&r.job?p`<div class="small">${e("queue.dispatch_ui.other_job",{job:r.job})}</div>`:y}
        ${!a&&o.length?this._reasons(e,o,r.name):y}
      </div>`}):y}_fileInfo(e,s){let n=s.file_info;if(!n)return y;let r=[n.printer_model,n.nozzle_mm!=null?`${B(this.hass,n.nozzle_mm,1)} mm`:null,n.estimate_s!=null?$t(n.estimate_s):null,n.filament_types.length?n.filament_types.join(", "):null,n.plate&&n.plate>1?e("files.plate_n",{n:n.plate}):null].filter(Boolean);return p`<div class="muted small file-info" data-field="file_info" data-hash=${n.hash??""}>${E("files")}<span>${r.join(" · ")}</span></div>`}_lastReport(e,s){let n=s.last_report;if(!n||!["refused","upload_failed","failed"].includes(n.result))return y;let r=s.printer_name??this._printerName(this._dispatchPrinter(s)),a=n.reasons.length?n.reasons:n.error?[{code:"",check:null,message:n.error,placeholders:{}}]:[];return p`<div class="report" data-field="last_report" data-result=${n.result}>
      <strong>${e(`queue.dispatch_ui.last_report.${n.result}`)}</strong>
      ${n.ts?p`<span class="muted small">${it(this.hass,n.ts)}</span>`:y}
      ${this._reasons(e,a,r)}
    </div>`}_sendProgress(e,s){let n=this._progress.get(s.job_id)??s.progress;if(!n||!(s.status==="assigned"||s.status==="printing"||s.status==="queued"))return y;if(s.status==="printing"&&(n.percent??0)>=100)return y;let r=Math.max(0,Math.min(100,Math.round(n.percent??0)));return p`<div class="sending" data-field="progress" data-percent=${r}>
      <div class="small">${e("queue.dispatch_ui.sending",{percent:`${r} %`})}</div>
      <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${r}><div style="width:${r}%"></div></div>
    </div>`}async _load(){if(!this.hass)return;let e=++this._request;this._loading=!0;try{let s=await vs(this.hass,!0);if(e!==this._request)return;this._data=s,this._error=void 0}catch(s){e===this._request&&(this._error=Z(A(this.hass),s))}finally{e===this._request&&(this._loading=!1)}}_printerName(e){return e?this._data?.printers.find(s=>s.printer_id===e)?.name??e:""}async _submitJob(e){let s=It(e);if(!s||!this.hass||this._busy)return;let n=A(this.hass);this._busy=!0,this._formError=void 0;try{let r=await $s(this.hass,{file:F(s,"file")??"",name:F(s,"name"),quantity:K(s,"quantity"),priority:K(s,"priority"),printer_id:F(s,"printer_id"),tags_any:s.getAll("tags_any").map(String),tags_all:s.getAll("tags_all").map(String),model:F(s,"model"),filament:F(s,"filament"),nozzle_mm:K(s,"nozzle_mm"),notes:F(s,"notes"),options:ws(s)});this._adding=!1,this._new=new Set(r.map(o=>o.job_id));let a=n("queue.added",{n:C(this.hass,r.length)});this._notice={text:a},lt(this,a),await this._load()}catch(r){this._formError=Z(n,r)}finally{this._busy=!1}}async _move(e,s){if(!this.hass||!this._data||this._moving!==void 0)return;let n=this._data.items.filter(l=>l.status==="queued"),r=n.findIndex(l=>l.job_id===e.job_id),a=r+s;if(r<0||a<0||a>=n.length)return;let o=s<0?a===0?null:n[a-1].job_id:n[a].job_id;this._moving=e.job_id;try{await Va(this.hass,e.job_id,o),await this._load()}catch(l){this._notice={text:Z(A(this.hass),l)}}finally{this._moving=void 0}}_askCancel(e){let s=A(this.hass);this._confirm={heading:s("queue.cancel_heading"),text:s("queue.cancel_text",{name:e.name}),confirmLabel:s("queue.cancel_job"),action:async()=>{this.hass&&(await Ba(this.hass,e.job_id),lt(this,s("queue.cancelled",{name:e.name})),await this._load())}}}async _submitPreset(e){let s=It(e),n=this._presetFrom;if(!s||!n||!this.hass||this._busy)return;let r=A(this.hass);this._busy=!0,this._formError=void 0;try{let a=await Ua(this.hass,F(s,"preset_name")??"",n.job_id);this._presetFrom=void 0;let o=r("queue.preset_saved",{name:a.name});this._notice={text:o,link:`${this.base}/presets`,linkLabel:r("queue.open_presets")},lt(this,o)}catch(a){this._formError=Z(r,a)}finally{this._busy=!1}}_decision(e,s){let n=s.decision;if(!n)return y;let r=s.constraints,a=n.unmet.map(d=>e(`queue.constraint.${d}`,{printer:this._printerName(r.printer_id),tags:(d==="tags_all"?r.tags_all:r.tags_any).join(", "),model:r.model??"",nozzle:r.nozzle_mm??""})).join(", "),o=n.reason==="proposed"?e("queue.reason.proposed",{printer:this._printerName(n.printer_id)}):n.reason==="no_printer_fits"&&a?e("queue.reason.no_printer_fits_unmet",{unmet:a}):n.reason==="filament_not_loaded"?e("queue.reason.filament_not_loaded",{filament:s.constraints.filament??""}):e(`queue.reason.${n.reason}`),l=n.printers.length;return p`<div class="decision" data-reason=${n.reason} style="--badge-color:${uc(n.reason)}">
        <span class="dot" aria-hidden="true"></span><span>${o}</span>
      </div>
      ${l||n.notes.length?p`<details class="why">
            <summary>${e("queue.why",{n:C(this.hass,l)})}</summary>
            ${l?p`<ul class="checks">
                  ${n.printers.map(d=>p`<li data-printer-id=${d.printer_id}>
                      <strong>${d.name||this._printerName(d.printer_id)}</strong>
                      <span class="muted">${d.checks.length?d.checks.map(c=>e(`queue.check.${c}`)).join(" · "):e("queue.check.ok")}</span>
                    </li>`)}
                </ul>`:y}
            ${n.notes.map(d=>p`<div class="muted small">${e(`queue.note.${d}`)}</div>`)}
          </details>`:y}`}_job(e,s,n,r){let a=s.status==="queued",o=s.status==="assigned"||s.status==="printing",l=a||s.status==="assigned",d=[...lo(e,s.constraints,c=>this._printerName(c)),...As(e,s.options)];return p`<li class="card job ${this._new.has(s.job_id)?"new":""}" data-job-id=${s.job_id} data-status=${s.status}>
      <div class="job-head">
        ${a?p`<span class="order" title=${e("queue.position")} aria-label=${e("queue.position_n",{n:n+1})}>${n+1}</span>`:y}
        <div class="title">
          <div class="name ellipsis" data-field="name">${s.name}</div>
          <div class="muted small ellipsis" data-field="file">${s.file}</div>
        </div>
        ${a?s.priority?p`<span class="pill" data-field="priority">${e("queue.priority_n",{n:s.priority>0?`+${s.priority}`:s.priority})}</span>`:y:p`<span class="badge" style="--badge-color:${pc(s.status)}" data-field="status">${e(`queue.status.${s.status}`)}</span>`}
      </div>
      <div class="pills" data-field="constraints">${d.length?d:p`<span class="pill">${e("queue.any_printer")}</span>`}</div>
      ${this._fileInfo(e,s)}
      ${a?this._decision(e,s):y}
      ${a?this._lastReport(e,s):y}
      ${this._sendProgress(e,s)}
      ${this._dispatchResult(e,s)}
      ${o&&s.printer_id?p`<div class="small">${e("queue.on_printer",{printer:s.printer_name??this._printerName(s.printer_id)})}</div>`:y}
      ${s.notes?p`<div class="small notes">${s.notes}</div>`:y}
      <div class="muted small meta">
        ${s.ended_at?e("queue.ended",{when:it(this.hass,s.ended_at)}):e("queue.added_by",{who:s.created_by??e("audit.system"),when:it(this.hass,s.created_at)})}
      </div>
      <div class="job-actions">
        ${a?p`<button
                class="icon-btn"
                data-action="up"
                aria-label=${e("queue.move_up")}
                ?disabled=${n===0||this._moving!==void 0}
                @click=${()=>this._move(s,-1)}
              >
                ${E("up")}
              </button>
              <button
                class="icon-btn"
                data-action="down"
                aria-label=${e("queue.move_down")}
                ?disabled=${n===r.length-1||this._moving!==void 0}
                @click=${()=>this._move(s,1)}
              >
                ${E("down")}
              </button>`:y}
        <span class="spacer"></span>
        ${a&&this._isAdmin&&this._dispatchPrinter(s)?p`<button
                class="btn"
                data-action="dry-run"
                aria-label=${e("queue.dispatch_ui.dry_run_named",{name:s.name})}
                title=${e("queue.dispatch_ui.dispatch_on",{printer:this._printerName(this._dispatchPrinter(s))})}
                ?disabled=${this._dispatching!==void 0}
                @click=${()=>this._dispatchJob(s,!0)}
              >
                ${e("queue.dispatch_ui.dry_run")}
              </button>
              <button
                class="btn primary"
                data-action="dispatch"
                aria-label=${e("queue.dispatch_ui.dispatch_named",{name:s.name})}
                title=${e("queue.dispatch_ui.dispatch_on",{printer:this._printerName(this._dispatchPrinter(s))})}
                ?disabled=${this._dispatching!==void 0}
                @click=${()=>this._dispatchJob(s,!1)}
              >
                ${E("send")}${e("queue.dispatch_ui.dispatch")}
              </button>`:y}
        <button class="btn" data-action="save-preset" @click=${()=>{this._formError=void 0,this._presetFrom=s}}>${E("save")}${e("queue.save_as_preset")}</button>
        ${l?p`<button class="btn danger" data-action="cancel" aria-label=${e("queue.cancel_named",{name:s.name})} @click=${()=>this._askCancel(s)}>${E("close")}${e("queue.cancel_short")}</button>`:y}
      </div>
    </li>`}_addDialog(e){let s=this._data?.printers??[],n=[...new Set(s.flatMap(l=>l.tags))].sort((l,d)=>l.localeCompare(d)),r=[...new Set(s.map(l=>l.model).filter(l=>!!l))].sort(),a=[...s.flatMap(l=>l.filaments??[]),...di],o=(this._data?.items??[]).map(l=>l.file);return p`<odin-dialog
      .open=${this._adding}
      heading=${e("queue.add_heading")}
      close-label=${e("common.close")}
      data-dialog="add-job"
      @closed=${()=>this._adding=!1}
    >
      ${this._adding?p`<form id="job-form" novalidate @submit=${l=>this._submitJob(l)}>
            <div class="form-grid">
              ${L(e("jobs.file"),"file","",{required:!0,maxlength:512,list:"odin-files",full:!0,hint:e("jobs.file_hint")})}
              ${L(e("jobs.name"),"name","",{maxlength:255,hint:e("jobs.name_hint")})}
              ${L(e("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${L(e("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:e("jobs.priority_hint")})}
              ${ht(e("jobs.printer"),"printer_id","",[{value:"",label:e("queue.any_printer")},...s.map(l=>({value:l.printer_id,label:l.name}))])}
              ${ht(e("jobs.model"),"model","",[{value:"",label:e("jobs.any_model")},...r.map(l=>({value:l,label:l}))])}
              ${L(e("jobs.filament"),"filament","",{maxlength:64,list:"odin-filaments"})}
              ${ht(e("jobs.nozzle"),"nozzle_mm","",[{value:"",label:e("jobs.any_nozzle")},...Ss.map(l=>({value:String(l),label:`${l} mm`}))])}
              ${n.length?Ri(e("jobs.tags_any"),"tags_any",n,[]):y}
              ${n.length?Ri(e("jobs.tags_all"),"tags_all",n,[]):y}
              ${We(e("jobs.notes"),"notes","",{maxlength:2e3})}
              ${ks(e,{})}
            </div>
            ${xe("odin-files",o)} ${xe("odin-filaments",a)}
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._adding=!1}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="job-form" data-action="submit-job" ?disabled=${this._busy}>
        ${e("queue.add_submit")}
      </button>
    </odin-dialog>`}_presetDialog(e){let s=this._presetFrom;return p`<odin-dialog
      .open=${!!s}
      heading=${e("queue.save_as_preset")}
      close-label=${e("common.close")}
      data-dialog="save-preset"
      @closed=${()=>this._presetFrom=void 0}
    >
      ${s?p`<form id="preset-from-job" novalidate @submit=${n=>this._submitPreset(n)}>
            <p class="muted small">${e("queue.save_as_preset_help",{file:s.file})}</p>
            ${L(e("presets.name"),"preset_name",fc(s.name),{required:!0,maxlength:128})}
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._presetFrom=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-from-job" data-action="submit-preset" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}render(){let e=A(this.hass),s=this._data,n=s?.items??[],r=n.filter(l=>l.status==="printing"||l.status==="assigned"),a=n.filter(l=>l.status==="queued"),o=n.filter(l=>!["queued","assigned","printing"].includes(l.status));return p`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-queued=${a.length} data-active=${r.length}>
          ${s?e("queue.summary",{queued:C(this.hass,a.length),active:C(this.hass,r.length)}):""}
        </div>
        <div class="actions">
          <button
            class="btn primary"
            data-action="add-job"
            ?disabled=${!s}
            @click=${()=>{this._formError=void 0,this._adding=!0}}
          >
            ${E("plus")}${e("queue.add")}
          </button>
        </div>
      </div>
      ${this._notice?p`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice.text}</span>
            ${this._notice.link?p`<a
                  class="inline-link"
                  href=${this._notice.link}
                  @click=${l=>{l.preventDefault(),Bt(this._notice?.link??this.base)}}
                  >${this._notice.linkLabel}</a
                >`:y}
            <button class="icon-btn" aria-label=${e("common.close")} @click=${()=>this._notice=void 0}>${E("close")}</button>
          </div>`:y}
      ${this._error?p`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?p`<div data-loaded=${this._loading?"false":"true"}>
            ${r.length?p`<div class="section-title"><h2>${e("queue.active")}</h2></div>
                  <ul class="jobs" data-list="active">${r.map((l,d)=>this._job(e,l,d,r))}</ul>`:y}
            <div class="section-title">
              <h2>${e("queue.waiting")}</h2>
              <span class="muted small">${e("queue.order_note")}</span>
            </div>
            ${a.length?p`<ul class="jobs" data-list="queued">${a.map((l,d)=>this._job(e,l,d,a))}</ul>`:p`<div class="card center muted" data-empty="queue">
                  ${e("queue.empty")}
                  <div>
                    <a
                      class="inline-link"
                      href="${this.base}/presets"
                      @click=${l=>{l.preventDefault(),Bt(`${this.base}/presets`)}}
                      >${e("queue.open_presets")}</a
                    >
                  </div>
                </div>`}
            ${o.length?p`<details class="finished">
                  <summary>${e("queue.finished",{n:C(this.hass,o.length)})}</summary>
                  <ul class="jobs" data-list="finished">${o.map((l,d)=>this._job(e,l,d,o))}</ul>
                </details>`:y}
          </div>`:this._error?y:p`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._addDialog(e)} ${this._presetDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};dt.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],dt.prototype,"hass",2),_([w({type:Boolean})],dt.prototype,"narrow",2),_([w()],dt.prototype,"base",2),_([v()],dt.prototype,"_data",2),_([v()],dt.prototype,"_error",2),_([v()],dt.prototype,"_loading",2),_([v()],dt.prototype,"_adding",2),_([v()],dt.prototype,"_presetFrom",2),_([v()],dt.prototype,"_confirm",2),_([v()],dt.prototype,"_formError",2),_([v()],dt.prototype,"_busy",2),_([v()],dt.prototype,"_moving",2),_([v()],dt.prototype,"_notice",2),_([v()],dt.prototype,"_new",2),_([v()],dt.prototype,"_progress",2),_([v()],dt.prototype,"_dispatch",2),_([v()],dt.prototype,"_dispatching",2);G("odin-queue-page",dt);function co(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KB`:`${(i/1024/1024).toFixed(1)} MB`}var mc={x1carbon:"x1c",blp001:"x1c",blp002:"x1",c11:"p1p",c12:"p1s",c13:"x1e",n1:"a1mini",n2s:"a1",originalprusamk4s:"mk4s",originalprusamk4:"mk4"};function ho(i){let t=String(i??"").toLowerCase().replace(/^bambu ?lab /,"").replace(/^original prusa /,"").replace(/[^a-z0-9]/g,"");return mc[t]??t}function uo(i,t){let e=new Set([...i.compatible_models,i.printer_model??""].filter(Boolean).map(ho));return t.filter(s=>s.model&&e.has(ho(s.model)))}var xt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._printers=[];this._queueing=!1;this._busy=!1;this._started=!1}updated(e){this.hass&&!this._started&&(this._started=!0,this._load())}get _isAdmin(){return!!this.hass?.user?.is_admin}async _load(){if(this.hass)try{let[e,s]=await Promise.all([Da(this.hass),vs(this.hass,!1)]);this._files=e.sort((n,r)=>r.created_at.localeCompare(n.created_at)),this._printers=s.printers,this._error=void 0}catch(e){this._error=Z(A(this.hass),e)}}async _open(e){if(this.hass)try{this._detail=await Pa(this.hass,e)}catch(s){this._notice=Z(A(this.hass),s)}}async _upload(e){let s=e.target,n=s.files?.[0];if(!n||!this.hass)return;let r=A(this.hass);this._uploadError=void 0,this._uploading={name:n.name,fraction:0};try{let a=await za(this.hass,n,l=>{this._uploading={name:n.name,fraction:l}}),o=r(a.created?"files.uploaded":"files.already",{name:a.file.name});this._notice=o,lt(this,o),await this._load(),this._detail=a.file}catch(a){this._uploadError=Ca(r,a)}finally{this._uploading=void 0,s.value=""}}async _submitQueue(e){let s=It(e),n=this._detail;if(!s||!n||!this.hass||this._busy)return;let r=A(this.hass);this._busy=!0,this._formError=void 0;try{let a=await $s(this.hass,{file:n.name,file_hash:n.hash,name:F(s,"name"),quantity:K(s,"quantity"),priority:K(s,"priority"),printer_id:F(s,"printer_id"),tags_any:s.getAll("tags_any").map(String),options:K(s,"plate")?{plate:K(s,"plate")}:void 0});this._queueing=!1;let o=r("files.queued",{n:C(this.hass,a.length)});this._notice=o,lt(this,o),this.dispatchEvent(new CustomEvent("jobs-queued",{detail:{jobs:a},bubbles:!0,composed:!0}))}catch(a){this._formError=Z(r,a)}finally{this._busy=!1}}_uploadCard(e){if(!this._isAdmin)return p`<div class="card muted" data-denied="upload">${e("files.admin_only")}</div>`;let s=this._uploading,n=s?Math.round(s.fraction*100):0;return p`<div class="card upload" data-section="upload">
      <label class="btn primary upload-btn ${s?"disabled":""}">
        ${E("plus")}<span>${e("files.upload")}</span>
        <input type="file" name="file" accept=${Ta.join(",")} ?disabled=${!!s} @change=${r=>this._upload(r)} />
      </label>
      <span class="muted small">${e("files.hint")}</span>
      ${s?p`<div class="uploading" role="status" data-upload-progress=${n}>
            <div class="small">${e("files.uploading",{name:s.name,percent:`${n} %`})}</div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${n}><div style="width:${n}%"></div></div>
          </div>`:y}
      ${this._uploadError?p`<div class="notice error" role="alert" data-upload-error>${this._uploadError}</div>`:y}
    </div>`}_detailView(e,s){let n=uo(s,this._printers),r=(a,o,l)=>o==null||o===""?y:p`<div class="kv"><dt>${a}</dt><dd data-field=${l}>${o}</dd></div>`;return p`<section class="card detail" data-file-detail=${s.hash}>
      <div class="detail-head">
        <h2 class="ellipsis" data-field="name">${s.name}</h2>
        <button class="icon-btn" data-action="close-detail" aria-label=${e("files.close_details")} @click=${()=>this._detail=void 0}>${E("close")}</button>
      </div>
      <dl>
        ${r(e("files.slicer"),[s.slicer,s.slicer_version].filter(Boolean).join(" "),"slicer")}
        ${r(e("files.printer_model"),s.printer_model,"printer_model")}
        ${r(e("files.profile"),s.printer_profile,"profile")}
        ${r(e("files.nozzle"),s.nozzle_mm!=null?`${B(this.hass,s.nozzle_mm,1)} mm`:null,"nozzle")}
        ${r(e("files.size"),co(s.size),"size")}
        ${r(e("files.kind"),s.kind,"kind")}
        <div class="kv"><dt>${e("files.compatible")}</dt><dd data-field="compatible">${s.compatible_models.map(a=>p`<span class="pill" data-model=${a}>${a}</span>`)}</dd></div>
        <div class="kv"><dt>${e("files.fits")}</dt><dd data-field="fits">
          ${n.length?n.map(a=>p`<span class="pill ok" data-printer-id=${a.printer_id}>${a.name}</span>`):p`<span class="muted">${e("files.no_fit")}</span>`}
        </dd></div>
      </dl>
      <h3>${e("files.plates")}</h3>
      <ul class="plates">
        ${s.plates.map(a=>p`<li data-plate=${a.index}>
            <strong>${e("files.plate_n",{n:a.index})}</strong>
            ${a.sliced?y:p`<span class="pill warn">${e("files.not_sliced")}</span>`}
            <span data-field="estimate">${e("files.estimate")}: ${$t(a.estimate_s)}</span>
            <span data-field="filaments">${e("files.filaments")}:
              ${a.filaments.map(o=>p`<span class="fil">${o.color?p`<span class="swatch" style="background:${o.color}"></span>`:y}${o.type??"?"}${o.grams!=null?` ${B(this.hass,o.grams,1)} g`:""}</span>`)}</span>
            ${a.bbox&&a.bbox.length===4?p`<span data-field="bbox">${e("files.bbox")}: ${B(this.hass,a.bbox[2]-a.bbox[0],0)} × ${B(this.hass,a.bbox[3]-a.bbox[1],0)} mm</span>`:y}
          </li>`)}
      </ul>
      <div class="actions">
        <button class="btn primary" data-action="queue-file" @click=${()=>{this._formError=void 0,this._queueing=!0}}>${E("queue")}${e("files.queue")}</button>
      </div>
    </section>`}_queueDialog(e){let s=this._detail,n=s?uo(s,this._printers):[],r=[...new Set(this._printers.flatMap(a=>a.tags))].sort((a,o)=>a.localeCompare(o));return p`<odin-dialog
      .open=${this._queueing&&!!s}
      heading=${s?e("files.queue_heading",{name:s.name}):""}
      close-label=${e("common.close")}
      data-dialog="queue-file"
      @closed=${()=>this._queueing=!1}
    >
      ${this._queueing&&s?p`<form id="queue-file-form" novalidate @submit=${a=>this._submitQueue(a)}>
            <div class="form-grid">
              ${L(e("jobs.name"),"name","",{maxlength:255,hint:e("jobs.name_hint")})}
              ${L(e("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${L(e("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:e("jobs.priority_hint")})}
              ${ht(e("jobs.printer"),"printer_id",n.length===1?n[0].printer_id:"",[{value:"",label:e("queue.any_printer")},...this._printers.map(a=>({value:a.printer_id,label:`${a.name}${a.model?` (${a.model})`:""}`}))])}
              ${s.plates.length>1?ht(e("files.plates"),"plate","1",s.plates.map(a=>({value:String(a.index),label:e("files.plate_n",{n:a.index})}))):y}
              ${r.length?Ri(e("jobs.tags_any"),"tags_any",r,[]):y}
            </div>
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._queueing=!1}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="queue-file-form" data-action="submit-queue-file" ?disabled=${this._busy}>${e("queue.add_submit")}</button>
    </odin-dialog>`}render(){let e=A(this.hass),s=this._files;return p`
      ${this._uploadCard(e)}
      ${this._notice?p`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice}</span>
            <a class="inline-link" href="${this.base}/queue" @click=${n=>{n.preventDefault(),Bt(`${this.base}/queue`)}}>${e("files.open_queue")}</a>
            <button class="icon-btn" aria-label=${e("common.close")} @click=${()=>this._notice=void 0}>${E("close")}</button>
          </div>`:y}
      ${this._error?p`<div class="card center error-text" role="alert">${e("panel.error",{error:this._error})}</div>`:y}
      ${this._detail?this._detailView(e,this._detail):y}
      <div class="section-title"><h2>${e("files.title")}</h2></div>
      ${s?s.length?p`<ul class="files" data-list="files">
              ${s.map(n=>p`<li class="card file ${this._detail?.hash===n.hash?"selected":""}" data-hash=${n.hash}>
                  <button class="file-btn" data-action="open-file" @click=${()=>this._open(n.hash)}>
                    <span class="name ellipsis">${n.name}</span>
                    <span class="muted small ellipsis">${n.compatible_models.join(", ")||"–"} · ${co(n.size)} · ${it(this.hass,n.created_at)}</span>
                  </button>
                </li>`)}
            </ul>`:p`<div class="card center muted" data-empty="files">${e("files.empty")}</div>`:p`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._queueDialog(e)}
    `}};xt.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],xt.prototype,"hass",2),_([w({type:Boolean})],xt.prototype,"narrow",2),_([w()],xt.prototype,"base",2),_([v()],xt.prototype,"_files",2),_([v()],xt.prototype,"_printers",2),_([v()],xt.prototype,"_error",2),_([v()],xt.prototype,"_detail",2),_([v()],xt.prototype,"_uploading",2),_([v()],xt.prototype,"_uploadError",2),_([v()],xt.prototype,"_queueing",2),_([v()],xt.prototype,"_formError",2),_([v()],xt.prototype,"_busy",2),_([v()],xt.prototype,"_notice",2);G("odin-files-page",xt);var gc=["any","printer","tag","model"],vt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._printers=[];this._targetType="any";this._busy=!1;this._started=!1;this._printerName=e=>this._printers.find(s=>s.printer_id===e)?.name??e}updated(e){this.hass&&!this._started&&(this._started=!0,_e(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load())}async _load(){if(this.hass)try{this._presets=await qa(this.hass),this._error=void 0}catch(e){this._error=Z(A(this.hass),e)}}_edit(e){this._formError=void 0,this._targetType=e==="new"?"any":e.target.type,this._editing=e}async _submitPreset(e){let s=It(e);if(!s||!this.hass||this._busy||!this._editing)return;let n=A(this.hass),r=this._editing==="new"?void 0:this._editing,a=F(s,"target_type")??"any";this._busy=!0,this._formError=void 0;try{let{preset:o}=await Wa(this.hass,{preset_id:r?.preset_id,name:F(s,"name")??"",file:F(s,"file")??"",target:a==="any"?{type:a}:{type:a,value:F(s,"target_value")},filament:F(s,"filament"),nozzle_mm:K(s,"nozzle_mm"),quantity:K(s,"quantity"),priority:K(s,"priority"),notes:F(s,"notes"),options:ws(s)});this._editing=void 0,lt(this,n("presets.saved",{name:o.name})),await this._load()}catch(o){this._formError=Z(n,o)}finally{this._busy=!1}}async _submitSchedule(e){let s=It(e),n=this._scheduling;if(!s||!n||!this.hass||this._busy)return;let r=A(this.hass);this._busy=!0,this._formError=void 0;try{let a=await Ga(this.hass,n.preset_id,{quantity:K(s,"quantity"),priority:K(s,"priority"),tag:F(s,"tag")});this._scheduling=void 0;let o=r("presets.scheduled",{n:C(this.hass,a.length),name:n.name});this._notice={text:o,jobs:a.length},lt(this,o)}catch(a){this._formError=Z(r,a)}finally{this._busy=!1}}_askDelete(e){let s=A(this.hass);this._confirm={heading:s("presets.delete_heading"),text:s("presets.delete_text",{name:e.name}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await Ya(this.hass,e.preset_id),lt(this,s("presets.deleted",{name:e.name})),await this._load())}}}_tile(e,s){let n=[[e("jobs.file"),s.file],[e("presets.target"),Nn(e,s,this._printerName)],[e("jobs.quantity"),C(this.hass,s.quantity)]];s.priority&&n.push([e("jobs.priority"),String(s.priority)]),s.filament&&n.push([e("jobs.filament"),s.filament]),s.nozzle_mm!==null&&n.push([e("jobs.nozzle"),`${s.nozzle_mm} mm`]);let r=As(e,s.options);return p`<li class="card preset" data-preset-id=${s.preset_id}>
      <h3 class="ellipsis" data-field="name">${s.name}</h3>
      <dl class="facts">${n.map(([a,o])=>p`<dt>${a}</dt><dd>${o}</dd>`)}</dl>
      ${r.length?p`<div class="pills opts">${r}</div>`:y}
      ${s.notes?p`<div class="small muted notes">${s.notes}</div>`:y}
      <div class="tile-actions">
        <button class="icon-btn" data-action="edit" aria-label=${e("presets.edit",{name:s.name})} @click=${()=>this._edit(s)}>
          ${E("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${e("presets.delete",{name:s.name})} @click=${()=>this._askDelete(s)}>
          ${E("delete")}
        </button>
        <span class="spacer"></span>
        <button
          class="btn primary"
          data-action="schedule"
          @click=${()=>{this._formError=void 0,this._scheduling=s}}
        >
          ${E("schedule")}${e("presets.quick_schedule")}
        </button>
      </div>
    </li>`}_targetValue(e,s){let n=s&&s.target.type===this._targetType?s.target.value:"",r=[...new Set(this._printers.flatMap(o=>o.tags))].sort((o,l)=>o.localeCompare(l)),a=[...new Set(this._printers.map(o=>o.model).filter(o=>!!o))].sort();switch(this._targetType){case"printer":return ht(e("jobs.printer"),"target_value",n,this._printers.map(o=>({value:o.printer_id,label:o.name})),{required:!0});case"tag":return ht(e("presets.tag"),"target_value",n,r.map(o=>({value:o,label:o})),{required:!0});case"model":return p`${L(e("jobs.model"),"target_value",n,{required:!0,maxlength:64,list:"odin-models"})}
        ${xe("odin-models",a)}`;default:return y}}_editDialog(e){let s=this._editing,n=s&&s!=="new"?s:void 0;return p`<odin-dialog
      .open=${!!s}
      heading=${e(n?"presets.edit_heading":"presets.new_heading")}
      close-label=${e("common.close")}
      data-dialog="preset"
      @closed=${()=>this._editing=void 0}
    >
      ${s?p`<form id="preset-form" novalidate @submit=${r=>this._submitPreset(r)}>
            <div class="form-grid">
              ${L(e("presets.name"),"name",n?.name,{required:!0,maxlength:128,full:!0})}
              ${L(e("jobs.file"),"file",n?.file,{required:!0,maxlength:512,full:!0,hint:e("jobs.file_hint")})}
              ${ht(e("presets.target"),"target_type",this._targetType,gc.map(r=>({value:r,label:e(`presets.target_type.${r}`)})),{onChange:r=>this._targetType=r})}
              ${this._targetValue(e,n)}
              ${L(e("jobs.filament"),"filament",n?.filament,{maxlength:64,list:"odin-preset-filaments"})}
              ${ht(e("jobs.nozzle"),"nozzle_mm",n?.nozzle_mm!=null?String(n.nozzle_mm):"",[{value:"",label:e("jobs.any_nozzle")},...Ss.map(r=>({value:String(r),label:`${r} mm`}))])}
              ${L(e("jobs.quantity"),"quantity",n?.quantity??1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${L(e("jobs.priority"),"priority",n?.priority??0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${We(e("jobs.notes"),"notes",n?.notes,{maxlength:2e3})}
              ${ks(e,n?.options??{})}
            </div>
            ${xe("odin-preset-filaments",di)}
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-form" data-action="submit-preset" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}_scheduleDialog(e){let s=this._scheduling,n=[...new Set(this._printers.flatMap(r=>r.tags))].sort((r,a)=>r.localeCompare(a));return p`<odin-dialog
      .open=${!!s}
      heading=${s?e("presets.schedule_heading",{name:s.name}):""}
      close-label=${e("common.close")}
      data-dialog="schedule"
      @closed=${()=>this._scheduling=void 0}
    >
      ${s?p`<form id="schedule-form" novalidate @submit=${r=>this._submitSchedule(r)}>
            <p class="muted small">${e("presets.schedule_help",{file:s.file,target:Nn(e,s,this._printerName)})}</p>
            <div class="form-grid">
              ${L(e("jobs.quantity"),"quantity",s.quantity,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${L(e("jobs.priority"),"priority",s.priority,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${n.length?ht(e("presets.only_tag"),"tag","",[{value:"",label:e("presets.as_in_preset")},...n.map(r=>({value:r,label:r}))],{full:!0,hint:e("presets.only_tag_hint")}):y}
            </div>
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._scheduling=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="schedule-form" data-action="submit-schedule" ?disabled=${this._busy}>
        ${E("schedule")}${e("presets.schedule_submit")}
      </button>
    </odin-dialog>`}render(){let e=A(this.hass),s=this._presets;return p`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-count=${s?.length??""}>
          ${s?e("presets.summary",{n:C(this.hass,s.length)}):""}
        </div>
        <div class="actions">
          <button class="btn primary" data-action="new-preset" @click=${()=>this._edit("new")}>${E("plus")}${e("presets.new")}</button>
        </div>
      </div>
      ${this._notice?p`<div class="notice success banner" role="status" data-notice data-scheduled=${this._notice.jobs}>
            <span>${this._notice.text}</span>
            <a
              class="inline-link"
              data-action="open-queue"
              href="${this.base}/queue"
              @click=${n=>{n.preventDefault(),Bt(`${this.base}/queue`)}}
              >${e("presets.open_queue")}</a
            >
            <button class="icon-btn" aria-label=${e("common.close")} @click=${()=>this._notice=void 0}>${E("close")}</button>
          </div>`:y}
      ${this._error?p`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?s.length===0?p`<div class="card center muted" data-empty="presets">${e("presets.empty")}</div>`:p`<ul class="tiles presets" data-loaded="true">${s.map(n=>this._tile(e,n))}</ul>`:this._error?y:p`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._editDialog(e)} ${this._scheduleDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};vt.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],vt.prototype,"hass",2),_([w({type:Boolean})],vt.prototype,"narrow",2),_([w()],vt.prototype,"base",2),_([v()],vt.prototype,"_presets",2),_([v()],vt.prototype,"_printers",2),_([v()],vt.prototype,"_error",2),_([v()],vt.prototype,"_editing",2),_([v()],vt.prototype,"_targetType",2),_([v()],vt.prototype,"_scheduling",2),_([v()],vt.prototype,"_confirm",2),_([v()],vt.prototype,"_formError",2),_([v()],vt.prototype,"_busy",2),_([v()],vt.prototype,"_notice",2);G("odin-presets-page",vt);var _c=["dryer","oven","ams","dry_box","dehydrator","other"],po="[A-Ha-h][1-4]|[Hh][Tt][1-8]|[Ee][Xx][Tt]",bc=50,Ms="slot";function yc(i,t){if(!t)return;let e=t.toUpperCase().replace(/_/g,"-");return i.find(s=>s.material.toUpperCase()===e)??i.find(s=>s.material.toUpperCase()===e.split(/[-\s+]/)[0])}function xc(i){if(!i)return null;let t=i.trim().toLowerCase().replace(/\s+/g,"");return typeof CSS<"u"&&CSS.supports("color",t)?t:null}function vc(i){let t=e=>String(e).padStart(2,"0");return`${Ft(i)}T${t(i.getHours())}:${t(i.getMinutes())}`}var ct=class extends I{constructor(){super(...arguments);this.narrow=!1;this._materials=[];this._printers=[];this._loading=!1;this._editPrinter="";this._logging=!1;this._logTarget="";this._history={};this._busy=!1;this._started=!1;this._printerName=e=>e?this._printers.find(s=>s.printer_id===e)?.name??e:""}updated(e){this.hass&&!this._started&&(this._started=!0,_e(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load())}async _load(){if(this.hass){this._loading=!0;try{let[e,s,n]=await Promise.all([Za(this.hass),jn(this.hass,{limit:bc}),to(this.hass)]);e.sort((r,a)=>Number(a.drying?.needs_drying??!1)-Number(r.drying?.needs_drying??!1)||r.label.localeCompare(a.label)||r.spool_id-a.spool_id),this._spools=e,this._sessions=s,this._materials=n,this._error=void 0;for(let r of Object.keys(this._history).map(Number))this._loadHistory(r)}catch(e){this._error=Z(A(this.hass),e)}finally{this._loading=!1}}}async _loadHistory(e){if(this.hass)try{let s=await jn(this.hass,{spool_id:e,limit:20});this._history={...this._history,[e]:s}}catch(s){this._error=Z(A(this.hass),s)}}_toggleHistory(e){if(e in this._history){let{[e]:s,...n}=this._history;this._history=n;return}this._history={...this._history,[e]:"loading"},this._loadHistory(e)}_spoolName(e){let s=this._spools?.find(n=>n.spool_id===e.spool_id);return s?s.label:e.printer_id?`${this._printerName(e.printer_id)} · ${e.slot??""}`:e.spool_id!==null?`#${e.spool_id}`:"–"}_openLog(e){this._formError=void 0,this._logTarget=e?String(e.spool_id):this._spools?.[0]?String(this._spools[0].spool_id):Ms,this._logging=!0}async _submitLog(e){let s=It(e);if(!s||!this.hass||this._busy)return;let n=A(this.hass),r=F(s,"target")??"",a=F(s,"started_at");this._busy=!0,this._formError=void 0;try{let{spool:o}=await Qa(this.hass,{...r===Ms?{printer_id:F(s,"printer_id"),slot:F(s,"slot")?.toUpperCase()}:{spool_id:Number(r)},temp_c:K(s,"temp_c")??0,duration_min:Math.round((K(s,"duration_h")??0)*60),method:F(s,"method"),started_at:a?new Date(a).toISOString():void 0,humidity_before:K(s,"humidity_before"),humidity_after:K(s,"humidity_after"),notes:F(s,"notes")});this._logging=!1,lt(this,o?n("drying.logged_spool",{spool:o.label}):n("drying.logged")),await this._load()}catch(o){this._formError=Z(n,o)}finally{this._busy=!1}}_editSpool(e){this._formError=void 0,this._editPrinter=e==="new"?"":e.printer_id??"",this._editing=e}async _submitSpool(e){let s=It(e);if(!s||!this.hass||this._busy||!this._editing)return;let n=A(this.hass),r=this._editing==="new"?void 0:this._editing,a=F(s,"opened_at"),o=F(s,"printer_id");this._busy=!0,this._formError=void 0;try{let l=await Xa(this.hass,{spool_id:r?.spool_id,material:F(s,"material")??"",name:F(s,"name"),brand:F(s,"brand"),colour:F(s,"colour"),weight_g:K(s,"weight_g"),opened_at:a?`${a}T00:00:00`:void 0,location:F(s,"location"),printer_id:o,slot:o?F(s,"slot")?.toUpperCase():void 0,spoolman_id:K(s,"spoolman_id"),humidity_entity_id:F(s,"humidity_entity_id"),notes:F(s,"notes")});this._editing=void 0,lt(this,n("drying.spool_saved",{spool:l.label})),await this._load()}catch(l){this._formError=Z(n,l)}finally{this._busy=!1}}_askDelete(e){let s=A(this.hass);this._confirm={heading:s("drying.delete_heading"),text:s("drying.delete_text",{spool:e.label}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await Ka(this.hass,e.spool_id),lt(this,s("drying.spool_deleted",{spool:e.label})),await this._load())}}}async _submitMaterial(e){let s=It(e);if(!s||!this.hass||this._busy||!this._material)return;let n=A(this.hass),r=this._material==="new"?F(s,"material")??"":this._material.material;this._busy=!0,this._formError=void 0;try{this._materials=await eo(this.hass,{material:r,max_days:K(s,"max_days")??null,max_humidity:K(s,"max_humidity")??null,drying_temp_c:K(s,"drying_temp_c")??null,drying_hours:K(s,"drying_hours")??null}),this._material=void 0,lt(this,n("drying.material_saved",{material:r})),await this._load()}catch(a){this._formError=Z(n,a)}finally{this._busy=!1}}_askReset(e){let s=A(this.hass);this._confirm={heading:s("drying.reset_heading"),text:s(e.has_default?"drying.reset_text":"drying.reset_text_custom",{material:e.material}),confirmLabel:s("drying.reset"),action:async()=>{this.hass&&(this._materials=await io(this.hass,e.material),await this._load())}}}_status(e,s){let n=s.drying;if(!n||!n.tracked)return p`<div class="status" data-status="untracked" style="--badge-color:var(--secondary-text-color)">
        <span class="dot"></span><span>${e("drying.not_tracked")}</span>
      </div>`;let r=[];if(n.days_since!==null&&r.push(n.max_days!==null?e("drying.days_since_max",{days:B(this.hass,n.days_since,1),max:B(this.hass,n.max_days,0)}):e("drying.days_since",{days:B(this.hass,n.days_since,1)})),n.humidity!==null&&r.push(n.max_humidity!==null?e("drying.humidity_max",{rh:B(this.hass,n.humidity,0),max:B(this.hass,n.max_humidity,0)}):e("drying.humidity",{rh:B(this.hass,n.humidity,0)})),n.needs_drying){let a=n.reasons.map(o=>e(`drying.reason.${o}`)).join(", ");return p`<div class="status" data-status="needs" style="--badge-color:var(--error-color, #db4437)">
        <span class="dot"></span><span><strong>${e("drying.needs")}</strong> (${a}) · ${r.join(" · ")}</span>
      </div>`}return p`<div class="status" data-status="ok" style="--badge-color:var(--success-color, #43a047)">
      <span class="dot"></span
      ><span
        >${n.due_at?e("drying.due",{date:Be(this.hass,n.due_at)}):e("drying.dry")}${r.length?` · ${r.join(" · ")}`:""}</span
      >
    </div>`}_sessionList(e,s){return s.length?p`<ul class="sessions">
      ${s.map(n=>p`<li data-session-id=${n.session_id}>
          <span>${it(this.hass,n.ended_at)}</span>
          <span class="muted"
            >${B(this.hass,n.temp_c,0)} °C · ${$t(n.duration_min*60)} · ${e(`drying.method.${n.method}`)}${n.humidity_before!==null||n.humidity_after!==null?` · ${B(this.hass,n.humidity_before,0)} → ${B(this.hass,n.humidity_after,0)} %`:""}</span
          >
        </li>`)}
    </ul>`:p`<div class="muted small">${e("drying.no_history")}</div>`}_tile(e,s){let n=xc(s.colour),r=[];s.brand&&r.push([e("drying.brand"),s.brand]),s.colour&&r.push([e("drying.colour"),s.colour]),s.weight_g!==null&&r.push([e("drying.weight"),`${C(this.hass,s.weight_g)} g`]),s.opened_at&&r.push([e("drying.opened"),Be(this.hass,s.opened_at)]),s.printer_id&&r.push([e("drying.slot"),`${this._printerName(s.printer_id)}${s.slot?` · ${s.slot}`:""}`]),s.location&&r.push([e("drying.location"),s.location]),s.spoolman_id!==null&&r.push([e("drying.spoolman"),`#${s.spoolman_id}`]),s.humidity_entity_id&&r.push([e("drying.sensor"),s.humidity_entity_id]);let a=this._history[s.spool_id];return p`<li class="card spool" data-spool-id=${s.spool_id} data-needs-drying=${s.drying?.needs_drying?"true":"false"}>
      <div class="head">
        <span class="swatch ${n?"":"none"}" style=${n?`background:${n}`:""} aria-hidden="true"></span>
        <h3 class="ellipsis" data-field="label">${s.label}</h3>
        <span class="pill">${s.material}</span>
      </div>
      ${this._status(e,s)}
      ${r.length?p`<dl class="facts">${r.map(([o,l])=>p`<dt>${o}</dt><dd>${l}</dd>`)}</dl>`:y}
      ${s.notes?p`<div class="small muted notes">${s.notes}</div>`:y}
      ${a?p`<div class="history" data-history=${s.spool_id}>
            <h4>${e("drying.history")}</h4>
            ${a==="loading"?p`<div class="muted small">${e("panel.loading")}</div>`:this._sessionList(e,a)}
          </div>`:y}
      <div class="tile-actions">
        <button
          class="icon-btn"
          data-action="history"
          aria-expanded=${a?"true":"false"}
          aria-label=${e("drying.show_history",{spool:s.label})}
          @click=${()=>this._toggleHistory(s.spool_id)}
        >
          ${E("history")}
        </button>
        <button class="icon-btn" data-action="edit" aria-label=${e("drying.edit",{spool:s.label})} @click=${()=>this._editSpool(s)}>
          ${E("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${e("drying.delete",{spool:s.label})} @click=${()=>this._askDelete(s)}>
          ${E("delete")}
        </button>
        <span class="spacer"></span>
        <button class="btn primary" data-action="log" @click=${()=>this._openLog(s)}>${E("drying")}${e("drying.log")}</button>
      </div>
    </li>`}_historyTable(e){let s=this._sessions??[];return s.length?p`<div class="card table-wrap">
      <table class="stack" data-section="history">
        <thead>
          <tr>
            <th>${e("drying.spool")}</th>
            <th>${e("drying.when")}</th>
            <th class="num">${e("drying.temp")}</th>
            <th class="num">${e("drying.duration")}</th>
            <th>${e("drying.method_label")}</th>
            <th class="num">${e("drying.rh_before_after")}</th>
            <th>${e("drying.by")}</th>
          </tr>
        </thead>
        <tbody>
          ${s.map(n=>p`<tr data-session-id=${n.session_id}>
              <td data-col="spool">${this._spoolName(n)}${n.material?p` <span class="muted small">${n.material}</span>`:y}</td>
              <td data-col="when" data-label=${e("drying.when")}>${it(this.hass,n.ended_at)}</td>
              <td class="num" data-col="temp" data-label=${e("drying.temp")}>${B(this.hass,n.temp_c,0)} °C</td>
              <td class="num" data-col="duration" data-label=${e("drying.duration")}>${$t(n.duration_min*60)}</td>
              <td data-col="method" data-label=${e("drying.method_label")}>${e(`drying.method.${n.method}`)}</td>
              <td class="num" data-col="humidity" data-label=${e("drying.rh_before_after")}>
                ${n.humidity_before===null&&n.humidity_after===null?"–":`${B(this.hass,n.humidity_before,0)} → ${B(this.hass,n.humidity_after,0)} %`}
              </td>
              <td data-col="by" data-label=${e("drying.by")}>${n.actor??"–"}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`:p`<div class="card center muted" data-empty="history">${e("drying.no_history")}</div>`}_materialsTable(e){let s=[...this._materials].sort((n,r)=>n.material.localeCompare(r.material));return p`<details class="card materials" data-section="materials">
      <summary>${e("drying.materials")} (${C(this.hass,s.length)})</summary>
      <p class="muted small">${e("drying.materials_help")}</p>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th>${e("drying.material")}</th>
              <th class="num">${e("drying.max_days")}</th>
              <th class="num">${e("drying.max_humidity")}</th>
              <th class="num">${e("drying.drying_temp")}</th>
              <th class="num">${e("drying.drying_hours")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${s.map(n=>p`<tr data-key=${n.material}>
                <td>${n.material}${n.overridden?p` <span class="muted small">${e("drying.custom")}</span>`:y}${n.tracked?y:p` <span class="muted small">${e("drying.not_tracked")}</span>`}</td>
                <td class="num" data-label=${e("drying.max_days")}>${n.max_days===null?"–":B(this.hass,n.max_days,0)}</td>
                <td class="num" data-label=${e("drying.max_humidity")}>${n.max_humidity===null?"–":`${B(this.hass,n.max_humidity,0)} %`}</td>
                <td class="num" data-label=${e("drying.drying_temp")}>${n.drying_temp_c===null?"–":`${B(this.hass,n.drying_temp_c,0)} °C`}</td>
                <td class="num" data-label=${e("drying.drying_hours")}>${n.drying_hours===null?"–":`${B(this.hass,n.drying_hours,0)} h`}</td>
                <td class="row-actions">
                  <button class="icon-btn" aria-label=${e("drying.edit_material",{material:n.material})} @click=${()=>{this._formError=void 0,this._material=n}}>${E("pencil")}</button>
                  ${n.overridden?p`<button class="icon-btn danger" aria-label=${e("drying.reset_material",{material:n.material})} @click=${()=>this._askReset(n)}>
                        ${E("history")}
                      </button>`:y}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="tile-actions">
        <button class="btn" @click=${()=>{this._formError=void 0,this._material="new"}}>${E("plus")}${e("drying.add_material")}</button>
      </div>
    </details>`}_logDialog(e){let s=this._spools??[],n=s.find(o=>String(o.spool_id)===this._logTarget),r=yc(this._materials,n?.material),a=r?.drying_hours??4;return p`<odin-dialog
      .open=${this._logging}
      heading=${e("drying.log_heading")}
      close-label=${e("common.close")}
      data-dialog="log-drying"
      @closed=${()=>this._logging=!1}
    >
      ${this._logging?p`<form id="log-form" novalidate @submit=${o=>this._submitLog(o)}>
            <div class="form-grid">
              ${ht(e("drying.what"),"target",this._logTarget,[...s.map(o=>({value:String(o.spool_id),label:`${o.label} (${o.material})`})),{value:Ms,label:e("drying.printer_slot")}],{full:!0,onChange:o=>this._logTarget=o})}
              ${this._logTarget===Ms?p`${ht(e("jobs.printer"),"printer_id",this._printers[0]?.printer_id??"",this._printers.map(o=>({value:o.printer_id,label:o.name})),{required:!0})}
                  ${L(e("drying.slot_code"),"slot","",{required:!0,pattern:po,maxlength:3,hint:e("drying.slot_hint")})}`:y}
              ${L(`${e("drying.temp")} (°C)`,"temp_c",r?.drying_temp_c??50,{type:"number",min:25,max:150,step:1,required:!0,inputmode:"numeric"})}
              ${L(e("drying.duration_h"),"duration_h",a,{type:"number",min:.25,max:72,step:.25,required:!0,inputmode:"decimal",hint:e("drying.hours_hint")})}
              ${ht(e("drying.method_label"),"method","dryer",_c.map(o=>({value:o,label:e(`drying.method.${o}`)})))}
              ${L(e("drying.started"),"started_at","",{type:"datetime-local",max:vc(new Date),hint:e("drying.started_hint")})}
              ${L(`${e("drying.rh_before")} (%)`,"humidity_before","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${L(`${e("drying.rh_after")} (%)`,"humidity_after","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${We(e("jobs.notes"),"notes","",{maxlength:2e3})}
            </div>
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._logging=!1}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="log-form" data-action="submit-log" ?disabled=${this._busy}>
        ${e("drying.log")}
      </button>
    </odin-dialog>`}_spoolDialog(e){let s=this._editing,n=s&&s!=="new"?s:void 0,r=Object.values(this.hass?.states??{}).filter(a=>a.entity_id.startsWith("sensor.")&&a.attributes.device_class==="humidity").map(a=>({value:a.entity_id,label:String(a.attributes.friendly_name??a.entity_id)}));return n?.humidity_entity_id&&!r.some(a=>a.value===n.humidity_entity_id)&&r.push({value:n.humidity_entity_id,label:n.humidity_entity_id}),p`<odin-dialog
      .open=${!!s}
      heading=${e(n?"drying.edit_heading":"drying.new_heading")}
      close-label=${e("common.close")}
      data-dialog="spool"
      @closed=${()=>this._editing=void 0}
    >
      ${s?p`<form id="spool-form" novalidate @submit=${a=>this._submitSpool(a)}>
            <div class="form-grid">
              ${L(e("drying.material"),"material",n?.material,{required:!0,maxlength:64,list:"odin-materials"})}
              ${L(e("drying.name"),"name",n?.name,{maxlength:128,hint:e("drying.name_hint")})}
              ${L(e("drying.brand"),"brand",n?.brand,{maxlength:128})}
              ${L(e("drying.colour"),"colour",n?.colour,{maxlength:128})}
              ${L(`${e("drying.weight")} (g)`,"weight_g",n?.weight_g,{type:"number",min:0,max:1e5,step:1,inputmode:"numeric"})}
              ${L(e("drying.opened"),"opened_at",n?.opened_at?Ft(new Date(n.opened_at)):"",{type:"date",max:Ft(new Date)})}
              ${L(e("drying.location"),"location",n?.location,{maxlength:128})}
              ${ht(e("drying.in_printer"),"printer_id",this._editPrinter,[{value:"",label:e("drying.no_printer")},...this._printers.map(a=>({value:a.printer_id,label:a.name}))],{onChange:a=>this._editPrinter=a})}
              ${this._editPrinter?L(e("drying.slot_code"),"slot",n?.slot,{pattern:po,maxlength:3,hint:e("drying.slot_hint")}):y}
              ${L(e("drying.spoolman"),"spoolman_id",n?.spoolman_id,{type:"number",min:1,step:1,inputmode:"numeric",hint:e("drying.spoolman_hint")})}
              ${ht(e("drying.sensor"),"humidity_entity_id",n?.humidity_entity_id??"",[{value:"",label:e("drying.no_sensor")},...r],{full:!0})}
              ${We(e("jobs.notes"),"notes",n?.notes,{maxlength:2e3})}
            </div>
            ${xe("odin-materials",[...this._materials.map(a=>a.material),...di])}
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="spool-form" data-action="submit-spool" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}_materialDialog(e){let s=this._material,n=s&&s!=="new"?s:void 0;return p`<odin-dialog
      .open=${!!s}
      heading=${n?e("drying.edit_material",{material:n.material}):e("drying.add_material")}
      close-label=${e("common.close")}
      data-dialog="material"
      @closed=${()=>this._material=void 0}
    >
      ${s?p`<form id="material-form" novalidate @submit=${r=>this._submitMaterial(r)}>
            <p class="muted small">${e("drying.material_form_help")}</p>
            <div class="form-grid">
              ${n?y:L(e("drying.material"),"material","",{required:!0,maxlength:64,full:!0})}
              ${L(e("drying.max_days"),"max_days",n?.max_days,{type:"number",min:0,max:3650,step:"any",inputmode:"decimal"})}
              ${L(`${e("drying.max_humidity")} (%)`,"max_humidity",n?.max_humidity,{type:"number",min:0,max:100,step:"any",inputmode:"decimal"})}
              ${L(`${e("drying.drying_temp")} (°C)`,"drying_temp_c",n?.drying_temp_c,{type:"number",min:25,max:150,step:1,inputmode:"numeric"})}
              ${L(`${e("drying.drying_hours")} (h)`,"drying_hours",n?.drying_hours,{type:"number",min:0,max:72,step:"any",inputmode:"decimal"})}
            </div>
            ${this._formError?p`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._material=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="material-form" ?disabled=${this._busy}>${e("common.save")}</button>
    </odin-dialog>`}render(){let e=A(this.hass),s=this._spools,n=s?.filter(r=>r.drying?.needs_drying).length??0;return p`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-spools=${s?.length??""} data-needs=${n}>
          ${s?e("drying.summary",{n:C(this.hass,s.length),needs:C(this.hass,n)}):""}
        </div>
        <div class="actions">
          <button class="btn" data-action="add-spool" @click=${()=>this._editSpool("new")}>${E("plus")}${e("drying.add_spool")}</button>
          <button class="btn primary" data-action="log-drying" ?disabled=${!s} @click=${()=>this._openLog()}>
            ${E("drying")}${e("drying.log")}
          </button>
        </div>
      </div>
      ${this._error?p`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?p`<div data-loaded=${this._loading?"false":"true"}>
            ${s.length===0?p`<div class="card center muted" data-empty="spools">${e("drying.no_spools")}</div>`:p`<ul class="tiles spools">${s.map(r=>this._tile(e,r))}</ul>`}
            <div class="section-title"><h2>${e("drying.history_all")}</h2></div>
            ${this._historyTable(e)}
            <div class="section-title"></div>
            ${this._materialsTable(e)}
          </div>`:this._error?y:p`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._logDialog(e)} ${this._spoolDialog(e)} ${this._materialDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};ct.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],ct.prototype,"hass",2),_([w({type:Boolean})],ct.prototype,"narrow",2),_([v()],ct.prototype,"_spools",2),_([v()],ct.prototype,"_sessions",2),_([v()],ct.prototype,"_materials",2),_([v()],ct.prototype,"_printers",2),_([v()],ct.prototype,"_error",2),_([v()],ct.prototype,"_loading",2),_([v()],ct.prototype,"_editing",2),_([v()],ct.prototype,"_editPrinter",2),_([v()],ct.prototype,"_logging",2),_([v()],ct.prototype,"_logTarget",2),_([v()],ct.prototype,"_material",2),_([v()],ct.prototype,"_history",2),_([v()],ct.prototype,"_confirm",2),_([v()],ct.prototype,"_formError",2),_([v()],ct.prototype,"_busy",2);G("odin-drying-page",ct);function Bn(i){switch(i){case"success":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--warning-color, #ffa600)";default:return"var(--secondary-text-color, #727272)"}}function Vn(i,t){return i(`timelapses.outcome.${t??"open"}`)}function $c(i,t){return t>=1024*1024*1024?`${B(i,t/1024**3,1)} GB`:t>=1024*1024?`${B(i,t/1024**2,1)} MB`:`${C(i,Math.max(1,Math.round(t/1024)))} kB`}function qn(i,t){return t<60?`${B(i,t,1)} s`:`${Math.floor(t/60)} min ${String(Math.round(t%60)).padStart(2,"0")} s`}var Ue=class extends I{constructor(){super(...arguments);this.autoplay=!0}render(){let e=this.timelapse;if(!e)return y;let s=A(this.hass),n=e.started_at&&e.ended_at?(new Date(e.ended_at).getTime()-new Date(e.started_at).getTime())/1e3:null,r=n===null?"–":n<60?`< 1 ${s("units.min")}`:$t(n);return p`<div class="player">
        <video
          data-timelapse-id=${e.id}
          src=${e.url}
          poster=${e.poster_url}
          controls
          playsinline
          muted
          loop
          preload="auto"
          ?autoplay=${this.autoplay}
          aria-label=${s("timelapses.video_of",{job:e.job_name??e.file_name??""})}
        ></video>
      </div>
      <dl class="facts">
        <dt>${s("timelapses.printer")}</dt>
        <dd>${e.printer_name??e.printer_id}</dd>
        <dt>${s("timelapses.job")}</dt>
        <dd>${e.job_name??e.file_name??"–"}${e.file_name&&e.job_name?p` <span class="muted">(${e.file_name})</span>`:y}</dd>
        <dt>${s("timelapses.result")}</dt>
        <dd><span class="badge" style="--badge-color:${Bn(e.outcome)}" data-field="outcome">${Vn(s,e.outcome)}</span></dd>
        <dt>${s("timelapses.run")}</dt>
        <dd>${wa(this.hass,e.started_at,e.ended_at)} (${r})</dd>
        <dt>${s("timelapses.video")}</dt>
        <dd>
          ${s("timelapses.video_facts",{length:qn(this.hass,e.seconds),frames:C(this.hass,e.frames),fps:C(this.hass,e.fps),size:$c(this.hass,e.bytes)})}
        </dd>
        <dt>${s("timelapses.kept")}</dt>
        <dd>${e.expires?s("timelapses.kept_until",{date:it(this.hass,e.expires)}):s("timelapses.kept_forever")}</dd>
      </dl>`}};Ue.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],Ue.prototype,"hass",2),_([w({attribute:!1})],Ue.prototype,"timelapse",2),_([w({type:Boolean})],Ue.prototype,"autoplay",2);G("odin-timelapse-player",Ue);var kc=24,mt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.runId=0;this._next=null;this._recording=[];this._printers=[];this._printer="";this._loading=!1;this._runMissing=0;this._started=!1;this._openedRun=0;this._request=0}get _isAdmin(){return!!this.hass?.user?.is_admin}willUpdate(e){e.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(e){this.hass&&(this._started?e.has("_printer")&&this._load(!0):(this._started=!0,_e(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load(!0)),this.runId&&this.runId!==this._openedRun&&(this._openedRun=this.runId,this._openRun(this.runId)))}async _load(e){if(!this.hass)return;let s=++this._request;this._loading=!0;try{let n=await Li(this.hass,{printer_id:this._printer||void 0,before:e?null:this._next,limit:kc});if(s!==this._request)return;this._items=e?n.items:[...this._items??[],...n.items],this._next=n.next,this._recording=n.recording,this._error=void 0}catch(n){s===this._request&&(this._error=Z(A(this.hass),n))}finally{s===this._request&&(this._loading=!1)}}async _openRun(e){if(this.hass)try{let s=await Li(this.hass,{run_id:e,limit:1});s.items[0]?(this._runMissing=0,this._playing=s.items[0]):this._runMissing=e}catch(s){this._error=Z(A(this.hass),s)}}_askDelete(e){let s=A(this.hass),n=e.job_name??e.file_name??`#${e.id}`;this._confirm={heading:s("timelapses.delete_heading"),text:s("timelapses.delete_text",{job:n,printer:e.printer_name??""}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await no(this.hass,e.id),this._playing=void 0,lt(this,s("timelapses.deleted",{job:n})),await this._load(!0))}}}_printerName(e){return this._printers.find(s=>s.printer_id===e)?.name??e}_card(e,s){let n=s.job_name??s.file_name??`#${s.id}`;return p`<li>
      <button class="card tl" data-timelapse-id=${s.id} data-run-id=${s.run_id} aria-label=${e("timelapses.play",{job:n})} @click=${()=>this._playing=s}>
        <div class="thumb">
          <img src=${s.poster_url} alt="" loading="lazy" decoding="async" />
          <span class="play" aria-hidden="true">${E("play")}</span>
          <span class="len">${qn(this.hass,s.seconds)}</span>
        </div>
        <div class="meta">
          <div class="row">
            <span class="name ellipsis">${n}</span>
            <span class="badge" style="--badge-color:${Bn(s.outcome)}">${Vn(e,s.outcome)}</span>
          </div>
          <div class="muted small ellipsis">${s.printer_name??this._printerName(s.printer_id)} · ${it(this.hass,s.ended_at??s.created)}</div>
        </div>
      </button>
    </li>`}_player(e){let s=this._playing,n=s?s.job_name??s.file_name??`#${s.id}`:"";return p`<odin-dialog
      wide
      .open=${!!s}
      heading=${n}
      close-label=${e("common.close")}
      data-dialog="player"
      @closed=${()=>this._playing=void 0}
    >
      ${s?p`<odin-timelapse-player .hass=${this.hass} .timelapse=${s}></odin-timelapse-player>`:y}
      ${s&&!this._isAdmin?p`<p class="muted small admin-note" data-denied="delete">${e("timelapses.admin_delete")}</p>`:y}
      ${s&&this._isAdmin?p`<button slot="actions" class="btn danger" data-action="delete" @click=${()=>this._askDelete(s)}>${E("delete")}${e("common.delete")}</button>`:y}
      ${s?p`<a slot="actions" class="btn" data-action="download" href=${s.url} download=${`${n.replace(/[^\w.-]+/g,"_")}-${s.run_id}.mp4`}
            >${E("download")}${e("timelapses.download")}</a
          >`:y}
      <button slot="actions" class="btn primary" @click=${()=>this._playing=void 0}>${e("common.close")}</button>
    </odin-dialog>`}render(){let e=A(this.hass),s=this._items;return p`
      <section class="card filters">
        <label class="field">
          ${e("timelapses.printer")}
          <select name="printer" @change=${n=>this._printer=n.target.value}>
            <option value="" ?selected=${this._printer===""}>${e("analytics.any")}</option>
            ${this._printers.map(n=>p`<option value=${n.printer_id} ?selected=${n.printer_id===this._printer}>${n.name}</option>`)}
          </select>
        </label>
        <div class="recording" data-recording=${this._recording.length}>
          ${this._recording.length?p`<span class="rec-dot" aria-hidden="true"></span>${e("timelapses.recording",{printers:this._recording.map(n=>this._printerName(n)).join(", ")})}`:p`<span class="muted small">${e("timelapses.not_recording")}</span>`}
        </div>
      </section>
      ${this._runMissing?p`<div class="notice" role="status" data-run-missing=${this._runMissing}>${e("timelapses.run_missing",{run:this._runMissing})}</div>`:y}
      ${this._error?p`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load(!0)}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?s.length===0?p`<div class="card center muted" data-empty="timelapses">${e("timelapses.empty")}</div>`:p`<div data-loaded=${this._loading?"false":"true"}>
              <div class="muted small count" data-count=${s.length}>${e("timelapses.count",{n:C(this.hass,s.length)})}</div>
              <ul class="gallery">${s.map(n=>this._card(e,n))}</ul>
              ${this._next?p`<div class="more">
                    <button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>${e("audit.load_more")}</button>
                  </div>`:y}
            </div>`:this._error?y:p`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._player(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};mt.styles=[X,bt,N`
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
    `],_([w({attribute:!1})],mt.prototype,"hass",2),_([w({type:Boolean})],mt.prototype,"narrow",2),_([w()],mt.prototype,"initialPrinter",2),_([w({type:Number})],mt.prototype,"runId",2),_([v()],mt.prototype,"_items",2),_([v()],mt.prototype,"_next",2),_([v()],mt.prototype,"_recording",2),_([v()],mt.prototype,"_printers",2),_([v()],mt.prototype,"_printer",2),_([v()],mt.prototype,"_error",2),_([v()],mt.prototype,"_loading",2),_([v()],mt.prototype,"_playing",2),_([v()],mt.prototype,"_confirm",2),_([v()],mt.prototype,"_runMissing",2);G("odin-timelapses-page",mt);function ji(i){return i+.5|0}var $e=(i,t,e)=>Math.max(Math.min(i,e),t);function Oi(i){return $e(ji(i*2.55),0,255)}function ke(i){return $e(ji(i*255),0,255)}function re(i){return $e(ji(i/2.55)/100,0,1)}function fo(i){return $e(ji(i*100),0,100)}var Ht={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},Un=[..."0123456789ABCDEF"],wc=i=>Un[i&15],Sc=i=>Un[(i&240)>>4]+Un[i&15],Ds=i=>(i&240)>>4===(i&15),Ac=i=>Ds(i.r)&&Ds(i.g)&&Ds(i.b)&&Ds(i.a);function Mc(i){var t=i.length,e;return i[0]==="#"&&(t===4||t===5?e={r:255&Ht[i[1]]*17,g:255&Ht[i[2]]*17,b:255&Ht[i[3]]*17,a:t===5?Ht[i[4]]*17:255}:(t===7||t===9)&&(e={r:Ht[i[1]]<<4|Ht[i[2]],g:Ht[i[3]]<<4|Ht[i[4]],b:Ht[i[5]]<<4|Ht[i[6]],a:t===9?Ht[i[7]]<<4|Ht[i[8]]:255})),e}var Dc=(i,t)=>i<255?t(i):"";function Pc(i){var t=Ac(i)?wc:Sc;return i?"#"+t(i.r)+t(i.g)+t(i.b)+Dc(i.a,t):void 0}var Tc=/^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;function bo(i,t,e){let s=t*Math.min(e,1-e),n=(r,a=(r+i/30)%12)=>e-s*Math.max(Math.min(a-3,9-a,1),-1);return[n(0),n(8),n(4)]}function zc(i,t,e){let s=(n,r=(n+i/60)%6)=>e-e*t*Math.max(Math.min(r,4-r,1),0);return[s(5),s(3),s(1)]}function Cc(i,t,e){let s=bo(i,1,.5),n;for(t+e>1&&(n=1/(t+e),t*=n,e*=n),n=0;n<3;n++)s[n]*=1-t-e,s[n]+=t;return s}function Ec(i,t,e,s,n){return i===n?(t-e)/s+(t<e?6:0):t===n?(e-i)/s+2:(i-t)/s+4}function Yn(i){let e=i.r/255,s=i.g/255,n=i.b/255,r=Math.max(e,s,n),a=Math.min(e,s,n),o=(r+a)/2,l,d,c;return r!==a&&(c=r-a,d=o>.5?c/(2-r-a):c/(r+a),l=Ec(e,s,n,c,r),l=l*60+.5),[l|0,d||0,o]}function Gn(i,t,e,s){return(Array.isArray(t)?i(t[0],t[1],t[2]):i(t,e,s)).map(ke)}function Zn(i,t,e){return Gn(bo,i,t,e)}function Lc(i,t,e){return Gn(Cc,i,t,e)}function Rc(i,t,e){return Gn(zc,i,t,e)}function yo(i){return(i%360+360)%360}function Oc(i){let t=Tc.exec(i),e=255,s;if(!t)return;t[5]!==s&&(e=t[6]?Oi(+t[5]):ke(+t[5]));let n=yo(+t[2]),r=+t[3]/100,a=+t[4]/100;return t[1]==="hwb"?s=Lc(n,r,a):t[1]==="hsv"?s=Rc(n,r,a):s=Zn(n,r,a),{r:s[0],g:s[1],b:s[2],a:e}}function Fc(i,t){var e=Yn(i);e[0]=yo(e[0]+t),e=Zn(e),i.r=e[0],i.g=e[1],i.b=e[2]}function jc(i){if(!i)return;let t=Yn(i),e=t[0],s=fo(t[1]),n=fo(t[2]);return i.a<255?`hsla(${e}, ${s}%, ${n}%, ${re(i.a)})`:`hsl(${e}, ${s}%, ${n}%)`}var mo={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},go={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};function Ic(){let i={},t=Object.keys(go),e=Object.keys(mo),s,n,r,a,o;for(s=0;s<t.length;s++){for(a=o=t[s],n=0;n<e.length;n++)r=e[n],o=o.replace(r,mo[r]);r=parseInt(go[a],16),i[o]=[r>>16&255,r>>8&255,r&255]}return i}var Ps;function Hc(i){Ps||(Ps=Ic(),Ps.transparent=[0,0,0,0]);let t=Ps[i.toLowerCase()];return t&&{r:t[0],g:t[1],b:t[2],a:t.length===4?t[3]:255}}var Nc=/^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;function Bc(i){let t=Nc.exec(i),e=255,s,n,r;if(t){if(t[7]!==s){let a=+t[7];e=t[8]?Oi(a):$e(a*255,0,255)}return s=+t[1],n=+t[3],r=+t[5],s=255&(t[2]?Oi(s):$e(s,0,255)),n=255&(t[4]?Oi(n):$e(n,0,255)),r=255&(t[6]?Oi(r):$e(r,0,255)),{r:s,g:n,b:r,a:e}}}function Vc(i){return i&&(i.a<255?`rgba(${i.r}, ${i.g}, ${i.b}, ${re(i.a)})`:`rgb(${i.r}, ${i.g}, ${i.b})`)}var Wn=i=>i<=.0031308?i*12.92:Math.pow(i,1/2.4)*1.055-.055,ci=i=>i<=.04045?i/12.92:Math.pow((i+.055)/1.055,2.4);function qc(i,t,e){let s=ci(re(i.r)),n=ci(re(i.g)),r=ci(re(i.b));return{r:ke(Wn(s+e*(ci(re(t.r))-s))),g:ke(Wn(n+e*(ci(re(t.g))-n))),b:ke(Wn(r+e*(ci(re(t.b))-r))),a:i.a+e*(t.a-i.a)}}function Ts(i,t,e){if(i){let s=Yn(i);s[t]=Math.max(0,Math.min(s[t]+s[t]*e,t===0?360:1)),s=Zn(s),i.r=s[0],i.g=s[1],i.b=s[2]}}function xo(i,t){return i&&Object.assign(t||{},i)}function _o(i){var t={r:0,g:0,b:0,a:255};return Array.isArray(i)?i.length>=3&&(t={r:i[0],g:i[1],b:i[2],a:255},i.length>3&&(t.a=ke(i[3]))):(t=xo(i,{r:0,g:0,b:0,a:1}),t.a=ke(t.a)),t}function Wc(i){return i.charAt(0)==="r"?Bc(i):Oc(i)}var Fi=class i{constructor(t){if(t instanceof i)return t;let e=typeof t,s;e==="object"?s=_o(t):e==="string"&&(s=Mc(t)||Hc(t)||Wc(t)),this._rgb=s,this._valid=!!s}get valid(){return this._valid}get rgb(){var t=xo(this._rgb);return t&&(t.a=re(t.a)),t}set rgb(t){this._rgb=_o(t)}rgbString(){return this._valid?Vc(this._rgb):void 0}hexString(){return this._valid?Pc(this._rgb):void 0}hslString(){return this._valid?jc(this._rgb):void 0}mix(t,e){if(t){let s=this.rgb,n=t.rgb,r,a=e===r?.5:e,o=2*a-1,l=s.a-n.a,d=((o*l===-1?o:(o+l)/(1+o*l))+1)/2;r=1-d,s.r=255&d*s.r+r*n.r+.5,s.g=255&d*s.g+r*n.g+.5,s.b=255&d*s.b+r*n.b+.5,s.a=a*s.a+(1-a)*n.a,this.rgb=s}return this}interpolate(t,e){return t&&(this._rgb=qc(this._rgb,t._rgb,e)),this}clone(){return new i(this.rgb)}alpha(t){return this._rgb.a=ke(t),this}clearer(t){let e=this._rgb;return e.a*=1-t,this}greyscale(){let t=this._rgb,e=ji(t.r*.3+t.g*.59+t.b*.11);return t.r=t.g=t.b=e,this}opaquer(t){let e=this._rgb;return e.a*=1+t,this}negate(){let t=this._rgb;return t.r=255-t.r,t.g=255-t.g,t.b=255-t.b,this}lighten(t){return Ts(this._rgb,2,t),this}darken(t){return Ts(this._rgb,2,-t),this}saturate(t){return Ts(this._rgb,1,t),this}desaturate(t){return Ts(this._rgb,1,-t),this}rotate(t){return Fc(this._rgb,t),this}};function Jt(){}var zo=(()=>{let i=0;return()=>i++})();function H(i){return i==null}function tt(i){if(Array.isArray&&Array.isArray(i))return!0;let t=Object.prototype.toString.call(i);return t.slice(0,7)==="[object"&&t.slice(-6)==="Array]"}function V(i){return i!==null&&Object.prototype.toString.call(i)==="[object Object]"}function ft(i){return(typeof i=="number"||i instanceof Number)&&isFinite(+i)}function Tt(i,t){return ft(i)?i:t}function O(i,t){return typeof i>"u"?t:i}var Co=(i,t)=>typeof i=="string"&&i.endsWith("%")?parseFloat(i)/100*t:+i;function J(i,t,e){if(i&&typeof i.call=="function")return i.apply(e,t)}function Y(i,t,e,s){let n,r,a;if(tt(i))if(r=i.length,s)for(n=r-1;n>=0;n--)t.call(e,i[n],n);else for(n=0;n<r;n++)t.call(e,i[n],n);else if(V(i))for(a=Object.keys(i),r=a.length,n=0;n<r;n++)t.call(e,i[a[n]],a[n])}function Ni(i,t){let e,s,n,r;if(!i||!t||i.length!==t.length)return!1;for(e=0,s=i.length;e<s;++e)if(n=i[e],r=t[e],n.datasetIndex!==r.datasetIndex||n.index!==r.index)return!1;return!0}function Ls(i){if(tt(i))return i.map(Ls);if(V(i)){let t=Object.create(null),e=Object.keys(i),s=e.length,n=0;for(;n<s;++n)t[e[n]]=Ls(i[e[n]]);return t}return i}function Eo(i){return["__proto__","prototype","constructor"].indexOf(i)===-1}function Uc(i,t,e,s){if(!Eo(i))return;let n=t[i],r=e[i];V(n)&&V(r)?ui(n,r,s):t[i]=Ls(r)}function ui(i,t,e){let s=tt(t)?t:[t],n=s.length;if(!V(i))return i;e=e||{};let r=e.merger||Uc,a;for(let o=0;o<n;++o){if(a=s[o],!V(a))continue;let l=Object.keys(a);for(let d=0,c=l.length;d<c;++d)r(l[d],i,a,e)}return i}function fi(i,t){return ui(i,t,{merger:Yc})}function Yc(i,t,e){if(!Eo(i))return;let s=t[i],n=e[i];V(s)&&V(n)?fi(s,n):Object.prototype.hasOwnProperty.call(t,i)||(t[i]=Ls(n))}var vo={"":i=>i,x:i=>i.x,y:i=>i.y};function Gc(i){let t=i.split("."),e=[],s="";for(let n of t)s+=n,s.endsWith("\\")?s=s.slice(0,-1)+".":(e.push(s),s="");return e}function Zc(i){let t=Gc(i);return e=>{for(let s of t){if(s==="")break;e=e&&e[s]}return e}}function Xe(i,t){return(vo[t]||(vo[t]=Zc(t)))(i)}function js(i){return i.charAt(0).toUpperCase()+i.slice(1)}var mi=i=>typeof i<"u",ae=i=>typeof i=="function",Qn=(i,t)=>{if(i.size!==t.size)return!1;for(let e of i)if(!t.has(e))return!1;return!0};function Lo(i){return i.type==="mouseup"||i.type==="click"||i.type==="contextmenu"}var pt=Math.PI,Lt=2*pt,Xc=Lt+pt,Rs=Number.POSITIVE_INFINITY,Kc=pt/180,Dt=pt/2,Ye=pt/4,$o=pt*2/3,oe=Math.log10,Yt=Math.sign;function gi(i,t,e){return Math.abs(i-t)<e}function tr(i){let t=Math.round(i);i=gi(i,t,i/1e3)?t:i;let e=Math.pow(10,Math.floor(oe(i))),s=i/e;return(s<=1?1:s<=2?2:s<=5?5:10)*e}function Ro(i){let t=[],e=Math.sqrt(i),s;for(s=1;s<e;s++)i%s===0&&(t.push(s),t.push(i/s));return e===(e|0)&&t.push(e),t.sort((n,r)=>n-r).pop(),t}function Jc(i){return typeof i=="symbol"||typeof i=="object"&&i!==null&&!(Symbol.toPrimitive in i||"toString"in i||"valueOf"in i)}function _i(i){return!Jc(i)&&!isNaN(parseFloat(i))&&isFinite(i)}function Oo(i,t){let e=Math.round(i);return e-t<=i&&e+t>=i}function er(i,t,e){let s,n,r;for(s=0,n=i.length;s<n;s++)r=i[s][e],isNaN(r)||(t.min=Math.min(t.min,r),t.max=Math.max(t.max,r))}function le(i){return i*(pt/180)}function Is(i){return i*(180/pt)}function ir(i){if(!ft(i))return;let t=1,e=0;for(;Math.round(i*t)/t!==i;)t*=10,e++;return e}function Fo(i,t){let e=t.x-i.x,s=t.y-i.y,n=Math.sqrt(e*e+s*s),r=Math.atan2(s,e);return r<-.5*pt&&(r+=Lt),{angle:r,distance:n}}function Os(i,t){return Math.sqrt(Math.pow(t.x-i.x,2)+Math.pow(t.y-i.y,2))}function Qc(i,t){return(i-t+Xc)%Lt-pt}function Nt(i){return(i%Lt+Lt)%Lt}function sr(i,t,e,s){let n=Nt(i),r=Nt(t),a=Nt(e),o=Nt(r-n),l=Nt(a-n),d=Nt(n-r),c=Nt(n-a);return n===r||n===a||s&&r===a||o>l&&d<c}function Pt(i,t,e){return Math.max(t,Math.min(e,i))}function jo(i){return Pt(i,-32768,32767)}function Me(i,t,e,s=1e-6){return i>=Math.min(t,e)-s&&i<=Math.max(t,e)+s}function Hs(i,t,e){e=e||(a=>i[a]<t);let s=i.length-1,n=0,r;for(;s-n>1;)r=n+s>>1,e(r)?n=r:s=r;return{lo:n,hi:s}}var Se=(i,t,e,s)=>Hs(i,e,s?n=>{let r=i[n][t];return r<e||r===e&&i[n+1][t]===e}:n=>i[n][t]<e),Io=(i,t,e)=>Hs(i,e,s=>i[s][t]>=e);function Ho(i,t,e){let s=0,n=i.length;for(;s<n&&i[s]<t;)s++;for(;n>s&&i[n-1]>e;)n--;return s>0||n<i.length?i.slice(s,n):i}var No=["push","pop","shift","splice","unshift"];function Bo(i,t){if(i._chartjs){i._chartjs.listeners.push(t);return}Object.defineProperty(i,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[t]}}),No.forEach(e=>{let s="_onData"+js(e),n=i[e];Object.defineProperty(i,e,{configurable:!0,enumerable:!1,value(...r){let a=n.apply(this,r);return i._chartjs.listeners.forEach(o=>{typeof o[s]=="function"&&o[s](...r)}),a}})})}function nr(i,t){let e=i._chartjs;if(!e)return;let s=e.listeners,n=s.indexOf(t);n!==-1&&s.splice(n,1),!(s.length>0)&&(No.forEach(r=>{delete i[r]}),delete i._chartjs)}function rr(i){let t=new Set(i);return t.size===i.length?i:Array.from(t)}var ar=(function(){return typeof window>"u"?function(i){return i()}:window.requestAnimationFrame})();function or(i,t){let e=[],s=!1;return function(...n){e=n,s||(s=!0,ar.call(window,()=>{s=!1,i.apply(t,e)}))}}function Vo(i,t){let e;return function(...s){return t?(clearTimeout(e),e=setTimeout(i,t,s)):i.apply(this,s),t}}var lr=i=>i==="start"?"left":i==="end"?"right":"center",zt=(i,t,e)=>i==="start"?t:i==="end"?e:(t+e)/2,qo=(i,t,e,s)=>i===(s?"left":"right")?e:i==="center"?(t+e)/2:t;function Wo(i,t,e){let s=t.length,n=0,r=s;if(i._sorted){let{iScale:a,vScale:o,_parsed:l}=i,d=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null,c=a.axis,{min:h,max:u,minDefined:f,maxDefined:g}=a.getUserBounds();if(f){if(n=Math.min(Se(l,c,h).lo,e?s:Se(t,c,a.getPixelForValue(h)).lo),d){let m=l.slice(0,n+1).reverse().findIndex(b=>!H(b[o.axis]));n-=Math.max(0,m)}n=Pt(n,0,s-1)}if(g){let m=Math.max(Se(l,a.axis,u,!0).hi+1,e?0:Se(t,c,a.getPixelForValue(u),!0).hi+1);if(d){let b=l.slice(m-1).findIndex(x=>!H(x[o.axis]));m+=Math.max(0,b)}r=Pt(m,n,s)-n}else r=s-n}return{start:n,count:r}}function Uo(i){let{xScale:t,yScale:e,_scaleRanges:s}=i,n={xmin:t.min,xmax:t.max,ymin:e.min,ymax:e.max};if(!s)return i._scaleRanges=n,!0;let r=s.xmin!==t.min||s.xmax!==t.max||s.ymin!==e.min||s.ymax!==e.max;return Object.assign(s,n),r}var zs=i=>i===0||i===1,ko=(i,t,e)=>-(Math.pow(2,10*(i-=1))*Math.sin((i-t)*Lt/e)),wo=(i,t,e)=>Math.pow(2,-10*i)*Math.sin((i-t)*Lt/e)+1,hi={linear:i=>i,easeInQuad:i=>i*i,easeOutQuad:i=>-i*(i-2),easeInOutQuad:i=>(i/=.5)<1?.5*i*i:-.5*(--i*(i-2)-1),easeInCubic:i=>i*i*i,easeOutCubic:i=>(i-=1)*i*i+1,easeInOutCubic:i=>(i/=.5)<1?.5*i*i*i:.5*((i-=2)*i*i+2),easeInQuart:i=>i*i*i*i,easeOutQuart:i=>-((i-=1)*i*i*i-1),easeInOutQuart:i=>(i/=.5)<1?.5*i*i*i*i:-.5*((i-=2)*i*i*i-2),easeInQuint:i=>i*i*i*i*i,easeOutQuint:i=>(i-=1)*i*i*i*i+1,easeInOutQuint:i=>(i/=.5)<1?.5*i*i*i*i*i:.5*((i-=2)*i*i*i*i+2),easeInSine:i=>-Math.cos(i*Dt)+1,easeOutSine:i=>Math.sin(i*Dt),easeInOutSine:i=>-.5*(Math.cos(pt*i)-1),easeInExpo:i=>i===0?0:Math.pow(2,10*(i-1)),easeOutExpo:i=>i===1?1:-Math.pow(2,-10*i)+1,easeInOutExpo:i=>zs(i)?i:i<.5?.5*Math.pow(2,10*(i*2-1)):.5*(-Math.pow(2,-10*(i*2-1))+2),easeInCirc:i=>i>=1?i:-(Math.sqrt(1-i*i)-1),easeOutCirc:i=>Math.sqrt(1-(i-=1)*i),easeInOutCirc:i=>(i/=.5)<1?-.5*(Math.sqrt(1-i*i)-1):.5*(Math.sqrt(1-(i-=2)*i)+1),easeInElastic:i=>zs(i)?i:ko(i,.075,.3),easeOutElastic:i=>zs(i)?i:wo(i,.075,.3),easeInOutElastic(i){return zs(i)?i:i<.5?.5*ko(i*2,.1125,.45):.5+.5*wo(i*2-1,.1125,.45)},easeInBack(i){return i*i*((1.70158+1)*i-1.70158)},easeOutBack(i){return(i-=1)*i*((1.70158+1)*i+1.70158)+1},easeInOutBack(i){let t=1.70158;return(i/=.5)<1?.5*(i*i*(((t*=1.525)+1)*i-t)):.5*((i-=2)*i*(((t*=1.525)+1)*i+t)+2)},easeInBounce:i=>1-hi.easeOutBounce(1-i),easeOutBounce(i){return i<1/2.75?7.5625*i*i:i<2/2.75?7.5625*(i-=1.5/2.75)*i+.75:i<2.5/2.75?7.5625*(i-=2.25/2.75)*i+.9375:7.5625*(i-=2.625/2.75)*i+.984375},easeInOutBounce:i=>i<.5?hi.easeInBounce(i*2)*.5:hi.easeOutBounce(i*2-1)*.5+.5};function dr(i){if(i&&typeof i=="object"){let t=i.toString();return t==="[object CanvasPattern]"||t==="[object CanvasGradient]"}return!1}function cr(i){return dr(i)?i:new Fi(i)}function Xn(i){return dr(i)?i:new Fi(i).saturate(.5).darken(.1).hexString()}var th=["x","y","borderWidth","radius","tension"],eh=["color","borderColor","backgroundColor"];function ih(i){i.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),i.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:t=>t!=="onProgress"&&t!=="onComplete"&&t!=="fn"}),i.set("animations",{colors:{type:"color",properties:eh},numbers:{type:"number",properties:th}}),i.describe("animations",{_fallback:"animation"}),i.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:t=>t|0}}}})}function sh(i){i.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})}var So=new Map;function nh(i,t){t=t||{};let e=i+JSON.stringify(t),s=So.get(e);return s||(s=new Intl.NumberFormat(i,t),So.set(e,s)),s}function Ns(i,t,e){return nh(t,e).format(i)}var Yo={values(i){return tt(i)?i:""+i},numeric(i,t,e){if(i===0)return"0";let s=this.chart.options.locale,n,r=i;if(e.length>1){let d=Math.max(Math.abs(e[0].value),Math.abs(e[e.length-1].value));(d<1e-4||d>1e15)&&(n="scientific"),r=rh(i,e)}let a=oe(Math.abs(r)),o=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:n,minimumFractionDigits:o,maximumFractionDigits:o};return Object.assign(l,this.options.ticks.format),Ns(i,s,l)},logarithmic(i,t,e){if(i===0)return"0";let s=e[t].significand||i/Math.pow(10,Math.floor(oe(i)));return[1,2,3,5,10,15].includes(s)||t>.8*e.length?Yo.numeric.call(this,i,t,e):""}};function rh(i,t){let e=t.length>3?t[2].value-t[1].value:t[1].value-t[0].value;return Math.abs(e)>=1&&i!==Math.floor(i)&&(e=i-Math.floor(i)),e}var Bi={formatters:Yo};function ah(i){i.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(t,e)=>e.lineWidth,tickColor:(t,e)=>e.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:Bi.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),i.route("scale.ticks","color","","color"),i.route("scale.grid","color","","borderColor"),i.route("scale.border","color","","borderColor"),i.route("scale.title","color","","color"),i.describe("scale",{_fallback:!1,_scriptable:t=>!t.startsWith("before")&&!t.startsWith("after")&&t!=="callback"&&t!=="parser",_indexable:t=>t!=="borderDash"&&t!=="tickBorderDash"&&t!=="dash"}),i.describe("scales",{_fallback:"scale"}),i.describe("scale.ticks",{_scriptable:t=>t!=="backdropPadding"&&t!=="callback",_indexable:t=>t!=="backdropPadding"})}var De=Object.create(null),Bs=Object.create(null);function Ii(i,t){if(!t)return i;let e=t.split(".");for(let s=0,n=e.length;s<n;++s){let r=e[s];i=i[r]||(i[r]=Object.create(null))}return i}function Kn(i,t,e){return typeof t=="string"?ui(Ii(i,t),e):ui(Ii(i,""),t)}var Jn=class{constructor(t,e){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=s=>s.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(s,n)=>Xn(n.backgroundColor),this.hoverBorderColor=(s,n)=>Xn(n.borderColor),this.hoverColor=(s,n)=>Xn(n.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(t),this.apply(e)}set(t,e){return Kn(this,t,e)}get(t){return Ii(this,t)}describe(t,e){return Kn(Bs,t,e)}override(t,e){return Kn(De,t,e)}route(t,e,s,n){let r=Ii(this,t),a=Ii(this,s),o="_"+e;Object.defineProperties(r,{[o]:{value:r[e],writable:!0},[e]:{enumerable:!0,get(){let l=this[o],d=a[n];return V(l)?Object.assign({},d,l):O(l,d)},set(l){this[o]=l}}})}apply(t){t.forEach(e=>e(this))}},nt=new Jn({_scriptable:i=>!i.startsWith("on"),_indexable:i=>i!=="events",hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[ih,sh,ah]);function oh(i){return!i||H(i.size)||H(i.family)?null:(i.style?i.style+" ":"")+(i.weight?i.weight+" ":"")+i.size+"px "+i.family}function Hi(i,t,e,s,n){let r=t[n];return r||(r=t[n]=i.measureText(n).width,e.push(n)),r>s&&(s=r),s}function Go(i,t,e,s){s=s||{};let n=s.data=s.data||{},r=s.garbageCollect=s.garbageCollect||[];s.font!==t&&(n=s.data={},r=s.garbageCollect=[],s.font=t),i.save(),i.font=t;let a=0,o=e.length,l,d,c,h,u;for(l=0;l<o;l++)if(h=e[l],h!=null&&!tt(h))a=Hi(i,n,r,a,h);else if(tt(h))for(d=0,c=h.length;d<c;d++)u=h[d],u!=null&&!tt(u)&&(a=Hi(i,n,r,a,u));i.restore();let f=r.length/2;if(f>e.length){for(l=0;l<f;l++)delete n[r[l]];r.splice(0,f)}return a}function Pe(i,t,e){let s=i.currentDevicePixelRatio,n=e!==0?Math.max(e/2,.5):0;return Math.round((t-n)*s)/s+n}function hr(i,t){!t&&!i||(t=t||i.getContext("2d"),t.save(),t.resetTransform(),t.clearRect(0,0,i.width,i.height),t.restore())}function Vs(i,t,e,s){ur(i,t,e,s,null)}function ur(i,t,e,s,n){let r,a,o,l,d,c,h,u,f=t.pointStyle,g=t.rotation,m=t.radius,b=(g||0)*Kc;if(f&&typeof f=="object"&&(r=f.toString(),r==="[object HTMLImageElement]"||r==="[object HTMLCanvasElement]")){i.save(),i.translate(e,s),i.rotate(b),i.drawImage(f,-f.width/2,-f.height/2,f.width,f.height),i.restore();return}if(!(isNaN(m)||m<=0)){switch(i.beginPath(),f){default:n?i.ellipse(e,s,n/2,m,0,0,Lt):i.arc(e,s,m,0,Lt),i.closePath();break;case"triangle":c=n?n/2:m,i.moveTo(e+Math.sin(b)*c,s-Math.cos(b)*m),b+=$o,i.lineTo(e+Math.sin(b)*c,s-Math.cos(b)*m),b+=$o,i.lineTo(e+Math.sin(b)*c,s-Math.cos(b)*m),i.closePath();break;case"rectRounded":d=m*.516,l=m-d,a=Math.cos(b+Ye)*l,h=Math.cos(b+Ye)*(n?n/2-d:l),o=Math.sin(b+Ye)*l,u=Math.sin(b+Ye)*(n?n/2-d:l),i.arc(e-h,s-o,d,b-pt,b-Dt),i.arc(e+u,s-a,d,b-Dt,b),i.arc(e+h,s+o,d,b,b+Dt),i.arc(e-u,s+a,d,b+Dt,b+pt),i.closePath();break;case"rect":if(!g){l=Math.SQRT1_2*m,c=n?n/2:l,i.rect(e-c,s-l,2*c,2*l);break}b+=Ye;case"rectRot":h=Math.cos(b)*(n?n/2:m),a=Math.cos(b)*m,o=Math.sin(b)*m,u=Math.sin(b)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+u,s-a),i.lineTo(e+h,s+o),i.lineTo(e-u,s+a),i.closePath();break;case"crossRot":b+=Ye;case"cross":h=Math.cos(b)*(n?n/2:m),a=Math.cos(b)*m,o=Math.sin(b)*m,u=Math.sin(b)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"star":h=Math.cos(b)*(n?n/2:m),a=Math.cos(b)*m,o=Math.sin(b)*m,u=Math.sin(b)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a),b+=Ye,h=Math.cos(b)*(n?n/2:m),a=Math.cos(b)*m,o=Math.sin(b)*m,u=Math.sin(b)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"line":a=n?n/2:Math.cos(b)*m,o=Math.sin(b)*m,i.moveTo(e-a,s-o),i.lineTo(e+a,s+o);break;case"dash":i.moveTo(e,s),i.lineTo(e+Math.cos(b)*(n?n/2:m),s+Math.sin(b)*m);break;case!1:i.closePath();break}i.fill(),t.borderWidth>0&&i.stroke()}}function Kt(i,t,e){return e=e||.5,!t||i&&i.x>t.left-e&&i.x<t.right+e&&i.y>t.top-e&&i.y<t.bottom+e}function qs(i,t){i.save(),i.beginPath(),i.rect(t.left,t.top,t.right-t.left,t.bottom-t.top),i.clip()}function Ws(i){i.restore()}function Zo(i,t,e,s,n){if(!t)return i.lineTo(e.x,e.y);if(n==="middle"){let r=(t.x+e.x)/2;i.lineTo(r,t.y),i.lineTo(r,e.y)}else n==="after"!=!!s?i.lineTo(t.x,e.y):i.lineTo(e.x,t.y);i.lineTo(e.x,e.y)}function Xo(i,t,e,s){if(!t)return i.lineTo(e.x,e.y);i.bezierCurveTo(s?t.cp1x:t.cp2x,s?t.cp1y:t.cp2y,s?e.cp2x:e.cp1x,s?e.cp2y:e.cp1y,e.x,e.y)}function lh(i,t){t.translation&&i.translate(t.translation[0],t.translation[1]),H(t.rotation)||i.rotate(t.rotation),t.color&&(i.fillStyle=t.color),t.textAlign&&(i.textAlign=t.textAlign),t.textBaseline&&(i.textBaseline=t.textBaseline)}function dh(i,t,e,s,n){if(n.strikethrough||n.underline){let r=i.measureText(s),a=t-r.actualBoundingBoxLeft,o=t+r.actualBoundingBoxRight,l=e-r.actualBoundingBoxAscent,d=e+r.actualBoundingBoxDescent,c=n.strikethrough?(l+d)/2:d;i.strokeStyle=i.fillStyle,i.beginPath(),i.lineWidth=n.decorationWidth||2,i.moveTo(a,c),i.lineTo(o,c),i.stroke()}}function ch(i,t){let e=i.fillStyle;i.fillStyle=t.color,i.fillRect(t.left,t.top,t.width,t.height),i.fillStyle=e}function Ke(i,t,e,s,n,r={}){let a=tt(t)?t:[t],o=r.strokeWidth>0&&r.strokeColor!=="",l,d;for(i.save(),i.font=n.string,lh(i,r),l=0;l<a.length;++l)d=a[l],r.backdrop&&ch(i,r.backdrop),o&&(r.strokeColor&&(i.strokeStyle=r.strokeColor),H(r.strokeWidth)||(i.lineWidth=r.strokeWidth),i.strokeText(d,e,s,r.maxWidth)),i.fillText(d,e,s,r.maxWidth),dh(i,e,s,d,r),s+=Number(n.lineHeight);i.restore()}function bi(i,t){let{x:e,y:s,w:n,h:r,radius:a}=t;i.arc(e+a.topLeft,s+a.topLeft,a.topLeft,1.5*pt,pt,!0),i.lineTo(e,s+r-a.bottomLeft),i.arc(e+a.bottomLeft,s+r-a.bottomLeft,a.bottomLeft,pt,Dt,!0),i.lineTo(e+n-a.bottomRight,s+r),i.arc(e+n-a.bottomRight,s+r-a.bottomRight,a.bottomRight,Dt,0,!0),i.lineTo(e+n,s+a.topRight),i.arc(e+n-a.topRight,s+a.topRight,a.topRight,0,-Dt,!0),i.lineTo(e+a.topLeft,s)}var hh=/^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/,uh=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function ph(i,t){let e=(""+i).match(hh);if(!e||e[1]==="normal")return t*1.2;switch(i=+e[2],e[3]){case"px":return i;case"%":i/=100;break}return t*i}var fh=i=>+i||0;function pr(i,t){let e={},s=V(t),n=s?Object.keys(t):t,r=V(i)?s?a=>O(i[a],i[t[a]]):a=>i[a]:()=>i;for(let a of n)e[a]=fh(r(a));return e}function fr(i){return pr(i,{top:"y",right:"x",bottom:"y",left:"x"})}function Te(i){return pr(i,["topLeft","topRight","bottomLeft","bottomRight"])}function kt(i){let t=fr(i);return t.width=t.left+t.right,t.height=t.top+t.bottom,t}function gt(i,t){i=i||{},t=t||nt.font;let e=O(i.size,t.size);typeof e=="string"&&(e=parseInt(e,10));let s=O(i.style,t.style);s&&!(""+s).match(uh)&&(console.warn('Invalid font style specified: "'+s+'"'),s=void 0);let n={family:O(i.family,t.family),lineHeight:ph(O(i.lineHeight,t.lineHeight),e),size:e,style:s,weight:O(i.weight,t.weight),string:""};return n.string=oh(n),n}function Vi(i,t,e,s){let n=!0,r,a,o;for(r=0,a=i.length;r<a;++r)if(o=i[r],o!==void 0&&(t!==void 0&&typeof o=="function"&&(o=o(t),n=!1),e!==void 0&&tt(o)&&(o=o[e%o.length],n=!1),o!==void 0))return s&&!n&&(s.cacheable=!1),o}function Ko(i,t,e){let{min:s,max:n}=i,r=Co(t,(n-s)/2),a=(o,l)=>e&&o===0?0:o+l;return{min:a(s,-Math.abs(r)),max:a(n,r)}}function de(i,t){return Object.assign(Object.create(i),t)}function Us(i,t=[""],e,s,n=()=>i[0]){let r=e||i;typeof s>"u"&&(s=tl("_fallback",i));let a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:i,_rootScopes:r,_fallback:s,_getTarget:n,override:o=>Us([o,...i],t,r,s)};return new Proxy(a,{deleteProperty(o,l){return delete o[l],delete o._keys,delete i[0][l],!0},get(o,l){return Jo(o,l,()=>$h(l,t,i,o))},getOwnPropertyDescriptor(o,l){return Reflect.getOwnPropertyDescriptor(o._scopes[0],l)},getPrototypeOf(){return Reflect.getPrototypeOf(i[0])},has(o,l){return Mo(o).includes(l)},ownKeys(o){return Mo(o)},set(o,l,d){let c=o._storage||(o._storage=n());return o[l]=c[l]=d,delete o._keys,!0}})}function Ze(i,t,e,s){let n={_cacheable:!1,_proxy:i,_context:t,_subProxy:e,_stack:new Set,_descriptors:mr(i,s),setContext:r=>Ze(i,r,e,s),override:r=>Ze(i.override(r),t,e,s)};return new Proxy(n,{deleteProperty(r,a){return delete r[a],delete i[a],!0},get(r,a,o){return Jo(r,a,()=>gh(r,a,o))},getOwnPropertyDescriptor(r,a){return r._descriptors.allKeys?Reflect.has(i,a)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(i,a)},getPrototypeOf(){return Reflect.getPrototypeOf(i)},has(r,a){return Reflect.has(i,a)},ownKeys(){return Reflect.ownKeys(i)},set(r,a,o){return i[a]=o,delete r[a],!0}})}function mr(i,t={scriptable:!0,indexable:!0}){let{_scriptable:e=t.scriptable,_indexable:s=t.indexable,_allKeys:n=t.allKeys}=i;return{allKeys:n,scriptable:e,indexable:s,isScriptable:ae(e)?e:()=>e,isIndexable:ae(s)?s:()=>s}}var mh=(i,t)=>i?i+js(t):t,gr=(i,t)=>V(t)&&i!=="adapters"&&(Object.getPrototypeOf(t)===null||t.constructor===Object);function Jo(i,t,e){if(Object.prototype.hasOwnProperty.call(i,t)||t==="constructor")return i[t];let s=e();return i[t]=s,s}function gh(i,t,e){let{_proxy:s,_context:n,_subProxy:r,_descriptors:a}=i,o=s[t];return ae(o)&&a.isScriptable(t)&&(o=_h(t,o,i,e)),tt(o)&&o.length&&(o=bh(t,o,i,a.isIndexable)),gr(t,o)&&(o=Ze(o,n,r&&r[t],a)),o}function _h(i,t,e,s){let{_proxy:n,_context:r,_subProxy:a,_stack:o}=e;if(o.has(i))throw new Error("Recursion detected: "+Array.from(o).join("->")+"->"+i);o.add(i);let l=t(r,a||s);return o.delete(i),gr(i,l)&&(l=_r(n._scopes,n,i,l)),l}function bh(i,t,e,s){let{_proxy:n,_context:r,_subProxy:a,_descriptors:o}=e;if(typeof r.index<"u"&&s(i))return t[r.index%t.length];if(V(t[0])){let l=t,d=n._scopes.filter(c=>c!==l);t=[];for(let c of l){let h=_r(d,n,i,c);t.push(Ze(h,r,a&&a[i],o))}}return t}function Qo(i,t,e){return ae(i)?i(t,e):i}var yh=(i,t)=>i===!0?t:typeof i=="string"?Xe(t,i):void 0;function xh(i,t,e,s,n){for(let r of t){let a=yh(e,r);if(a){i.add(a);let o=Qo(a._fallback,e,n);if(typeof o<"u"&&o!==e&&o!==s)return o}else if(a===!1&&typeof s<"u"&&e!==s)return null}return!1}function _r(i,t,e,s){let n=t._rootScopes,r=Qo(t._fallback,e,s),a=[...i,...n],o=new Set;o.add(s);let l=Ao(o,a,e,r||e,s);return l===null||typeof r<"u"&&r!==e&&(l=Ao(o,a,r,l,s),l===null)?!1:Us(Array.from(o),[""],n,r,()=>vh(t,e,s))}function Ao(i,t,e,s,n){for(;e;)e=xh(i,t,e,s,n);return e}function vh(i,t,e){let s=i._getTarget();t in s||(s[t]={});let n=s[t];return tt(n)&&V(e)?e:n||{}}function $h(i,t,e,s){let n;for(let r of t)if(n=tl(mh(r,i),e),typeof n<"u")return gr(i,n)?_r(e,s,i,n):n}function tl(i,t){for(let e of t){if(!e)continue;let s=e[i];if(typeof s<"u")return s}}function Mo(i){let t=i._keys;return t||(t=i._keys=kh(i._scopes)),t}function kh(i){let t=new Set;for(let e of i)for(let s of Object.keys(e).filter(n=>!n.startsWith("_")))t.add(s);return Array.from(t)}var wh=Number.EPSILON||1e-14,pi=(i,t)=>t<i.length&&!i[t].skip&&i[t],el=i=>i==="x"?"y":"x";function Sh(i,t,e,s){let n=i.skip?t:i,r=t,a=e.skip?t:e,o=Os(r,n),l=Os(a,r),d=o/(o+l),c=l/(o+l);d=isNaN(d)?0:d,c=isNaN(c)?0:c;let h=s*d,u=s*c;return{previous:{x:r.x-h*(a.x-n.x),y:r.y-h*(a.y-n.y)},next:{x:r.x+u*(a.x-n.x),y:r.y+u*(a.y-n.y)}}}function Ah(i,t,e){let s=i.length,n,r,a,o,l,d=pi(i,0);for(let c=0;c<s-1;++c)if(l=d,d=pi(i,c+1),!(!l||!d)){if(gi(t[c],0,wh)){e[c]=e[c+1]=0;continue}n=e[c]/t[c],r=e[c+1]/t[c],o=Math.pow(n,2)+Math.pow(r,2),!(o<=9)&&(a=3/Math.sqrt(o),e[c]=n*a*t[c],e[c+1]=r*a*t[c])}}function Mh(i,t,e="x"){let s=el(e),n=i.length,r,a,o,l=pi(i,0);for(let d=0;d<n;++d){if(a=o,o=l,l=pi(i,d+1),!o)continue;let c=o[e],h=o[s];a&&(r=(c-a[e])/3,o[`cp1${e}`]=c-r,o[`cp1${s}`]=h-r*t[d]),l&&(r=(l[e]-c)/3,o[`cp2${e}`]=c+r,o[`cp2${s}`]=h+r*t[d])}}function Dh(i,t="x"){let e=el(t),s=i.length,n=Array(s).fill(0),r=Array(s),a,o,l,d=pi(i,0);for(a=0;a<s;++a)if(o=l,l=d,d=pi(i,a+1),!!l){if(d){let c=d[t]-l[t];n[a]=c!==0?(d[e]-l[e])/c:0}r[a]=o?d?Yt(n[a-1])!==Yt(n[a])?0:(n[a-1]+n[a])/2:n[a-1]:n[a]}Ah(i,n,r),Mh(i,r,t)}function Cs(i,t,e){return Math.max(Math.min(i,e),t)}function Ph(i,t){let e,s,n,r,a,o=Kt(i[0],t);for(e=0,s=i.length;e<s;++e)a=r,r=o,o=e<s-1&&Kt(i[e+1],t),r&&(n=i[e],a&&(n.cp1x=Cs(n.cp1x,t.left,t.right),n.cp1y=Cs(n.cp1y,t.top,t.bottom)),o&&(n.cp2x=Cs(n.cp2x,t.left,t.right),n.cp2y=Cs(n.cp2y,t.top,t.bottom)))}function il(i,t,e,s,n){let r,a,o,l;if(t.spanGaps&&(i=i.filter(d=>!d.skip)),t.cubicInterpolationMode==="monotone")Dh(i,n);else{let d=s?i[i.length-1]:i[0];for(r=0,a=i.length;r<a;++r)o=i[r],l=Sh(d,o,i[Math.min(r+1,a-(s?0:1))%a],t.tension),o.cp1x=l.previous.x,o.cp1y=l.previous.y,o.cp2x=l.next.x,o.cp2y=l.next.y,d=o}t.capBezierPoints&&Ph(i,e)}function Ys(){return typeof window<"u"&&typeof document<"u"}function Gs(i){let t=i.parentNode;return t&&t.toString()==="[object ShadowRoot]"&&(t=t.host),t}function Fs(i,t,e){let s;return typeof i=="string"?(s=parseInt(i,10),i.indexOf("%")!==-1&&(s=s/100*t.parentNode[e])):s=i,s}var Zs=i=>i.ownerDocument.defaultView.getComputedStyle(i,null);function Th(i,t){return Zs(i).getPropertyValue(t)}var zh=["top","right","bottom","left"];function Ge(i,t,e){let s={};e=e?"-"+e:"";for(let n=0;n<4;n++){let r=zh[n];s[r]=parseFloat(i[t+"-"+r+e])||0}return s.width=s.left+s.right,s.height=s.top+s.bottom,s}var Ch=(i,t,e)=>(i>0||t>0)&&(!e||!e.shadowRoot);function Eh(i,t){let e=i.touches,s=e&&e.length?e[0]:i,{offsetX:n,offsetY:r}=s,a=!1,o,l;if(Ch(n,r,i.target))o=n,l=r;else{let d=t.getBoundingClientRect();o=s.clientX-d.left,l=s.clientY-d.top,a=!0}return{x:o,y:l,box:a}}function ze(i,t){if("native"in i)return i;let{canvas:e,currentDevicePixelRatio:s}=t,n=Zs(e),r=n.boxSizing==="border-box",a=Ge(n,"padding"),o=Ge(n,"border","width"),{x:l,y:d,box:c}=Eh(i,e),h=a.left+(c&&o.left),u=a.top+(c&&o.top),{width:f,height:g}=t;return r&&(f-=a.width+o.width,g-=a.height+o.height),{x:Math.round((l-h)/f*e.width/s),y:Math.round((d-u)/g*e.height/s)}}function Lh(i,t,e){let s,n;if(t===void 0||e===void 0){let r=i&&Gs(i);if(!r)t=i.clientWidth,e=i.clientHeight;else{let a=r.getBoundingClientRect(),o=Zs(r),l=Ge(o,"border","width"),d=Ge(o,"padding");t=a.width-d.width-l.width,e=a.height-d.height-l.height,s=Fs(o.maxWidth,r,"clientWidth"),n=Fs(o.maxHeight,r,"clientHeight")}}return{width:t,height:e,maxWidth:s||Rs,maxHeight:n||Rs}}var Ae=i=>Math.round(i*10)/10;function sl(i,t,e,s){let n=Zs(i),r=Ge(n,"margin"),a=Fs(n.maxWidth,i,"clientWidth")||Rs,o=Fs(n.maxHeight,i,"clientHeight")||Rs,l=Lh(i,t,e),{width:d,height:c}=l;if(n.boxSizing==="content-box"){let u=Ge(n,"border","width"),f=Ge(n,"padding");d-=f.width+u.width,c-=f.height+u.height}return d=Math.max(0,d-r.width),c=Math.max(0,s?d/s:c-r.height),d=Ae(Math.min(d,a,l.maxWidth)),c=Ae(Math.min(c,o,l.maxHeight)),d&&!c&&(c=Ae(d/2)),(t!==void 0||e!==void 0)&&s&&l.height&&c>l.height&&(c=l.height,d=Ae(Math.floor(c*s))),{width:d,height:c}}function br(i,t,e){let s=t||1,n=Ae(i.height*s),r=Ae(i.width*s);i.height=Ae(i.height),i.width=Ae(i.width);let a=i.canvas;a.style&&(e||!a.style.height&&!a.style.width)&&(a.style.height=`${i.height}px`,a.style.width=`${i.width}px`);let o=Math.floor(n),l=Math.floor(r);return i.currentDevicePixelRatio!==s||a.height!==o||a.width!==l?(i.currentDevicePixelRatio=s,a.height=o,a.width=l,i.ctx.setTransform(s,0,0,s,0,0),!0):!1}var nl=(function(){let i=!1;try{let t={get passive(){return i=!0,!1}};Ys()&&(window.addEventListener("test",null,t),window.removeEventListener("test",null,t))}catch{}return i})();function yr(i,t){let e=Th(i,t),s=e&&e.match(/^(\d+)(\.\d+)?px$/);return s?+s[1]:void 0}function we(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:i.y+e*(t.y-i.y)}}function rl(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:s==="middle"?e<.5?i.y:t.y:s==="after"?e<1?i.y:t.y:e>0?t.y:i.y}}function al(i,t,e,s){let n={x:i.cp2x,y:i.cp2y},r={x:t.cp1x,y:t.cp1y},a=we(i,n,e),o=we(n,r,e),l=we(r,t,e),d=we(a,o,e),c=we(o,l,e);return we(d,c,e)}var Rh=function(i,t){return{x(e){return i+i+t-e},setWidth(e){t=e},textAlign(e){return e==="center"?e:e==="right"?"left":"right"},xPlus(e,s){return e-s},leftForLtr(e,s){return e-s}}},Oh=function(){return{x(i){return i},setWidth(i){},textAlign(i){return i},xPlus(i,t){return i+t},leftForLtr(i,t){return i}}};function Je(i,t,e){return i?Rh(t,e):Oh()}function xr(i,t){let e,s;(t==="ltr"||t==="rtl")&&(e=i.canvas.style,s=[e.getPropertyValue("direction"),e.getPropertyPriority("direction")],e.setProperty("direction",t,"important"),i.prevTextDirection=s)}function vr(i,t){t!==void 0&&(delete i.prevTextDirection,i.canvas.style.setProperty("direction",t[0],t[1]))}function ol(i){return i==="angle"?{between:sr,compare:Qc,normalize:Nt}:{between:Me,compare:(t,e)=>t-e,normalize:t=>t}}function Do({start:i,end:t,count:e,loop:s,style:n}){return{start:i%e,end:t%e,loop:s&&(t-i+1)%e===0,style:n}}function Fh(i,t,e){let{property:s,start:n,end:r}=e,{between:a,normalize:o}=ol(s),l=t.length,{start:d,end:c,loop:h}=i,u,f;if(h){for(d+=l,c+=l,u=0,f=l;u<f&&a(o(t[d%l][s]),n,r);++u)d--,c--;d%=l,c%=l}return c<d&&(c+=l),{start:d,end:c,loop:h,style:i.style}}function ll(i,t,e){if(!e)return[i];let{property:s,start:n,end:r}=e,a=t.length,{compare:o,between:l,normalize:d}=ol(s),{start:c,end:h,loop:u,style:f}=Fh(i,t,e),g=[],m=!1,b=null,x,$,S,M=()=>l(n,S,x)&&o(n,S)!==0,k=()=>o(r,x)===0||l(r,S,x),T=()=>m||M(),P=()=>!m||k();for(let D=c,R=c;D<=h;++D)$=t[D%a],!$.skip&&(x=d($[s]),x!==S&&(m=l(x,n,r),b===null&&T()&&(b=o(x,n)===0?D:R),b!==null&&P()&&(g.push(Do({start:b,end:D,loop:u,count:a,style:f})),b=null),R=D,S=x));return b!==null&&g.push(Do({start:b,end:h,loop:u,count:a,style:f})),g}function dl(i,t){let e=[],s=i.segments;for(let n=0;n<s.length;n++){let r=ll(s[n],i.points,t);r.length&&e.push(...r)}return e}function jh(i,t,e,s){let n=0,r=t-1;if(e&&!s)for(;n<t&&!i[n].skip;)n++;for(;n<t&&i[n].skip;)n++;for(n%=t,e&&(r+=n);r>n&&i[r%t].skip;)r--;return r%=t,{start:n,end:r}}function Ih(i,t,e,s){let n=i.length,r=[],a=t,o=i[t],l;for(l=t+1;l<=e;++l){let d=i[l%n];d.skip||d.stop?o.skip||(s=!1,r.push({start:t%n,end:(l-1)%n,loop:s}),t=a=d.stop?l:null):(a=l,o.skip&&(t=l)),o=d}return a!==null&&r.push({start:t%n,end:a%n,loop:s}),r}function cl(i,t){let e=i.points,s=i.options.spanGaps,n=e.length;if(!n)return[];let r=!!i._loop,{start:a,end:o}=jh(e,n,r,s);if(s===!0)return Po(i,[{start:a,end:o,loop:r}],e,t);let l=o<a?o+n:o,d=!!i._fullLoop&&a===0&&o===n-1;return Po(i,Ih(e,a,l,d),e,t)}function Po(i,t,e,s){return!s||!s.setContext||!e?t:Hh(i,t,e,s)}function Hh(i,t,e,s){let n=i._chart.getContext(),r=To(i.options),{_datasetIndex:a,options:{spanGaps:o}}=i,l=e.length,d=[],c=r,h=t[0].start,u=h;function f(g,m,b,x){let $=o?-1:1;if(g!==m){for(g+=l;e[g%l].skip;)g-=$;for(;e[m%l].skip;)m+=$;g%l!==m%l&&(d.push({start:g%l,end:m%l,loop:b,style:x}),c=x,h=m%l)}}for(let g of t){h=o?h:g.start;let m=e[h%l],b;for(u=h+1;u<=g.end;u++){let x=e[u%l];b=To(s.setContext(de(n,{type:"segment",p0:m,p1:x,p0DataIndex:(u-1)%l,p1DataIndex:u%l,datasetIndex:a}))),Nh(b,c)&&f(h,u-1,g.loop,c),m=x,c=b}h<u-1&&f(h,u-1,g.loop,c)}return d}function To(i){return{backgroundColor:i.backgroundColor,borderCapStyle:i.borderCapStyle,borderDash:i.borderDash,borderDashOffset:i.borderDashOffset,borderJoinStyle:i.borderJoinStyle,borderWidth:i.borderWidth,borderColor:i.borderColor}}function Nh(i,t){if(!t)return!1;let e=[],s=function(n,r){return dr(r)?(e.includes(r)||e.push(r),e.indexOf(r)):r};return JSON.stringify(i,s)!==JSON.stringify(t,s)}function Es(i,t,e){return i.options.clip?i[e]:t[e]}function Bh(i,t){let{xScale:e,yScale:s}=i;return e&&s?{left:Es(e,t,"left"),right:Es(e,t,"right"),top:Es(s,t,"top"),bottom:Es(s,t,"bottom")}:t}function hl(i,t){let e=t._clip;if(e.disabled)return!1;let s=Bh(t,i.chartArea);return{left:e.left===!1?0:s.left-(e.left===!0?0:e.left),right:e.right===!1?i.width:s.right+(e.right===!0?0:e.right),top:e.top===!1?0:s.top-(e.top===!0?0:e.top),bottom:e.bottom===!1?i.height:s.bottom+(e.bottom===!0?0:e.bottom)}}var zr=class{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(t,e,s,n){let r=e.listeners[n],a=e.duration;r.forEach(o=>o({chart:t,initial:e.initial,numSteps:a,currentStep:Math.min(s-e.start,a)}))}_refresh(){this._request||(this._running=!0,this._request=ar.call(window,()=>{this._update(),this._request=null,this._running&&this._refresh()}))}_update(t=Date.now()){let e=0;this._charts.forEach((s,n)=>{if(!s.running||!s.items.length)return;let r=s.items,a=r.length-1,o=!1,l;for(;a>=0;--a)l=r[a],l._active?(l._total>s.duration&&(s.duration=l._total),l.tick(t),o=!0):(r[a]=r[r.length-1],r.pop());o&&(n.draw(),this._notify(n,s,t,"progress")),r.length||(s.running=!1,this._notify(n,s,t,"complete"),s.initial=!1),e+=r.length}),this._lastDate=t,e===0&&(this._running=!1)}_getAnims(t){let e=this._charts,s=e.get(t);return s||(s={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},e.set(t,s)),s}listen(t,e,s){this._getAnims(t).listeners[e].push(s)}add(t,e){!e||!e.length||this._getAnims(t).items.push(...e)}has(t){return this._getAnims(t).items.length>0}start(t){let e=this._charts.get(t);e&&(e.running=!0,e.start=Date.now(),e.duration=e.items.reduce((s,n)=>Math.max(s,n._duration),0),this._refresh())}running(t){if(!this._running)return!1;let e=this._charts.get(t);return!(!e||!e.running||!e.items.length)}stop(t){let e=this._charts.get(t);if(!e||!e.items.length)return;let s=e.items,n=s.length-1;for(;n>=0;--n)s[n].cancel();e.items=[],this._notify(t,e,Date.now(),"complete")}remove(t){return this._charts.delete(t)}},ce=new zr,ul="transparent",Vh={boolean(i,t,e){return e>.5?t:i},color(i,t,e){let s=cr(i||ul),n=s.valid&&cr(t||ul);return n&&n.valid?n.mix(s,e).hexString():t},number(i,t,e){return i+(t-i)*e}},Cr=class{constructor(t,e,s,n){let r=e[s];n=Vi([t.to,n,r,t.from]);let a=Vi([t.from,r,n]);this._active=!0,this._fn=t.fn||Vh[t.type||typeof a],this._easing=hi[t.easing]||hi.linear,this._start=Math.floor(Date.now()+(t.delay||0)),this._duration=this._total=Math.floor(t.duration),this._loop=!!t.loop,this._target=e,this._prop=s,this._from=a,this._to=n,this._promises=void 0}active(){return this._active}update(t,e,s){if(this._active){this._notify(!1);let n=this._target[this._prop],r=s-this._start,a=this._duration-r;this._start=s,this._duration=Math.floor(Math.max(a,t.duration)),this._total+=r,this._loop=!!t.loop,this._to=Vi([t.to,e,n,t.from]),this._from=Vi([t.from,n,e])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(t){let e=t-this._start,s=this._duration,n=this._prop,r=this._from,a=this._loop,o=this._to,l;if(this._active=r!==o&&(a||e<s),!this._active){this._target[n]=o,this._notify(!0);return}if(e<0){this._target[n]=r;return}l=e/s%2,l=a&&l>1?2-l:l,l=this._easing(Math.min(1,Math.max(0,l))),this._target[n]=this._fn(r,o,l)}wait(){let t=this._promises||(this._promises=[]);return new Promise((e,s)=>{t.push({res:e,rej:s})})}_notify(t){let e=t?"res":"rej",s=this._promises||[];for(let n=0;n<s.length;n++)s[n][e]()}},nn=class{constructor(t,e){this._chart=t,this._properties=new Map,this.configure(e)}configure(t){if(!V(t))return;let e=Object.keys(nt.animation),s=this._properties;Object.getOwnPropertyNames(t).forEach(n=>{let r=t[n];if(!V(r))return;let a={};for(let o of e)a[o]=r[o];(tt(r.properties)&&r.properties||[n]).forEach(o=>{(o===n||!s.has(o))&&s.set(o,a)})})}_animateOptions(t,e){let s=e.options,n=Wh(t,s);if(!n)return[];let r=this._createAnimations(n,s);return s.$shared&&qh(t.options.$animations,s).then(()=>{t.options=s},()=>{}),r}_createAnimations(t,e){let s=this._properties,n=[],r=t.$animations||(t.$animations={}),a=Object.keys(e),o=Date.now(),l;for(l=a.length-1;l>=0;--l){let d=a[l];if(d.charAt(0)==="$")continue;if(d==="options"){n.push(...this._animateOptions(t,e));continue}let c=e[d],h=r[d],u=s.get(d);if(h)if(u&&h.active()){h.update(u,c,o);continue}else h.cancel();if(!u||!u.duration){t[d]=c;continue}r[d]=h=new Cr(u,t,d,c),n.push(h)}return n}update(t,e){if(this._properties.size===0){Object.assign(t,e);return}let s=this._createAnimations(t,e);if(s.length)return ce.add(this._chart,s),!0}};function qh(i,t){let e=[],s=Object.keys(t);for(let n=0;n<s.length;n++){let r=i[s[n]];r&&r.active()&&e.push(r.wait())}return Promise.all(e)}function Wh(i,t){if(!t)return;let e=i.options;if(!e){i.options=t;return}return e.$shared&&(i.options=e=Object.assign({},e,{$shared:!1,$animations:{}})),e}function pl(i,t){let e=i&&i.options||{},s=e.reverse,n=e.min===void 0?t:0,r=e.max===void 0?t:0;return{start:s?r:n,end:s?n:r}}function Uh(i,t,e){if(e===!1)return!1;let s=pl(i,e),n=pl(t,e);return{top:n.end,right:s.end,bottom:n.start,left:s.start}}function Yh(i){let t,e,s,n;return V(i)?(t=i.top,e=i.right,s=i.bottom,n=i.left):t=e=s=n=i,{top:t,right:e,bottom:s,left:n,disabled:i===!1}}function ad(i,t){let e=[],s=i._getSortedDatasetMetas(t),n,r;for(n=0,r=s.length;n<r;++n)e.push(s[n].index);return e}function fl(i,t,e,s={}){let n=i.keys,r=s.mode==="single",a,o,l,d;if(t===null)return;let c=!1;for(a=0,o=n.length;a<o;++a){if(l=+n[a],l===e){if(c=!0,s.all)continue;break}d=i.values[l],ft(d)&&(r||t===0||Yt(t)===Yt(d))&&(t+=d)}return!c&&!s.all?0:t}function Gh(i,t){let{iScale:e,vScale:s}=t,n=e.axis==="x"?"x":"y",r=s.axis==="x"?"x":"y",a=Object.keys(i),o=new Array(a.length),l,d,c;for(l=0,d=a.length;l<d;++l)c=a[l],o[l]={[n]:c,[r]:i[c]};return o}function $r(i,t){let e=i&&i.options.stacked;return e||e===void 0&&t.stack!==void 0}function Zh(i,t,e){return`${i.id}.${t.id}.${e.stack||e.type}`}function Xh(i){let{min:t,max:e,minDefined:s,maxDefined:n}=i.getUserBounds();return{min:s?t:Number.NEGATIVE_INFINITY,max:n?e:Number.POSITIVE_INFINITY}}function Kh(i,t,e){let s=i[t]||(i[t]={});return s[e]||(s[e]={})}function ml(i,t,e,s){for(let n of t.getMatchingVisibleMetas(s).reverse()){let r=i[n.index];if(e&&r>0||!e&&r<0)return n.index}return null}function gl(i,t){let{chart:e,_cachedMeta:s}=i,n=e._stacks||(e._stacks={}),{iScale:r,vScale:a,index:o}=s,l=r.axis,d=a.axis,c=Zh(r,a,s),h=t.length,u;for(let f=0;f<h;++f){let g=t[f],{[l]:m,[d]:b}=g,x=g._stacks||(g._stacks={});u=x[d]=Kh(n,c,m),u[o]=b,u._top=ml(u,a,!0,s.type),u._bottom=ml(u,a,!1,s.type);let $=u._visualValues||(u._visualValues={});$[o]=b}}function kr(i,t){let e=i.scales;return Object.keys(e).filter(s=>e[s].axis===t).shift()}function Jh(i,t){return de(i,{active:!1,dataset:void 0,datasetIndex:t,index:t,mode:"default",type:"dataset"})}function Qh(i,t,e){return de(i,{active:!1,dataIndex:t,parsed:void 0,raw:void 0,element:e,index:t,mode:"default",type:"data"})}function qi(i,t){let e=i.controller.index,s=i.vScale&&i.vScale.axis;if(s){t=t||i._parsed;for(let n of t){let r=n._stacks;!r||r[s]===void 0||r[s][e]===void 0||(delete r[s][e],r[s]._visualValues!==void 0&&r[s]._visualValues[e]!==void 0&&delete r[s]._visualValues[e])}}}var wr=i=>i==="reset"||i==="none",_l=(i,t)=>t?i:Object.assign({},i),tu=(i,t,e)=>i&&!t.hidden&&t._stacked&&{keys:ad(e,!0),values:null},Ki=class{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(t,e){this.chart=t,this._ctx=t.ctx,this.index=e,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){let t=this._cachedMeta;this.configure(),this.linkScales(),t._stacked=$r(t.vScale,t),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options")}updateIndex(t){this.index!==t&&qi(this._cachedMeta),this.index=t}linkScales(){let t=this.chart,e=this._cachedMeta,s=this.getDataset(),n=(h,u,f,g)=>h==="x"?u:h==="r"?g:f,r=e.xAxisID=O(s.xAxisID,kr(t,"x")),a=e.yAxisID=O(s.yAxisID,kr(t,"y")),o=e.rAxisID=O(s.rAxisID,kr(t,"r")),l=e.indexAxis,d=e.iAxisID=n(l,r,a,o),c=e.vAxisID=n(l,a,r,o);e.xScale=this.getScaleForId(r),e.yScale=this.getScaleForId(a),e.rScale=this.getScaleForId(o),e.iScale=this.getScaleForId(d),e.vScale=this.getScaleForId(c)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(t){return this.chart.scales[t]}_getOtherScale(t){let e=this._cachedMeta;return t===e.iScale?e.vScale:e.iScale}reset(){this._update("reset")}_destroy(){let t=this._cachedMeta;this._data&&nr(this._data,this),t._stacked&&qi(t)}_dataCheck(){let t=this.getDataset(),e=t.data||(t.data=[]),s=this._data;if(V(e)){let n=this._cachedMeta;this._data=Gh(e,n)}else if(s!==e){if(s){nr(s,this);let n=this._cachedMeta;qi(n),n._parsed=[]}e&&Object.isExtensible(e)&&Bo(e,this),this._syncList=[],this._data=e}}addElements(){let t=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(t.dataset=new this.datasetElementType)}buildOrUpdateElements(t){let e=this._cachedMeta,s=this.getDataset(),n=!1;this._dataCheck();let r=e._stacked;e._stacked=$r(e.vScale,e),e.stack!==s.stack&&(n=!0,qi(e),e.stack=s.stack),this._resyncElements(t),(n||r!==e._stacked)&&(gl(this,e._parsed),e._stacked=$r(e.vScale,e))}configure(){let t=this.chart.config,e=t.datasetScopeKeys(this._type),s=t.getOptionScopes(this.getDataset(),e,!0);this.options=t.createResolver(s,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(t,e){let{_cachedMeta:s,_data:n}=this,{iScale:r,_stacked:a}=s,o=r.axis,l=t===0&&e===n.length?!0:s._sorted,d=t>0&&s._parsed[t-1],c,h,u;if(this._parsing===!1)s._parsed=n,s._sorted=!0,u=n;else{tt(n[t])?u=this.parseArrayData(s,n,t,e):V(n[t])?u=this.parseObjectData(s,n,t,e):u=this.parsePrimitiveData(s,n,t,e);let f=()=>h[o]===null||d&&h[o]<d[o];for(c=0;c<e;++c)s._parsed[c+t]=h=u[c],l&&(f()&&(l=!1),d=h);s._sorted=l}a&&gl(this,u)}parsePrimitiveData(t,e,s,n){let{iScale:r,vScale:a}=t,o=r.axis,l=a.axis,d=r.getLabels(),c=r===a,h=new Array(n),u,f,g;for(u=0,f=n;u<f;++u)g=u+s,h[u]={[o]:c||r.parse(d[g],g),[l]:a.parse(e[g],g)};return h}parseArrayData(t,e,s,n){let{xScale:r,yScale:a}=t,o=new Array(n),l,d,c,h;for(l=0,d=n;l<d;++l)c=l+s,h=e[c],o[l]={x:r.parse(h[0],c),y:a.parse(h[1],c)};return o}parseObjectData(t,e,s,n){let{xScale:r,yScale:a}=t,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,d=new Array(n),c,h,u,f;for(c=0,h=n;c<h;++c)u=c+s,f=e[u],d[c]={x:r.parse(Xe(f,o),u),y:a.parse(Xe(f,l),u)};return d}getParsed(t){return this._cachedMeta._parsed[t]}getDataElement(t){return this._cachedMeta.data[t]}applyStack(t,e,s){let n=this.chart,r=this._cachedMeta,a=e[t.axis],o={keys:ad(n,!0),values:e._stacks[t.axis]._visualValues};return fl(o,a,r.index,{mode:s})}updateRangeFromParsed(t,e,s,n){let r=s[e.axis],a=r===null?NaN:r,o=n&&s._stacks[e.axis];n&&o&&(n.values=o,a=fl(n,r,this._cachedMeta.index)),t.min=Math.min(t.min,a),t.max=Math.max(t.max,a)}getMinMax(t,e){let s=this._cachedMeta,n=s._parsed,r=s._sorted&&t===s.iScale,a=n.length,o=this._getOtherScale(t),l=tu(e,s,this.chart),d={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:c,max:h}=Xh(o),u,f;function g(){f=n[u];let m=f[o.axis];return!ft(f[t.axis])||c>m||h<m}for(u=0;u<a&&!(!g()&&(this.updateRangeFromParsed(d,t,f,l),r));++u);if(r){for(u=a-1;u>=0;--u)if(!g()){this.updateRangeFromParsed(d,t,f,l);break}}return d}getAllParsedValues(t){let e=this._cachedMeta._parsed,s=[],n,r,a;for(n=0,r=e.length;n<r;++n)a=e[n][t.axis],ft(a)&&s.push(a);return s}getMaxOverflow(){return!1}getLabelAndValue(t){let e=this._cachedMeta,s=e.iScale,n=e.vScale,r=this.getParsed(t);return{label:s?""+s.getLabelForValue(r[s.axis]):"",value:n?""+n.getLabelForValue(r[n.axis]):""}}_update(t){let e=this._cachedMeta;this.update(t||"default"),e._clip=Yh(O(this.options.clip,Uh(e.xScale,e.yScale,this.getMaxOverflow())))}update(t){}draw(){let t=this._ctx,e=this.chart,s=this._cachedMeta,n=s.data||[],r=e.chartArea,a=[],o=this._drawStart||0,l=this._drawCount||n.length-o,d=this.options.drawActiveElementsOnTop,c;for(s.dataset&&s.dataset.draw(t,r,o,l),c=o;c<o+l;++c){let h=n[c];h.hidden||(h.active&&d?a.push(h):h.draw(t,r))}for(c=0;c<a.length;++c)a[c].draw(t,r)}getStyle(t,e){let s=e?"active":"default";return t===void 0&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(s):this.resolveDataElementOptions(t||0,s)}getContext(t,e,s){let n=this.getDataset(),r;if(t>=0&&t<this._cachedMeta.data.length){let a=this._cachedMeta.data[t];r=a.$context||(a.$context=Qh(this.getContext(),t,a)),r.parsed=this.getParsed(t),r.raw=n.data[t],r.index=r.dataIndex=t}else r=this.$context||(this.$context=Jh(this.chart.getContext(),this.index)),r.dataset=n,r.index=r.datasetIndex=this.index;return r.active=!!e,r.mode=s,r}resolveDatasetElementOptions(t){return this._resolveElementOptions(this.datasetElementType.id,t)}resolveDataElementOptions(t,e){return this._resolveElementOptions(this.dataElementType.id,e,t)}_resolveElementOptions(t,e="default",s){let n=e==="active",r=this._cachedDataOpts,a=t+"-"+e,o=r[a],l=this.enableOptionSharing&&mi(s);if(o)return _l(o,l);let d=this.chart.config,c=d.datasetElementScopeKeys(this._type,t),h=n?[`${t}Hover`,"hover",t,""]:[t,""],u=d.getOptionScopes(this.getDataset(),c),f=Object.keys(nt.elements[t]),g=()=>this.getContext(s,n,e),m=d.resolveNamedOptions(u,f,g,h);return m.$shared&&(m.$shared=l,r[a]=Object.freeze(_l(m,l))),m}_resolveAnimations(t,e,s){let n=this.chart,r=this._cachedDataOpts,a=`animation-${e}`,o=r[a];if(o)return o;let l;if(n.options.animation!==!1){let c=this.chart.config,h=c.datasetAnimationScopeKeys(this._type,e),u=c.getOptionScopes(this.getDataset(),h);l=c.createResolver(u,this.getContext(t,s,e))}let d=new nn(n,l&&l.animations);return l&&l._cacheable&&(r[a]=Object.freeze(d)),d}getSharedOptions(t){if(t.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},t))}includeOptions(t,e){return!e||wr(t)||this.chart._animationsDisabled}_getSharedOptions(t,e){let s=this.resolveDataElementOptions(t,e),n=this._sharedOptions,r=this.getSharedOptions(s),a=this.includeOptions(e,r)||r!==n;return this.updateSharedOptions(r,e,s),{sharedOptions:r,includeOptions:a}}updateElement(t,e,s,n){wr(n)?Object.assign(t,s):this._resolveAnimations(e,n).update(t,s)}updateSharedOptions(t,e,s){t&&!wr(e)&&this._resolveAnimations(void 0,e).update(t,s)}_setStyle(t,e,s,n){t.active=n;let r=this.getStyle(e,n);this._resolveAnimations(e,s,n).update(t,{options:!n&&this.getSharedOptions(r)||r})}removeHoverStyle(t,e,s){this._setStyle(t,s,"active",!1)}setHoverStyle(t,e,s){this._setStyle(t,s,"active",!0)}_removeDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!1)}_setDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!0)}_resyncElements(t){let e=this._data,s=this._cachedMeta.data;for(let[o,l,d]of this._syncList)this[o](l,d);this._syncList=[];let n=s.length,r=e.length,a=Math.min(r,n);a&&this.parse(0,a),r>n?this._insertElements(n,r-n,t):r<n&&this._removeElements(r,n-r)}_insertElements(t,e,s=!0){let n=this._cachedMeta,r=n.data,a=t+e,o,l=d=>{for(d.length+=e,o=d.length-1;o>=a;o--)d[o]=d[o-e]};for(l(r),o=t;o<a;++o)r[o]=new this.dataElementType;this._parsing&&l(n._parsed),this.parse(t,e),s&&this.updateElements(r,t,e,"reset")}updateElements(t,e,s,n){}_removeElements(t,e){let s=this._cachedMeta;if(this._parsing){let n=s._parsed.splice(t,e);s._stacked&&qi(s,n)}s.data.splice(t,e)}_sync(t){if(this._parsing)this._syncList.push(t);else{let[e,s,n]=t;this[e](s,n)}this.chart._dataChanges.push([this.index,...t])}_onDataPush(){let t=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-t,t])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(t,e){e&&this._sync(["_removeElements",t,e]);let s=arguments.length-2;s&&this._sync(["_insertElements",t,s])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}};function eu(i,t){if(!i._cache.$bar){let e=i.getMatchingVisibleMetas(t),s=[];for(let n=0,r=e.length;n<r;n++)s=s.concat(e[n].controller.getAllParsedValues(i));i._cache.$bar=rr(s.sort((n,r)=>n-r))}return i._cache.$bar}function iu(i){let t=i.iScale,e=eu(t,i.type),s=t._length,n,r,a,o,l=()=>{a===32767||a===-32768||(mi(o)&&(s=Math.min(s,Math.abs(a-o)||s)),o=a)};for(n=0,r=e.length;n<r;++n)a=t.getPixelForValue(e[n]),l();for(o=void 0,n=0,r=t.ticks.length;n<r;++n)a=t.getPixelForTick(n),l();return s}function su(i,t,e,s){let n=e.barThickness,r,a;return H(n)?(r=t.min*e.categoryPercentage,a=e.barPercentage):(r=n*s,a=1),{chunk:r/s,ratio:a,start:t.pixels[i]-r/2}}function nu(i,t,e,s){let n=t.pixels,r=n[i],a=i>0?n[i-1]:null,o=i<n.length-1?n[i+1]:null,l=e.categoryPercentage;a===null&&(a=r-(o===null?t.end-t.start:o-r)),o===null&&(o=r+r-a);let d=r-(r-Math.min(a,o))/2*l;return{chunk:Math.abs(o-a)/2*l/s,ratio:e.barPercentage,start:d}}function ru(i,t,e,s){let n=e.parse(i[0],s),r=e.parse(i[1],s),a=Math.min(n,r),o=Math.max(n,r),l=a,d=o;Math.abs(a)>Math.abs(o)&&(l=o,d=a),t[e.axis]=d,t._custom={barStart:l,barEnd:d,start:n,end:r,min:a,max:o}}function od(i,t,e,s){return tt(i)?ru(i,t,e,s):t[e.axis]=e.parse(i,s),t}function bl(i,t,e,s){let n=i.iScale,r=i.vScale,a=n.getLabels(),o=n===r,l=[],d,c,h,u;for(d=e,c=e+s;d<c;++d)u=t[d],h={},h[n.axis]=o||n.parse(a[d],d),l.push(od(u,h,r,d));return l}function Sr(i){return i&&i.barStart!==void 0&&i.barEnd!==void 0}function au(i,t,e){return i!==0?Yt(i):(t.isHorizontal()?1:-1)*(t.min>=e?1:-1)}function ou(i){let t,e,s,n,r;return i.horizontal?(t=i.base>i.x,e="left",s="right"):(t=i.base<i.y,e="bottom",s="top"),t?(n="end",r="start"):(n="start",r="end"),{start:e,end:s,reverse:t,top:n,bottom:r}}function lu(i,t,e,s){let n=t.borderSkipped,r={};if(!n){i.borderSkipped=r;return}if(n===!0){i.borderSkipped={top:!0,right:!0,bottom:!0,left:!0};return}let{start:a,end:o,reverse:l,top:d,bottom:c}=ou(i);n==="middle"&&e&&(i.enableBorderRadius=!0,(e._top||0)===s?n=d:(e._bottom||0)===s?n=c:(r[yl(c,a,o,l)]=!0,n=d)),r[yl(n,a,o,l)]=!0,i.borderSkipped=r}function yl(i,t,e,s){return s?(i=du(i,t,e),i=xl(i,e,t)):i=xl(i,t,e),i}function du(i,t,e){return i===t?e:i===e?t:i}function xl(i,t,e){return i==="start"?t:i==="end"?e:i}function cu(i,{inflateAmount:t},e){i.inflateAmount=t==="auto"?e===1?.33:0:t}var rn=class extends Ki{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(t,e,s,n){return bl(t,e,s,n)}parseArrayData(t,e,s,n){return bl(t,e,s,n)}parseObjectData(t,e,s,n){let{iScale:r,vScale:a}=t,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,d=r.axis==="x"?o:l,c=a.axis==="x"?o:l,h=[],u,f,g,m;for(u=s,f=s+n;u<f;++u)m=e[u],g={},g[r.axis]=r.parse(Xe(m,d),u),h.push(od(Xe(m,c),g,a,u));return h}updateRangeFromParsed(t,e,s,n){super.updateRangeFromParsed(t,e,s,n);let r=s._custom;r&&e===this._cachedMeta.vScale&&(t.min=Math.min(t.min,r.min),t.max=Math.max(t.max,r.max))}getMaxOverflow(){return 0}getLabelAndValue(t){let e=this._cachedMeta,{iScale:s,vScale:n}=e,r=this.getParsed(t),a=r._custom,o=Sr(a)?"["+a.start+", "+a.end+"]":""+n.getLabelForValue(r[n.axis]);return{label:""+s.getLabelForValue(r[s.axis]),value:o}}initialize(){this.enableOptionSharing=!0,super.initialize();let t=this._cachedMeta;t.stack=this.getDataset().stack}update(t){let e=this._cachedMeta;this.updateElements(e.data,0,e.data.length,t)}updateElements(t,e,s,n){let r=n==="reset",{index:a,_cachedMeta:{vScale:o}}=this,l=o.getBasePixel(),d=o.isHorizontal(),c=this._getRuler(),{sharedOptions:h,includeOptions:u}=this._getSharedOptions(e,n);for(let f=e;f<e+s;f++){let g=this.getParsed(f),m=r||H(g[o.axis])?{base:l,head:l}:this._calculateBarValuePixels(f),b=this._calculateBarIndexPixels(f,c),x=(g._stacks||{})[o.axis],$={horizontal:d,base:m.base,enableBorderRadius:!x||Sr(g._custom)||a===x._top||a===x._bottom,x:d?m.head:b.center,y:d?b.center:m.head,height:d?b.size:Math.abs(m.size),width:d?Math.abs(m.size):b.size};u&&($.options=h||this.resolveDataElementOptions(f,t[f].active?"active":n));let S=$.options||t[f].options;lu($,S,x,a),cu($,S,c.ratio),this.updateElement(t[f],f,$,n)}}_getStacks(t,e){let{iScale:s}=this._cachedMeta,n=s.getMatchingVisibleMetas(this._type).filter(c=>c.controller.options.grouped),r=s.options.stacked,a=[],o=this._cachedMeta.controller.getParsed(e),l=o&&o[s.axis],d=c=>{let h=c._parsed.find(f=>f[s.axis]===l),u=h&&h[c.vScale.axis];if(H(u)||isNaN(u))return!0};for(let c of n)if(!(e!==void 0&&d(c))&&((r===!1||a.indexOf(c.stack)===-1||r===void 0&&c.stack===void 0)&&a.push(c.stack),c.index===t))break;return a.length||a.push(void 0),a}_getStackCount(t){return this._getStacks(void 0,t).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){let t=this.chart.scales,e=this.chart.options.indexAxis;return Object.keys(t).filter(s=>t[s].axis===e).shift()}_getAxis(){let t={},e=this.getFirstScaleIdForIndexAxis();for(let s of this.chart.data.datasets)t[O(this.chart.options.indexAxis==="x"?s.xAxisID:s.yAxisID,e)]=!0;return Object.keys(t)}_getStackIndex(t,e,s){let n=this._getStacks(t,s),r=e!==void 0?n.indexOf(e):-1;return r===-1?n.length-1:r}_getRuler(){let t=this.options,e=this._cachedMeta,s=e.iScale,n=[],r,a;for(r=0,a=e.data.length;r<a;++r)n.push(s.getPixelForValue(this.getParsed(r)[s.axis],r));let o=t.barThickness;return{min:o||iu(e),pixels:n,start:s._startPixel,end:s._endPixel,stackCount:this._getStackCount(),scale:s,grouped:t.grouped,ratio:o?1:t.categoryPercentage*t.barPercentage}}_calculateBarValuePixels(t){let{_cachedMeta:{vScale:e,_stacked:s,index:n},options:{base:r,minBarLength:a}}=this,o=r||0,l=this.getParsed(t),d=l._custom,c=Sr(d),h=l[e.axis],u=0,f=s?this.applyStack(e,l,s):h,g,m;f!==h&&(u=f-h,f=h),c&&(h=d.barStart,f=d.barEnd-d.barStart,h!==0&&Yt(h)!==Yt(d.barEnd)&&(u=0),u+=h);let b=!H(r)&&!c?r:u,x=e.getPixelForValue(b);if(this.chart.getDataVisibility(t)?g=e.getPixelForValue(u+f):g=x,m=g-x,Math.abs(m)<a){m=au(m,e,o)*a,h===o&&(x-=m/2);let $=e.getPixelForDecimal(0),S=e.getPixelForDecimal(1),M=Math.min($,S),k=Math.max($,S);x=Math.max(Math.min(x,k),M),g=x+m,s&&!c&&(l._stacks[e.axis]._visualValues[n]=e.getValueForPixel(g)-e.getValueForPixel(x))}if(x===e.getPixelForValue(o)){let $=Yt(m)*e.getLineWidthForValue(o)/2;x+=$,m-=$}return{size:m,base:x,head:g,center:g+m/2}}_calculateBarIndexPixels(t,e){let s=e.scale,n=this.options,r=n.skipNull,a=O(n.maxBarThickness,1/0),o,l,d=this._getAxisCount();if(e.grouped){let c=r?this._getStackCount(t):e.stackCount,h=n.barThickness==="flex"?nu(t,e,n,c*d):su(t,e,n,c*d),u=this.chart.options.indexAxis==="x"?this.getDataset().xAxisID:this.getDataset().yAxisID,f=this._getAxis().indexOf(O(u,this.getFirstScaleIdForIndexAxis())),g=this._getStackIndex(this.index,this._cachedMeta.stack,r?t:void 0)+f;o=h.start+h.chunk*g+h.chunk/2,l=Math.min(a,h.chunk*h.ratio)}else o=s.getPixelForValue(this.getParsed(t)[s.axis],t),l=Math.min(a,e.min*e.ratio);return{base:o-l/2,head:o+l/2,center:o,size:l}}draw(){let t=this._cachedMeta,e=t.vScale,s=t.data,n=s.length,r=0;for(;r<n;++r)this.getParsed(r)[e.axis]!==null&&!s[r].hidden&&s[r].draw(this._ctx)}};var an=class extends Ki{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(t){let e=this._cachedMeta,{dataset:s,data:n=[],_dataset:r}=e,a=this.chart._animationsDisabled,{start:o,count:l}=Wo(e,n,a);this._drawStart=o,this._drawCount=l,Uo(e)&&(o=0,l=n.length),s._chart=this.chart,s._datasetIndex=this.index,s._decimated=!!r._decimated,s.points=n;let d=this.resolveDatasetElementOptions(t);this.options.showLine||(d.borderWidth=0),d.segment=this.options.segment,this.updateElement(s,void 0,{animated:!a,options:d},t),this.updateElements(n,o,l,t)}updateElements(t,e,s,n){let r=n==="reset",{iScale:a,vScale:o,_stacked:l,_dataset:d}=this._cachedMeta,{sharedOptions:c,includeOptions:h}=this._getSharedOptions(e,n),u=a.axis,f=o.axis,{spanGaps:g,segment:m}=this.options,b=_i(g)?g:Number.POSITIVE_INFINITY,x=this.chart._animationsDisabled||r||n==="none",$=e+s,S=t.length,M=e>0&&this.getParsed(e-1);for(let k=0;k<S;++k){let T=t[k],P=x?T:{};if(k<e||k>=$){P.skip=!0;continue}let D=this.getParsed(k),R=H(D[f]),W=P[u]=a.getPixelForValue(D[u],k),j=P[f]=r||R?o.getBasePixel():o.getPixelForValue(l?this.applyStack(o,D,l):D[f],k);P.skip=isNaN(W)||isNaN(j)||R,P.stop=k>0&&Math.abs(D[u]-M[u])>b,m&&(P.parsed=D,P.raw=d.data[k]),h&&(P.options=c||this.resolveDataElementOptions(k,T.active?"active":n)),x||this.updateElement(T,k,P,n),M=D}}getMaxOverflow(){let t=this._cachedMeta,e=t.dataset,s=e.options&&e.options.borderWidth||0,n=t.data||[];if(!n.length)return s;let r=n[0].size(this.resolveDataElementOptions(0)),a=n[n.length-1].size(this.resolveDataElementOptions(n.length-1));return Math.max(s,r,a)/2}draw(){let t=this._cachedMeta;t.dataset.updateControlPoints(this.chart.chartArea,t.iScale.axis),super.draw()}};function Qe(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}var Er=class i{static override(t){Object.assign(i.prototype,t)}options;constructor(t){this.options=t||{}}init(){}formats(){return Qe()}parse(){return Qe()}format(){return Qe()}add(){return Qe()}diff(){return Qe()}startOf(){return Qe()}endOf(){return Qe()}},hu={_date:Er};function uu(i,t,e,s){let{controller:n,data:r,_sorted:a}=i,o=n._cachedMeta.iScale,l=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null;if(o&&t===o.axis&&t!=="r"&&a&&r.length){let d=o._reversePixels?Io:Se;if(s){if(n._sharedOptions){let c=r[0],h=typeof c.getRange=="function"&&c.getRange(t);if(h){let u=d(r,t,e-h),f=d(r,t,e+h);return{lo:u.lo,hi:f.hi}}}}else{let c=d(r,t,e);if(l){let{vScale:h}=n._cachedMeta,{_parsed:u}=i,f=u.slice(0,c.lo+1).reverse().findIndex(m=>!H(m[h.axis]));c.lo-=Math.max(0,f);let g=u.slice(c.hi).findIndex(m=>!H(m[h.axis]));c.hi+=Math.max(0,g)}return c}}return{lo:0,hi:r.length-1}}function ts(i,t,e,s,n){let r=i.getSortedVisibleDatasetMetas(),a=e[t];for(let o=0,l=r.length;o<l;++o){let{index:d,data:c}=r[o],{lo:h,hi:u}=uu(r[o],t,a,n);for(let f=h;f<=u;++f){let g=c[f];g.skip||s(g,d,f)}}}function pu(i){let t=i.indexOf("x")!==-1,e=i.indexOf("y")!==-1;return function(s,n){let r=t?Math.abs(s.x-n.x):0,a=e?Math.abs(s.y-n.y):0;return Math.sqrt(Math.pow(r,2)+Math.pow(a,2))}}function Ar(i,t,e,s,n){let r=[];return!n&&!i.isPointInArea(t)||ts(i,e,t,function(o,l,d){!n&&!Kt(o,i.chartArea,0)||o.inRange(t.x,t.y,s)&&r.push({element:o,datasetIndex:l,index:d})},!0),r}function fu(i,t,e,s){let n=[];function r(a,o,l){let{startAngle:d,endAngle:c}=a.getProps(["startAngle","endAngle"],s),{angle:h}=Fo(a,{x:t.x,y:t.y});sr(h,d,c)&&n.push({element:a,datasetIndex:o,index:l})}return ts(i,e,t,r),n}function mu(i,t,e,s,n,r){let a=[],o=pu(e),l=Number.POSITIVE_INFINITY;function d(c,h,u){let f=c.inRange(t.x,t.y,n);if(s&&!f)return;let g=c.getCenterPoint(n);if(!(!!r||i.isPointInArea(g))&&!f)return;let b=o(t,g);b<l?(a=[{element:c,datasetIndex:h,index:u}],l=b):b===l&&a.push({element:c,datasetIndex:h,index:u})}return ts(i,e,t,d),a}function Mr(i,t,e,s,n,r){return!r&&!i.isPointInArea(t)?[]:e==="r"&&!s?fu(i,t,e,n):mu(i,t,e,s,n,r)}function vl(i,t,e,s,n){let r=[],a=e==="x"?"inXRange":"inYRange",o=!1;return ts(i,e,t,(l,d,c)=>{l[a]&&l[a](t[e],n)&&(r.push({element:l,datasetIndex:d,index:c}),o=o||l.inRange(t.x,t.y,n))}),s&&!o?[]:r}var gu={evaluateInteractionItems:ts,modes:{index(i,t,e,s){let n=ze(t,i),r=e.axis||"x",a=e.includeInvisible||!1,o=e.intersect?Ar(i,n,r,s,a):Mr(i,n,r,!1,s,a),l=[];return o.length?(i.getSortedVisibleDatasetMetas().forEach(d=>{let c=o[0].index,h=d.data[c];h&&!h.skip&&l.push({element:h,datasetIndex:d.index,index:c})}),l):[]},dataset(i,t,e,s){let n=ze(t,i),r=e.axis||"xy",a=e.includeInvisible||!1,o=e.intersect?Ar(i,n,r,s,a):Mr(i,n,r,!1,s,a);if(o.length>0){let l=o[0].datasetIndex,d=i.getDatasetMeta(l).data;o=[];for(let c=0;c<d.length;++c)o.push({element:d[c],datasetIndex:l,index:c})}return o},point(i,t,e,s){let n=ze(t,i),r=e.axis||"xy",a=e.includeInvisible||!1;return Ar(i,n,r,s,a)},nearest(i,t,e,s){let n=ze(t,i),r=e.axis||"xy",a=e.includeInvisible||!1;return Mr(i,n,r,e.intersect,s,a)},x(i,t,e,s){let n=ze(t,i);return vl(i,n,"x",e.intersect,s)},y(i,t,e,s){let n=ze(t,i);return vl(i,n,"y",e.intersect,s)}}},ld=["left","top","right","bottom"];function Wi(i,t){return i.filter(e=>e.pos===t)}function $l(i,t){return i.filter(e=>ld.indexOf(e.pos)===-1&&e.box.axis===t)}function Ui(i,t){return i.sort((e,s)=>{let n=t?s:e,r=t?e:s;return n.weight===r.weight?n.index-r.index:n.weight-r.weight})}function _u(i){let t=[],e,s,n,r,a,o;for(e=0,s=(i||[]).length;e<s;++e)n=i[e],{position:r,options:{stack:a,stackWeight:o=1}}=n,t.push({index:e,box:n,pos:r,horizontal:n.isHorizontal(),weight:n.weight,stack:a&&r+a,stackWeight:o});return t}function bu(i){let t={};for(let e of i){let{stack:s,pos:n,stackWeight:r}=e;if(!s||!ld.includes(n))continue;let a=t[s]||(t[s]={count:0,placed:0,weight:0,size:0});a.count++,a.weight+=r}return t}function yu(i,t){let e=bu(i),{vBoxMaxWidth:s,hBoxMaxHeight:n}=t,r,a,o;for(r=0,a=i.length;r<a;++r){o=i[r];let{fullSize:l}=o.box,d=e[o.stack],c=d&&o.stackWeight/d.weight;o.horizontal?(o.width=c?c*s:l&&t.availableWidth,o.height=n):(o.width=s,o.height=c?c*n:l&&t.availableHeight)}return e}function xu(i){let t=_u(i),e=Ui(t.filter(d=>d.box.fullSize),!0),s=Ui(Wi(t,"left"),!0),n=Ui(Wi(t,"right")),r=Ui(Wi(t,"top"),!0),a=Ui(Wi(t,"bottom")),o=$l(t,"x"),l=$l(t,"y");return{fullSize:e,leftAndTop:s.concat(r),rightAndBottom:n.concat(l).concat(a).concat(o),chartArea:Wi(t,"chartArea"),vertical:s.concat(n).concat(l),horizontal:r.concat(a).concat(o)}}function kl(i,t,e,s){return Math.max(i[e],t[e])+Math.max(i[s],t[s])}function dd(i,t){i.top=Math.max(i.top,t.top),i.left=Math.max(i.left,t.left),i.bottom=Math.max(i.bottom,t.bottom),i.right=Math.max(i.right,t.right)}function vu(i,t,e,s){let{pos:n,box:r}=e,a=i.maxPadding;if(!V(n)){e.size&&(i[n]-=e.size);let h=s[e.stack]||{size:0,count:1};h.size=Math.max(h.size,e.horizontal?r.height:r.width),e.size=h.size/h.count,i[n]+=e.size}r.getPadding&&dd(a,r.getPadding());let o=Math.max(0,t.outerWidth-kl(a,i,"left","right")),l=Math.max(0,t.outerHeight-kl(a,i,"top","bottom")),d=o!==i.w,c=l!==i.h;return i.w=o,i.h=l,e.horizontal?{same:d,other:c}:{same:c,other:d}}function $u(i){let t=i.maxPadding;function e(s){let n=Math.max(t[s]-i[s],0);return i[s]+=n,n}i.y+=e("top"),i.x+=e("left"),e("right"),e("bottom")}function ku(i,t){let e=t.maxPadding;function s(n){let r={left:0,top:0,right:0,bottom:0};return n.forEach(a=>{r[a]=Math.max(t[a],e[a])}),r}return s(i?["left","right"]:["top","bottom"])}function Zi(i,t,e,s){let n=[],r,a,o,l,d,c;for(r=0,a=i.length,d=0;r<a;++r){o=i[r],l=o.box,l.update(o.width||t.w,o.height||t.h,ku(o.horizontal,t));let{same:h,other:u}=vu(t,e,o,s);d|=h&&n.length,c=c||u,l.fullSize||n.push(o)}return d&&Zi(n,t,e,s)||c}function Xs(i,t,e,s,n){i.top=e,i.left=t,i.right=t+s,i.bottom=e+n,i.width=s,i.height=n}function wl(i,t,e,s){let n=e.padding,{x:r,y:a}=t;for(let o of i){let l=o.box,d=s[o.stack]||{count:1,placed:0,weight:1},c=o.stackWeight/d.weight||1;if(o.horizontal){let h=t.w*c,u=d.size||l.height;mi(d.start)&&(a=d.start),l.fullSize?Xs(l,n.left,a,e.outerWidth-n.right-n.left,u):Xs(l,t.left+d.placed,a,h,u),d.start=a,d.placed+=h,a=l.bottom}else{let h=t.h*c,u=d.size||l.width;mi(d.start)&&(r=d.start),l.fullSize?Xs(l,r,n.top,u,e.outerHeight-n.bottom-n.top):Xs(l,r,t.top+d.placed,u,h),d.start=r,d.placed+=h,r=l.right}}t.x=r,t.y=a}var Ce={addBox(i,t){i.boxes||(i.boxes=[]),t.fullSize=t.fullSize||!1,t.position=t.position||"top",t.weight=t.weight||0,t._layers=t._layers||function(){return[{z:0,draw(e){t.draw(e)}}]},i.boxes.push(t)},removeBox(i,t){let e=i.boxes?i.boxes.indexOf(t):-1;e!==-1&&i.boxes.splice(e,1)},configure(i,t,e){t.fullSize=e.fullSize,t.position=e.position,t.weight=e.weight},update(i,t,e,s){if(!i)return;let n=kt(i.options.layout.padding),r=Math.max(t-n.width,0),a=Math.max(e-n.height,0),o=xu(i.boxes),l=o.vertical,d=o.horizontal;Y(i.boxes,m=>{typeof m.beforeLayout=="function"&&m.beforeLayout()});let c=l.reduce((m,b)=>b.box.options&&b.box.options.display===!1?m:m+1,0)||1,h=Object.freeze({outerWidth:t,outerHeight:e,padding:n,availableWidth:r,availableHeight:a,vBoxMaxWidth:r/2/c,hBoxMaxHeight:a/2}),u=Object.assign({},n);dd(u,kt(s));let f=Object.assign({maxPadding:u,w:r,h:a,x:n.left,y:n.top},n),g=yu(l.concat(d),h);Zi(o.fullSize,f,h,g),Zi(l,f,h,g),Zi(d,f,h,g)&&Zi(l,f,h,g),$u(f),wl(o.leftAndTop,f,h,g),f.x+=f.w,f.y+=f.h,wl(o.rightAndBottom,f,h,g),i.chartArea={left:f.left,top:f.top,right:f.left+f.w,bottom:f.top+f.h,height:f.h,width:f.w},Y(o.chartArea,m=>{let b=m.box;Object.assign(b,i.chartArea),b.update(f.w,f.h,{left:0,top:0,right:0,bottom:0})})}},on=class{acquireContext(t,e){}releaseContext(t){return!1}addEventListener(t,e,s){}removeEventListener(t,e,s){}getDevicePixelRatio(){return 1}getMaximumSize(t,e,s,n){return e=Math.max(0,e||t.width),s=s||t.height,{width:e,height:Math.max(0,n?Math.floor(e/n):s)}}isAttached(t){return!0}updateConfig(t){}},Lr=class extends on{acquireContext(t){return t&&t.getContext&&t.getContext("2d")||null}updateConfig(t){t.options.animation=!1}},en="$chartjs",wu={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},Sl=i=>i===null||i==="";function Su(i,t){let e=i.style,s=i.getAttribute("height"),n=i.getAttribute("width");if(i[en]={initial:{height:s,width:n,style:{display:e.display,height:e.height,width:e.width}}},e.display=e.display||"block",e.boxSizing=e.boxSizing||"border-box",Sl(n)){let r=yr(i,"width");r!==void 0&&(i.width=r)}if(Sl(s))if(i.style.height==="")i.height=i.width/(t||2);else{let r=yr(i,"height");r!==void 0&&(i.height=r)}return i}var cd=nl?{passive:!0}:!1;function Au(i,t,e){i&&i.addEventListener(t,e,cd)}function Mu(i,t,e){i&&i.canvas&&i.canvas.removeEventListener(t,e,cd)}function Du(i,t){let e=wu[i.type]||i.type,{x:s,y:n}=ze(i,t);return{type:e,chart:t,native:i,x:s!==void 0?s:null,y:n!==void 0?n:null}}function ln(i,t){for(let e of i)if(e===t||e.contains(t))return!0}function Pu(i,t,e){let s=i.canvas,n=new MutationObserver(r=>{let a=!1;for(let o of r)a=a||ln(o.addedNodes,s),a=a&&!ln(o.removedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}function Tu(i,t,e){let s=i.canvas,n=new MutationObserver(r=>{let a=!1;for(let o of r)a=a||ln(o.removedNodes,s),a=a&&!ln(o.addedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}var Ji=new Map,Al=0;function hd(){let i=window.devicePixelRatio;i!==Al&&(Al=i,Ji.forEach((t,e)=>{e.currentDevicePixelRatio!==i&&t()}))}function zu(i,t){Ji.size||window.addEventListener("resize",hd),Ji.set(i,t)}function Cu(i){Ji.delete(i),Ji.size||window.removeEventListener("resize",hd)}function Eu(i,t,e){let s=i.canvas,n=s&&Gs(s);if(!n)return;let r=or((o,l)=>{let d=n.clientWidth;e(o,l),d<n.clientWidth&&e()},window),a=new ResizeObserver(o=>{let l=o[0],d=l.contentRect.width,c=l.contentRect.height;d===0&&c===0||r(d,c)});return a.observe(n),zu(i,r),a}function Dr(i,t,e){e&&e.disconnect(),t==="resize"&&Cu(i)}function Lu(i,t,e){let s=i.canvas,n=or(r=>{i.ctx!==null&&e(Du(r,i))},i);return Au(s,t,n),n}var Rr=class extends on{acquireContext(t,e){let s=t&&t.getContext&&t.getContext("2d");return s&&s.canvas===t?(Su(t,e),s):null}releaseContext(t){let e=t.canvas;if(!e[en])return!1;let s=e[en].initial;["height","width"].forEach(r=>{let a=s[r];H(a)?e.removeAttribute(r):e.setAttribute(r,a)});let n=s.style||{};return Object.keys(n).forEach(r=>{e.style[r]=n[r]}),e.width=e.width,delete e[en],!0}addEventListener(t,e,s){this.removeEventListener(t,e);let n=t.$proxies||(t.$proxies={}),a={attach:Pu,detach:Tu,resize:Eu}[e]||Lu;n[e]=a(t,e,s)}removeEventListener(t,e){let s=t.$proxies||(t.$proxies={}),n=s[e];if(!n)return;({attach:Dr,detach:Dr,resize:Dr}[e]||Mu)(t,e,n),s[e]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(t,e,s,n){return sl(t,e,s,n)}isAttached(t){let e=t&&Gs(t);return!!(e&&e.isConnected)}};function Ru(i){return!Ys()||typeof OffscreenCanvas<"u"&&i instanceof OffscreenCanvas?Lr:Rr}var ue=class{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}hasValue(){return _i(this.x)&&_i(this.y)}getProps(t,e){let s=this.$animations;if(!e||!s)return this;let n={};return t.forEach(r=>{n[r]=s[r]&&s[r].active()?s[r]._to:this[r]}),n}};function Ou(i,t){let e=i.options.ticks,s=Fu(i),n=Math.min(e.maxTicksLimit||s,s),r=e.major.enabled?Iu(t):[],a=r.length,o=r[0],l=r[a-1],d=[];if(a>n)return Hu(t,d,r,a/n),d;let c=ju(r,t,n);if(a>0){let h,u,f=a>1?Math.round((l-o)/(a-1)):null;for(Ks(t,d,c,H(f)?0:o-f,o),h=0,u=a-1;h<u;h++)Ks(t,d,c,r[h],r[h+1]);return Ks(t,d,c,l,H(f)?t.length:l+f),d}return Ks(t,d,c),d}function Fu(i){let t=i.options.offset,e=i._tickSize(),s=i._length/e+(t?0:1),n=i._maxLength/e;return Math.floor(Math.min(s,n))}function ju(i,t,e){let s=Nu(i),n=t.length/e;if(!s)return Math.max(n,1);let r=Ro(s);for(let a=0,o=r.length-1;a<o;a++){let l=r[a];if(l>n)return l}return Math.max(n,1)}function Iu(i){let t=[],e,s;for(e=0,s=i.length;e<s;e++)i[e].major&&t.push(e);return t}function Hu(i,t,e,s){let n=0,r=e[0],a;for(s=Math.ceil(s),a=0;a<i.length;a++)a===r&&(t.push(i[a]),n++,r=e[n*s])}function Ks(i,t,e,s,n){let r=O(s,0),a=Math.min(O(n,i.length),i.length),o=0,l,d,c;for(e=Math.ceil(e),n&&(l=n-s,e=l/Math.floor(l/e)),c=r;c<0;)o++,c=Math.round(r+o*e);for(d=Math.max(r,0);d<a;d++)d===c&&(t.push(i[d]),o++,c=Math.round(r+o*e))}function Nu(i){let t=i.length,e,s;if(t<2)return!1;for(s=i[0],e=1;e<t;++e)if(i[e]-i[e-1]!==s)return!1;return s}var Bu=i=>i==="left"?"right":i==="right"?"left":i,Ml=(i,t,e)=>t==="top"||t==="left"?i[t]+e:i[t]-e,Dl=(i,t)=>Math.min(t||i,i);function Pl(i,t){let e=[],s=i.length/t,n=i.length,r=0;for(;r<n;r+=s)e.push(i[Math.floor(r)]);return e}function Vu(i,t,e){let s=i.ticks.length,n=Math.min(t,s-1),r=i._startPixel,a=i._endPixel,o=1e-6,l=i.getPixelForTick(n),d;if(!(e&&(s===1?d=Math.max(l-r,a-l):t===0?d=(i.getPixelForTick(1)-l)/2:d=(l-i.getPixelForTick(n-1))/2,l+=n<t?d:-d,l<r-o||l>a+o)))return l}function qu(i,t){Y(i,e=>{let s=e.gc,n=s.length/2,r;if(n>t){for(r=0;r<n;++r)delete e.data[s[r]];s.splice(0,n)}})}function Yi(i){return i.drawTicks?i.tickLength:0}function Tl(i,t){if(!i.display)return 0;let e=gt(i.font,t),s=kt(i.padding);return(tt(i.text)?i.text.length:1)*e.lineHeight+s.height}function Wu(i,t){return de(i,{scale:t,type:"scale"})}function Uu(i,t,e){return de(i,{tick:e,index:t,type:"tick"})}function Yu(i,t,e){let s=lr(i);return(e&&t!=="right"||!e&&t==="right")&&(s=Bu(s)),s}function Gu(i,t,e,s){let{top:n,left:r,bottom:a,right:o,chart:l}=i,{chartArea:d,scales:c}=l,h=0,u,f,g,m=a-n,b=o-r;if(i.isHorizontal()){if(f=zt(s,r,o),V(e)){let x=Object.keys(e)[0],$=e[x];g=c[x].getPixelForValue($)+m-t}else e==="center"?g=(d.bottom+d.top)/2+m-t:g=Ml(i,e,t);u=o-r}else{if(V(e)){let x=Object.keys(e)[0],$=e[x];f=c[x].getPixelForValue($)-b+t}else e==="center"?f=(d.left+d.right)/2-b+t:f=Ml(i,e,t);g=zt(s,a,n),h=e==="left"?-Dt:Dt}return{titleX:f,titleY:g,maxWidth:u,rotation:h}}var ei=class i extends ue{constructor(t){super(),this.id=t.id,this.type=t.type,this.options=void 0,this.ctx=t.ctx,this.chart=t.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(t){this.options=t.setContext(this.getContext()),this.axis=t.axis,this._userMin=this.parse(t.min),this._userMax=this.parse(t.max),this._suggestedMin=this.parse(t.suggestedMin),this._suggestedMax=this.parse(t.suggestedMax)}parse(t,e){return t}getUserBounds(){let{_userMin:t,_userMax:e,_suggestedMin:s,_suggestedMax:n}=this;return t=Tt(t,Number.POSITIVE_INFINITY),e=Tt(e,Number.NEGATIVE_INFINITY),s=Tt(s,Number.POSITIVE_INFINITY),n=Tt(n,Number.NEGATIVE_INFINITY),{min:Tt(t,s),max:Tt(e,n),minDefined:ft(t),maxDefined:ft(e)}}getMinMax(t){let{min:e,max:s,minDefined:n,maxDefined:r}=this.getUserBounds(),a;if(n&&r)return{min:e,max:s};let o=this.getMatchingVisibleMetas();for(let l=0,d=o.length;l<d;++l)a=o[l].controller.getMinMax(this,t),n||(e=Math.min(e,a.min)),r||(s=Math.max(s,a.max));return e=r&&e>s?s:e,s=n&&e>s?e:s,{min:Tt(e,Tt(s,e)),max:Tt(s,Tt(e,s))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){let t=this.chart.data;return this.options.labels||(this.isHorizontal()?t.xLabels:t.yLabels)||t.labels||[]}getLabelItems(t=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(t))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){J(this.options.beforeUpdate,[this])}update(t,e,s){let{beginAtZero:n,grace:r,ticks:a}=this.options,o=a.sampleSize;this.beforeUpdate(),this.maxWidth=t,this.maxHeight=e,this._margins=s=Object.assign({left:0,right:0,top:0,bottom:0},s),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+s.left+s.right:this.height+s.top+s.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=Ko(this,r,n),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();let l=o<this.ticks.length;this._convertTicksToLabels(l?Pl(this.ticks,o):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),a.display&&(a.autoSkip||a.source==="auto")&&(this.ticks=Ou(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),l&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let t=this.options.reverse,e,s;this.isHorizontal()?(e=this.left,s=this.right):(e=this.top,s=this.bottom,t=!t),this._startPixel=e,this._endPixel=s,this._reversePixels=t,this._length=s-e,this._alignToPixels=this.options.alignToPixels}afterUpdate(){J(this.options.afterUpdate,[this])}beforeSetDimensions(){J(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){J(this.options.afterSetDimensions,[this])}_callHooks(t){this.chart.notifyPlugins(t,this.getContext()),J(this.options[t],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){J(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(t){let e=this.options.ticks,s,n,r;for(s=0,n=t.length;s<n;s++)r=t[s],r.label=J(e.callback,[r.value,s,t],this)}afterTickToLabelConversion(){J(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){J(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){let t=this.options,e=t.ticks,s=Dl(this.ticks.length,t.ticks.maxTicksLimit),n=e.minRotation||0,r=e.maxRotation,a=n,o,l,d;if(!this._isVisible()||!e.display||n>=r||s<=1||!this.isHorizontal()){this.labelRotation=n;return}let c=this._getLabelSizes(),h=c.widest.width,u=c.highest.height,f=Pt(this.chart.width-h,0,this.maxWidth);o=t.offset?this.maxWidth/s:f/(s-1),h+6>o&&(o=f/(s-(t.offset?.5:1)),l=this.maxHeight-Yi(t.grid)-e.padding-Tl(t.title,this.chart.options.font),d=Math.sqrt(h*h+u*u),a=Is(Math.min(Math.asin(Pt((c.highest.height+6)/o,-1,1)),Math.asin(Pt(l/d,-1,1))-Math.asin(Pt(u/d,-1,1)))),a=Math.max(n,Math.min(r,a))),this.labelRotation=a}afterCalculateLabelRotation(){J(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){J(this.options.beforeFit,[this])}fit(){let t={width:0,height:0},{chart:e,options:{ticks:s,title:n,grid:r}}=this,a=this._isVisible(),o=this.isHorizontal();if(a){let l=Tl(n,e.options.font);if(o?(t.width=this.maxWidth,t.height=Yi(r)+l):(t.height=this.maxHeight,t.width=Yi(r)+l),s.display&&this.ticks.length){let{first:d,last:c,widest:h,highest:u}=this._getLabelSizes(),f=s.padding*2,g=le(this.labelRotation),m=Math.cos(g),b=Math.sin(g);if(o){let x=s.mirror?0:b*h.width+m*u.height;t.height=Math.min(this.maxHeight,t.height+x+f)}else{let x=s.mirror?0:m*h.width+b*u.height;t.width=Math.min(this.maxWidth,t.width+x+f)}this._calculatePadding(d,c,b,m)}}this._handleMargins(),o?(this.width=this._length=e.width-this._margins.left-this._margins.right,this.height=t.height):(this.width=t.width,this.height=this._length=e.height-this._margins.top-this._margins.bottom)}_calculatePadding(t,e,s,n){let{ticks:{align:r,padding:a},position:o}=this.options,l=this.labelRotation!==0,d=o!=="top"&&this.axis==="x";if(this.isHorizontal()){let c=this.getPixelForTick(0)-this.left,h=this.right-this.getPixelForTick(this.ticks.length-1),u=0,f=0;l?d?(u=n*t.width,f=s*e.height):(u=s*t.height,f=n*e.width):r==="start"?f=e.width:r==="end"?u=t.width:r!=="inner"&&(u=t.width/2,f=e.width/2),this.paddingLeft=Math.max((u-c+a)*this.width/(this.width-c),0),this.paddingRight=Math.max((f-h+a)*this.width/(this.width-h),0)}else{let c=e.height/2,h=t.height/2;r==="start"?(c=0,h=t.height):r==="end"&&(c=e.height,h=0),this.paddingTop=c+a,this.paddingBottom=h+a}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){J(this.options.afterFit,[this])}isHorizontal(){let{axis:t,position:e}=this.options;return e==="top"||e==="bottom"||t==="x"}isFullSize(){return this.options.fullSize}_convertTicksToLabels(t){this.beforeTickToLabelConversion(),this.generateTickLabels(t);let e,s;for(e=0,s=t.length;e<s;e++)H(t[e].label)&&(t.splice(e,1),s--,e--);this.afterTickToLabelConversion()}_getLabelSizes(){let t=this._labelSizes;if(!t){let e=this.options.ticks.sampleSize,s=this.ticks;e<s.length&&(s=Pl(s,e)),this._labelSizes=t=this._computeLabelSizes(s,s.length,this.options.ticks.maxTicksLimit)}return t}_computeLabelSizes(t,e,s){let{ctx:n,_longestTextCache:r}=this,a=[],o=[],l=Math.floor(e/Dl(e,s)),d=0,c=0,h,u,f,g,m,b,x,$,S,M,k;for(h=0;h<e;h+=l){if(g=t[h].label,m=this._resolveTickFontOptions(h),n.font=b=m.string,x=r[b]=r[b]||{data:{},gc:[]},$=m.lineHeight,S=M=0,!H(g)&&!tt(g))S=Hi(n,x.data,x.gc,S,g),M=$;else if(tt(g))for(u=0,f=g.length;u<f;++u)k=g[u],!H(k)&&!tt(k)&&(S=Hi(n,x.data,x.gc,S,k),M+=$);a.push(S),o.push(M),d=Math.max(S,d),c=Math.max(M,c)}qu(r,e);let T=a.indexOf(d),P=o.indexOf(c),D=R=>({width:a[R]||0,height:o[R]||0});return{first:D(0),last:D(e-1),widest:D(T),highest:D(P),widths:a,heights:o}}getLabelForValue(t){return t}getPixelForValue(t,e){return NaN}getValueForPixel(t){}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getPixelForDecimal(t){this._reversePixels&&(t=1-t);let e=this._startPixel+t*this._length;return jo(this._alignToPixels?Pe(this.chart,e,0):e)}getDecimalForPixel(t){let e=(t-this._startPixel)/this._length;return this._reversePixels?1-e:e}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){let{min:t,max:e}=this;return t<0&&e<0?e:t>0&&e>0?t:0}getContext(t){let e=this.ticks||[];if(t>=0&&t<e.length){let s=e[t];return s.$context||(s.$context=Uu(this.getContext(),t,s))}return this.$context||(this.$context=Wu(this.chart.getContext(),this))}_tickSize(){let t=this.options.ticks,e=le(this.labelRotation),s=Math.abs(Math.cos(e)),n=Math.abs(Math.sin(e)),r=this._getLabelSizes(),a=t.autoSkipPadding||0,o=r?r.widest.width+a:0,l=r?r.highest.height+a:0;return this.isHorizontal()?l*s>o*n?o/s:l/n:l*n<o*s?l/s:o/n}_isVisible(){let t=this.options.display;return t!=="auto"?!!t:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(t){let e=this.axis,s=this.chart,n=this.options,{grid:r,position:a,border:o}=n,l=r.offset,d=this.isHorizontal(),h=this.ticks.length+(l?1:0),u=Yi(r),f=[],g=o.setContext(this.getContext()),m=g.display?g.width:0,b=m/2,x=function(_t){return Pe(s,_t,m)},$,S,M,k,T,P,D,R,W,j,U,Mt;if(a==="top")$=x(this.bottom),P=this.bottom-u,R=$-b,j=x(t.top)+b,Mt=t.bottom;else if(a==="bottom")$=x(this.top),j=t.top,Mt=x(t.bottom)-b,P=$+b,R=this.top+u;else if(a==="left")$=x(this.right),T=this.right-u,D=$-b,W=x(t.left)+b,U=t.right;else if(a==="right")$=x(this.left),W=t.left,U=x(t.right)-b,T=$+b,D=this.left+u;else if(e==="x"){if(a==="center")$=x((t.top+t.bottom)/2+.5);else if(V(a)){let _t=Object.keys(a)[0],Ot=a[_t];$=x(this.chart.scales[_t].getPixelForValue(Ot))}j=t.top,Mt=t.bottom,P=$+b,R=P+u}else if(e==="y"){if(a==="center")$=x((t.left+t.right)/2);else if(V(a)){let _t=Object.keys(a)[0],Ot=a[_t];$=x(this.chart.scales[_t].getPixelForValue(Ot))}T=$-b,D=T-u,W=t.left,U=t.right}let Gt=O(n.ticks.maxTicksLimit,h),ot=Math.max(1,Math.ceil(h/Gt));for(S=0;S<h;S+=ot){let _t=this.getContext(S),Ot=r.setContext(_t),ss=o.setContext(_t),ns=Ot.lineWidth,ii=Ot.color,rs=ss.dash||[],si=ss.dashOffset,$i=Ot.tickWidth,Le=Ot.tickColor,ki=Ot.tickBorderDash||[],Re=Ot.tickBorderDashOffset;M=Vu(this,S,l),M!==void 0&&(k=Pe(s,M,ns),d?T=D=W=U=k:P=R=j=Mt=k,f.push({tx1:T,ty1:P,tx2:D,ty2:R,x1:W,y1:j,x2:U,y2:Mt,width:ns,color:ii,borderDash:rs,borderDashOffset:si,tickWidth:$i,tickColor:Le,tickBorderDash:ki,tickBorderDashOffset:Re}))}return this._ticksLength=h,this._borderValue=$,f}_computeLabelItems(t){let e=this.axis,s=this.options,{position:n,ticks:r}=s,a=this.isHorizontal(),o=this.ticks,{align:l,crossAlign:d,padding:c,mirror:h}=r,u=Yi(s.grid),f=u+c,g=h?-c:f,m=-le(this.labelRotation),b=[],x,$,S,M,k,T,P,D,R,W,j,U,Mt="middle";if(n==="top")T=this.bottom-g,P=this._getXAxisLabelAlignment();else if(n==="bottom")T=this.top+g,P=this._getXAxisLabelAlignment();else if(n==="left"){let ot=this._getYAxisLabelAlignment(u);P=ot.textAlign,k=ot.x}else if(n==="right"){let ot=this._getYAxisLabelAlignment(u);P=ot.textAlign,k=ot.x}else if(e==="x"){if(n==="center")T=(t.top+t.bottom)/2+f;else if(V(n)){let ot=Object.keys(n)[0],_t=n[ot];T=this.chart.scales[ot].getPixelForValue(_t)+f}P=this._getXAxisLabelAlignment()}else if(e==="y"){if(n==="center")k=(t.left+t.right)/2-f;else if(V(n)){let ot=Object.keys(n)[0],_t=n[ot];k=this.chart.scales[ot].getPixelForValue(_t)}P=this._getYAxisLabelAlignment(u).textAlign}e==="y"&&(l==="start"?Mt="top":l==="end"&&(Mt="bottom"));let Gt=this._getLabelSizes();for(x=0,$=o.length;x<$;++x){S=o[x],M=S.label;let ot=r.setContext(this.getContext(x));D=this.getPixelForTick(x)+r.labelOffset,R=this._resolveTickFontOptions(x),W=R.lineHeight,j=tt(M)?M.length:1;let _t=j/2,Ot=ot.color,ss=ot.textStrokeColor,ns=ot.textStrokeWidth,ii=P;a?(k=D,P==="inner"&&(x===$-1?ii=this.options.reverse?"left":"right":x===0?ii=this.options.reverse?"right":"left":ii="center"),n==="top"?d==="near"||m!==0?U=-j*W+W/2:d==="center"?U=-Gt.highest.height/2-_t*W+W:U=-Gt.highest.height+W/2:d==="near"||m!==0?U=W/2:d==="center"?U=Gt.highest.height/2-_t*W:U=Gt.highest.height-j*W,h&&(U*=-1),m!==0&&!ot.showLabelBackdrop&&(k+=W/2*Math.sin(m))):(T=D,U=(1-j)*W/2);let rs;if(ot.showLabelBackdrop){let si=kt(ot.backdropPadding),$i=Gt.heights[x],Le=Gt.widths[x],ki=U-si.top,Re=0-si.left;switch(Mt){case"middle":ki-=$i/2;break;case"bottom":ki-=$i;break}switch(P){case"center":Re-=Le/2;break;case"right":Re-=Le;break;case"inner":x===$-1?Re-=Le:x>0&&(Re-=Le/2);break}rs={left:Re,top:ki,width:Le+si.width,height:$i+si.height,color:ot.backdropColor}}b.push({label:M,font:R,textOffset:U,options:{rotation:m,color:Ot,strokeColor:ss,strokeWidth:ns,textAlign:ii,textBaseline:Mt,translation:[k,T],backdrop:rs}})}return b}_getXAxisLabelAlignment(){let{position:t,ticks:e}=this.options;if(-le(this.labelRotation))return t==="top"?"left":"right";let n="center";return e.align==="start"?n="left":e.align==="end"?n="right":e.align==="inner"&&(n="inner"),n}_getYAxisLabelAlignment(t){let{position:e,ticks:{crossAlign:s,mirror:n,padding:r}}=this.options,a=this._getLabelSizes(),o=t+r,l=a.widest.width,d,c;return e==="left"?n?(c=this.right+r,s==="near"?d="left":s==="center"?(d="center",c+=l/2):(d="right",c+=l)):(c=this.right-o,s==="near"?d="right":s==="center"?(d="center",c-=l/2):(d="left",c=this.left)):e==="right"?n?(c=this.left+r,s==="near"?d="right":s==="center"?(d="center",c-=l/2):(d="left",c-=l)):(c=this.left+o,s==="near"?d="left":s==="center"?(d="center",c+=l/2):(d="right",c=this.right)):d="right",{textAlign:d,x:c}}_computeLabelArea(){if(this.options.ticks.mirror)return;let t=this.chart,e=this.options.position;if(e==="left"||e==="right")return{top:0,left:this.left,bottom:t.height,right:this.right};if(e==="top"||e==="bottom")return{top:this.top,left:0,bottom:this.bottom,right:t.width}}drawBackground(){let{ctx:t,options:{backgroundColor:e},left:s,top:n,width:r,height:a}=this;e&&(t.save(),t.fillStyle=e,t.fillRect(s,n,r,a),t.restore())}getLineWidthForValue(t){let e=this.options.grid;if(!this._isVisible()||!e.display)return 0;let n=this.ticks.findIndex(r=>r.value===t);return n>=0?e.setContext(this.getContext(n)).lineWidth:0}drawGrid(t){let e=this.options.grid,s=this.ctx,n=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(t)),r,a,o=(l,d,c)=>{!c.width||!c.color||(s.save(),s.lineWidth=c.width,s.strokeStyle=c.color,s.setLineDash(c.borderDash||[]),s.lineDashOffset=c.borderDashOffset,s.beginPath(),s.moveTo(l.x,l.y),s.lineTo(d.x,d.y),s.stroke(),s.restore())};if(e.display)for(r=0,a=n.length;r<a;++r){let l=n[r];e.drawOnChartArea&&o({x:l.x1,y:l.y1},{x:l.x2,y:l.y2},l),e.drawTicks&&o({x:l.tx1,y:l.ty1},{x:l.tx2,y:l.ty2},{color:l.tickColor,width:l.tickWidth,borderDash:l.tickBorderDash,borderDashOffset:l.tickBorderDashOffset})}}drawBorder(){let{chart:t,ctx:e,options:{border:s,grid:n}}=this,r=s.setContext(this.getContext()),a=s.display?r.width:0;if(!a)return;let o=n.setContext(this.getContext(0)).lineWidth,l=this._borderValue,d,c,h,u;this.isHorizontal()?(d=Pe(t,this.left,a)-a/2,c=Pe(t,this.right,o)+o/2,h=u=l):(h=Pe(t,this.top,a)-a/2,u=Pe(t,this.bottom,o)+o/2,d=c=l),e.save(),e.lineWidth=r.width,e.strokeStyle=r.color,e.beginPath(),e.moveTo(d,h),e.lineTo(c,u),e.stroke(),e.restore()}drawLabels(t){if(!this.options.ticks.display)return;let s=this.ctx,n=this._computeLabelArea();n&&qs(s,n);let r=this.getLabelItems(t);for(let a of r){let o=a.options,l=a.font,d=a.label,c=a.textOffset;Ke(s,d,0,c,l,o)}n&&Ws(s)}drawTitle(){let{ctx:t,options:{position:e,title:s,reverse:n}}=this;if(!s.display)return;let r=gt(s.font),a=kt(s.padding),o=s.align,l=r.lineHeight/2;e==="bottom"||e==="center"||V(e)?(l+=a.bottom,tt(s.text)&&(l+=r.lineHeight*(s.text.length-1))):l+=a.top;let{titleX:d,titleY:c,maxWidth:h,rotation:u}=Gu(this,l,e,o);Ke(t,s.text,0,0,r,{color:s.color,maxWidth:h,rotation:u,textAlign:Yu(o,e,n),textBaseline:"middle",translation:[d,c],strokeColor:s.strokeColor,strokeWidth:s.strokeWidth})}draw(t){this._isVisible()&&(this.drawBackground(),this.drawGrid(t),this.drawBorder(),this.drawTitle(),this.drawLabels(t))}_layers(){let t=this.options,e=t.ticks&&t.ticks.z||0,s=O(t.grid&&t.grid.z,-1),n=O(t.border&&t.border.z,0);return!this._isVisible()||this.draw!==i.prototype.draw?[{z:e,draw:r=>{this.draw(r)}}]:[{z:s,draw:r=>{this.drawBackground(),this.drawGrid(r),this.drawTitle()}},{z:n,draw:()=>{this.drawBorder()}},{z:e,draw:r=>{this.drawLabels(r)}}]}getMatchingVisibleMetas(t){let e=this.chart.getSortedVisibleDatasetMetas(),s=this.axis+"AxisID",n=[],r,a;for(r=0,a=e.length;r<a;++r){let o=e[r];o[s]===this.id&&(!t||o.type===t)&&n.push(o)}return n}_resolveTickFontOptions(t){let e=this.options.ticks.setContext(this.getContext(t));return gt(e.font)}_maxDigits(){let t=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/t}},yi=class{constructor(t,e,s){this.type=t,this.scope=e,this.override=s,this.items=Object.create(null)}isForType(t){return Object.prototype.isPrototypeOf.call(this.type.prototype,t.prototype)}register(t){let e=Object.getPrototypeOf(t),s;Ku(e)&&(s=this.register(e));let n=this.items,r=t.id,a=this.scope+"."+r;if(!r)throw new Error("class does not have id: "+t);return r in n||(n[r]=t,Zu(t,a,s),this.override&&nt.override(t.id,t.overrides)),a}get(t){return this.items[t]}unregister(t){let e=this.items,s=t.id,n=this.scope;s in e&&delete e[s],n&&s in nt[n]&&(delete nt[n][s],this.override&&delete De[s])}};function Zu(i,t,e){let s=ui(Object.create(null),[e?nt.get(e):{},nt.get(t),i.defaults]);nt.set(t,s),i.defaultRoutes&&Xu(t,i.defaultRoutes),i.descriptors&&nt.describe(t,i.descriptors)}function Xu(i,t){Object.keys(t).forEach(e=>{let s=e.split("."),n=s.pop(),r=[i].concat(s).join("."),a=t[e].split("."),o=a.pop(),l=a.join(".");nt.route(r,n,l,o)})}function Ku(i){return"id"in i&&"defaults"in i}var Or=class{constructor(){this.controllers=new yi(Ki,"datasets",!0),this.elements=new yi(ue,"elements"),this.plugins=new yi(Object,"plugins"),this.scales=new yi(ei,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...t){this._each("register",t)}remove(...t){this._each("unregister",t)}addControllers(...t){this._each("register",t,this.controllers)}addElements(...t){this._each("register",t,this.elements)}addPlugins(...t){this._each("register",t,this.plugins)}addScales(...t){this._each("register",t,this.scales)}getController(t){return this._get(t,this.controllers,"controller")}getElement(t){return this._get(t,this.elements,"element")}getPlugin(t){return this._get(t,this.plugins,"plugin")}getScale(t){return this._get(t,this.scales,"scale")}removeControllers(...t){this._each("unregister",t,this.controllers)}removeElements(...t){this._each("unregister",t,this.elements)}removePlugins(...t){this._each("unregister",t,this.plugins)}removeScales(...t){this._each("unregister",t,this.scales)}_each(t,e,s){[...e].forEach(n=>{let r=s||this._getRegistryForType(n);s||r.isForType(n)||r===this.plugins&&n.id?this._exec(t,r,n):Y(n,a=>{let o=s||this._getRegistryForType(a);this._exec(t,o,a)})})}_exec(t,e,s){let n=js(t);J(s["before"+n],[],s),e[t](s),J(s["after"+n],[],s)}_getRegistryForType(t){for(let e=0;e<this._typedRegistries.length;e++){let s=this._typedRegistries[e];if(s.isForType(t))return s}return this.plugins}_get(t,e,s){let n=e.get(t);if(n===void 0)throw new Error('"'+t+'" is not a registered '+s+".");return n}},te=new Or,Fr=class{constructor(){this._init=void 0}notify(t,e,s,n){if(e==="beforeInit"&&(this._init=this._createDescriptors(t,!0),this._notify(this._init,t,"install")),this._init===void 0)return;let r=n?this._descriptors(t).filter(n):this._descriptors(t),a=this._notify(r,t,e,s);return e==="afterDestroy"&&(this._notify(r,t,"stop"),this._notify(this._init,t,"uninstall"),this._init=void 0),a}_notify(t,e,s,n){n=n||{};for(let r of t){let a=r.plugin,o=a[s],l=[e,n,r.options];if(J(o,l,a)===!1&&n.cancelable)return!1}return!0}invalidate(){H(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(t){if(this._cache)return this._cache;let e=this._cache=this._createDescriptors(t);return this._notifyStateChanges(t),e}_createDescriptors(t,e){let s=t&&t.config,n=O(s.options&&s.options.plugins,{}),r=Ju(s);return n===!1&&!e?[]:tp(t,r,n,e)}_notifyStateChanges(t){let e=this._oldCache||[],s=this._cache,n=(r,a)=>r.filter(o=>!a.some(l=>o.plugin.id===l.plugin.id));this._notify(n(e,s),t,"stop"),this._notify(n(s,e),t,"start")}};function Ju(i){let t={},e=[],s=Object.keys(te.plugins.items);for(let r=0;r<s.length;r++)e.push(te.getPlugin(s[r]));let n=i.plugins||[];for(let r=0;r<n.length;r++){let a=n[r];e.indexOf(a)===-1&&(e.push(a),t[a.id]=!0)}return{plugins:e,localIds:t}}function Qu(i,t){return!t&&i===!1?null:i===!0?{}:i}function tp(i,{plugins:t,localIds:e},s,n){let r=[],a=i.getContext();for(let o of t){let l=o.id,d=Qu(s[l],n);d!==null&&r.push({plugin:o,options:ep(i.config,{plugin:o,local:e[l]},d,a)})}return r}function ep(i,{plugin:t,local:e},s,n){let r=i.pluginScopeKeys(t),a=i.getOptionScopes(s,r);return e&&t.defaults&&a.push(t.defaults),i.createResolver(a,n,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function jr(i,t){let e=nt.datasets[i]||{};return((t.datasets||{})[i]||{}).indexAxis||t.indexAxis||e.indexAxis||"x"}function ip(i,t){let e=i;return i==="_index_"?e=t:i==="_value_"&&(e=t==="x"?"y":"x"),e}function sp(i,t){return i===t?"_index_":"_value_"}function zl(i){if(i==="x"||i==="y"||i==="r")return i}function np(i){if(i==="top"||i==="bottom")return"x";if(i==="left"||i==="right")return"y"}function Ir(i,...t){if(zl(i))return i;for(let e of t){let s=e.axis||np(e.position)||i.length>1&&zl(i[0].toLowerCase());if(s)return s}throw new Error(`Cannot determine type of '${i}' axis. Please provide 'axis' or 'position' option.`)}function Cl(i,t,e){if(e[t+"AxisID"]===i)return{axis:t}}function rp(i,t){if(t.data&&t.data.datasets){let e=t.data.datasets.filter(s=>s.xAxisID===i||s.yAxisID===i);if(e.length)return Cl(i,"x",e[0])||Cl(i,"y",e[0])}return{}}function ap(i,t){let e=De[i.type]||{scales:{}},s=t.scales||{},n=jr(i.type,t),r=Object.create(null);return Object.keys(s).forEach(a=>{let o=s[a];if(!V(o))return console.error(`Invalid scale configuration for scale: ${a}`);if(o._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${a}`);let l=Ir(a,o,rp(a,i),nt.scales[o.type]),d=sp(l,n),c=e.scales||{};r[a]=fi(Object.create(null),[{axis:l},o,c[l],c[d]])}),i.data.datasets.forEach(a=>{let o=a.type||i.type,l=a.indexAxis||jr(o,t),c=(De[o]||{}).scales||{};Object.keys(c).forEach(h=>{let u=ip(h,l),f=a[u+"AxisID"]||u;r[f]=r[f]||Object.create(null),fi(r[f],[{axis:u},s[f],c[h]])})}),Object.keys(r).forEach(a=>{let o=r[a];fi(o,[nt.scales[o.type],nt.scale])}),r}function ud(i){let t=i.options||(i.options={});t.plugins=O(t.plugins,{}),t.scales=ap(i,t)}function pd(i){return i=i||{},i.datasets=i.datasets||[],i.labels=i.labels||[],i}function op(i){return i=i||{},i.data=pd(i.data),ud(i),i}var El=new Map,fd=new Set;function Js(i,t){let e=El.get(i);return e||(e=t(),El.set(i,e),fd.add(e)),e}var Gi=(i,t,e)=>{let s=Xe(t,e);s!==void 0&&i.add(s)},Hr=class{constructor(t){this._config=op(t),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(t){this._config.type=t}get data(){return this._config.data}set data(t){this._config.data=pd(t)}get options(){return this._config.options}set options(t){this._config.options=t}get plugins(){return this._config.plugins}update(){let t=this._config;this.clearCache(),ud(t)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(t){return Js(t,()=>[[`datasets.${t}`,""]])}datasetAnimationScopeKeys(t,e){return Js(`${t}.transition.${e}`,()=>[[`datasets.${t}.transitions.${e}`,`transitions.${e}`],[`datasets.${t}`,""]])}datasetElementScopeKeys(t,e){return Js(`${t}-${e}`,()=>[[`datasets.${t}.elements.${e}`,`datasets.${t}`,`elements.${e}`,""]])}pluginScopeKeys(t){let e=t.id,s=this.type;return Js(`${s}-plugin-${e}`,()=>[[`plugins.${e}`,...t.additionalOptionScopes||[]]])}_cachedScopes(t,e){let s=this._scopeCache,n=s.get(t);return(!n||e)&&(n=new Map,s.set(t,n)),n}getOptionScopes(t,e,s){let{options:n,type:r}=this,a=this._cachedScopes(t,s),o=a.get(e);if(o)return o;let l=new Set;e.forEach(c=>{t&&(l.add(t),c.forEach(h=>Gi(l,t,h))),c.forEach(h=>Gi(l,n,h)),c.forEach(h=>Gi(l,De[r]||{},h)),c.forEach(h=>Gi(l,nt,h)),c.forEach(h=>Gi(l,Bs,h))});let d=Array.from(l);return d.length===0&&d.push(Object.create(null)),fd.has(e)&&a.set(e,d),d}chartOptionScopes(){let{options:t,type:e}=this;return[t,De[e]||{},nt.datasets[e]||{},{type:e},nt,Bs]}resolveNamedOptions(t,e,s,n=[""]){let r={$shared:!0},{resolver:a,subPrefixes:o}=Ll(this._resolverCache,t,n),l=a;if(dp(a,e)){r.$shared=!1,s=ae(s)?s():s;let d=this.createResolver(t,s,o);l=Ze(a,s,d)}for(let d of e)r[d]=l[d];return r}createResolver(t,e,s=[""],n){let{resolver:r}=Ll(this._resolverCache,t,s);return V(e)?Ze(r,e,void 0,n):r}};function Ll(i,t,e){let s=i.get(t);s||(s=new Map,i.set(t,s));let n=e.join(),r=s.get(n);return r||(r={resolver:Us(t,e),subPrefixes:e.filter(o=>!o.toLowerCase().includes("hover"))},s.set(n,r)),r}var lp=i=>V(i)&&Object.getOwnPropertyNames(i).some(t=>ae(i[t]));function dp(i,t){let{isScriptable:e,isIndexable:s}=mr(i);for(let n of t){let r=e(n),a=s(n),o=(a||r)&&i[n];if(r&&(ae(o)||lp(o))||a&&tt(o))return!0}return!1}var cp="4.6.1",hp=["top","bottom","left","right","chartArea"];function Rl(i,t){return i==="top"||i==="bottom"||hp.indexOf(i)===-1&&t==="x"}function Ol(i,t){return function(e,s){return e[i]===s[i]?e[t]-s[t]:e[i]-s[i]}}function Fl(i){let t=i.chart,e=t.options.animation;t.notifyPlugins("afterRender"),J(e&&e.onComplete,[i],t)}function up(i){let t=i.chart,e=t.options.animation;J(e&&e.onProgress,[i],t)}function md(i){return Ys()&&typeof i=="string"?i=document.getElementById(i):i&&i.length&&(i=i[0]),i&&i.canvas&&(i=i.canvas),i}var sn={},jl=i=>{let t=md(i);return Object.values(sn).filter(e=>e.canvas===t).pop()};function pp(i,t,e){let s=Object.keys(i);for(let n of s){let r=+n;if(r>=t){let a=i[n];delete i[n],(e>0||r>t)&&(i[r+e]=a)}}}function fp(i,t,e,s){return!e||i.type==="mouseout"?null:s?t:i}var xi=class{static defaults=nt;static instances=sn;static overrides=De;static registry=te;static version=cp;static getChart=jl;static register(...t){te.add(...t),Il()}static unregister(...t){te.remove(...t),Il()}constructor(t,e){let s=this.config=new Hr(e),n=md(t),r=jl(n);if(r)throw new Error("Canvas is already in use. Chart with ID '"+r.id+"' must be destroyed before the canvas with ID '"+r.canvas.id+"' can be reused.");let a=s.createResolver(s.chartOptionScopes(),this.getContext());this.platform=new(s.platform||Ru(n)),this.platform.updateConfig(s);let o=this.platform.acquireContext(n,a.aspectRatio),l=o&&o.canvas,d=l&&l.height,c=l&&l.width;if(this.id=zo(),this.ctx=o,this.canvas=l,this.width=c,this.height=d,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new Fr,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=Vo(h=>this.update(h),a.resizeDelay||0),this._dataChanges=[],sn[this.id]=this,!o||!l){console.error("Failed to create chart: can't acquire context from the given item");return}ce.listen(this,"complete",Fl),ce.listen(this,"progress",up),this._initialize(),this.attached&&this.update()}get aspectRatio(){let{options:{aspectRatio:t,maintainAspectRatio:e},width:s,height:n,_aspectRatio:r}=this;return H(t)?e&&r?r:n?s/n:null:t}get data(){return this.config.data}set data(t){this.config.data=t}get options(){return this._options}set options(t){this.config.options=t}get registry(){return te}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():br(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return hr(this.canvas,this.ctx),this}stop(){return ce.stop(this),this}resize(t,e){ce.running(this)?this._resizeBeforeDraw={width:t,height:e}:this._resize(t,e)}_resize(t,e){let s=this.options,n=this.canvas,r=s.maintainAspectRatio&&this.aspectRatio,a=this.platform.getMaximumSize(n,t,e,r),o=s.devicePixelRatio||this.platform.getDevicePixelRatio(),l=this.width?"resize":"attach";this.width=a.width,this.height=a.height,this._aspectRatio=this.aspectRatio,br(this,o,!0)&&(this.notifyPlugins("resize",{size:a}),J(s.onResize,[this,a],this),this.attached&&this._doResize(l)&&this.render())}ensureScalesHaveIDs(){let e=this.options.scales||{};Y(e,(s,n)=>{s.id=n})}buildOrUpdateScales(){let t=this.options,e=t.scales,s=this.scales,n=Object.keys(s).reduce((a,o)=>(a[o]=!1,a),{}),r=[];e&&(r=r.concat(Object.keys(e).map(a=>{let o=e[a],l=Ir(a,o),d=l==="r",c=l==="x";return{options:o,dposition:d?"chartArea":c?"bottom":"left",dtype:d?"radialLinear":c?"category":"linear"}}))),Y(r,a=>{let o=a.options,l=o.id,d=Ir(l,o),c=O(o.type,a.dtype);(o.position===void 0||Rl(o.position,d)!==Rl(a.dposition))&&(o.position=a.dposition),n[l]=!0;let h=null;if(l in s&&s[l].type===c)h=s[l];else{let u=te.getScale(c);h=new u({id:l,type:c,ctx:this.ctx,chart:this}),s[h.id]=h}h.init(o,t)}),Y(n,(a,o)=>{a||delete s[o]}),Y(s,a=>{Ce.configure(this,a,a.options),Ce.addBox(this,a)})}_updateMetasets(){let t=this._metasets,e=this.data.datasets.length,s=t.length;if(t.sort((n,r)=>n.index-r.index),s>e){for(let n=e;n<s;++n)this._destroyDatasetMeta(n);t.splice(e,s-e)}this._sortedMetasets=t.slice(0).sort(Ol("order","index"))}_removeUnreferencedMetasets(){let{_metasets:t,data:{datasets:e}}=this;t.length>e.length&&delete this._stacks,t.forEach((s,n)=>{e.filter(r=>r===s._dataset).length===0&&this._destroyDatasetMeta(n)})}buildOrUpdateControllers(){let t=[],e=this.data.datasets,s,n;for(this._removeUnreferencedMetasets(),s=0,n=e.length;s<n;s++){let r=e[s],a=this.getDatasetMeta(s),o=r.type||this.config.type;if(a.type&&a.type!==o&&(this._destroyDatasetMeta(s),a=this.getDatasetMeta(s)),a.type=o,a.indexAxis=r.indexAxis||jr(o,this.options),a.order=r.order||0,a.index=s,a.label=""+r.label,a.visible=this.isDatasetVisible(s),a.controller)a.controller.updateIndex(s),a.controller.linkScales();else{let l=te.getController(o),{datasetElementType:d,dataElementType:c}=nt.datasets[o];Object.assign(l,{dataElementType:te.getElement(c),datasetElementType:d&&te.getElement(d)}),a.controller=new l(this,s),t.push(a.controller)}}return this._updateMetasets(),t}_resetElements(){Y(this.data.datasets,(t,e)=>{this.getDatasetMeta(e).controller.reset()},this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(t){let e=this.config;e.update();let s=this._options=e.createResolver(e.chartOptionScopes(),this.getContext()),n=this._animationsDisabled=!s.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),this.notifyPlugins("beforeUpdate",{mode:t,cancelable:!0})===!1)return;let r=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let a=0;for(let d=0,c=this.data.datasets.length;d<c;d++){let{controller:h}=this.getDatasetMeta(d),u=!n&&r.indexOf(h)===-1;h.buildOrUpdateElements(u),a=Math.max(+h.getMaxOverflow(),a)}a=this._minPadding=s.layout.autoPadding?a:0,this._updateLayout(a),n||Y(r,d=>{d.reset()}),this._updateDatasets(t),this.notifyPlugins("afterUpdate",{mode:t}),this._layers.sort(Ol("z","_idx"));let{_active:o,_lastEvent:l}=this;l?this._eventHandler(l,!0):o.length&&this._updateHoverStyles(o,o,!0),this.render()}_updateScales(){Y(this.scales,t=>{Ce.removeBox(this,t)}),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){let t=this.options,e=new Set(Object.keys(this._listeners)),s=new Set(t.events);(!Qn(e,s)||!!this._responsiveListeners!==t.responsive)&&(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){let{_hiddenIndices:t}=this,e=this._getUniformDataChanges()||[];for(let{method:s,start:n,count:r}of e){let a=s==="_removeElements"?-r:r;pp(t,n,a)}}_getUniformDataChanges(){let t=this._dataChanges;if(!t||!t.length)return;this._dataChanges=[];let e=this.data.datasets.length,s=r=>new Set(t.filter(a=>a[0]===r).map((a,o)=>o+","+a.splice(1).join(","))),n=s(0);for(let r=1;r<e;r++)if(!Qn(n,s(r)))return;return Array.from(n).map(r=>r.split(",")).map(r=>({method:r[1],start:+r[2],count:+r[3]}))}_updateLayout(t){if(this.notifyPlugins("beforeLayout",{cancelable:!0})===!1)return;Ce.update(this,this.width,this.height,t);let e=this.chartArea,s=e.width<=0||e.height<=0;this._layers=[],Y(this.boxes,n=>{s&&n.position==="chartArea"||(n.configure&&n.configure(),this._layers.push(...n._layers()))},this),this._layers.forEach((n,r)=>{n._idx=r}),this.notifyPlugins("afterLayout")}_updateDatasets(t){if(this.notifyPlugins("beforeDatasetsUpdate",{mode:t,cancelable:!0})!==!1){for(let e=0,s=this.data.datasets.length;e<s;++e)this.getDatasetMeta(e).controller.configure();for(let e=0,s=this.data.datasets.length;e<s;++e)this._updateDataset(e,ae(t)?t({datasetIndex:e}):t);this.notifyPlugins("afterDatasetsUpdate",{mode:t})}}_updateDataset(t,e){let s=this.getDatasetMeta(t),n={meta:s,index:t,mode:e,cancelable:!0};this.notifyPlugins("beforeDatasetUpdate",n)!==!1&&(s.controller._update(e),n.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",n))}render(){this.notifyPlugins("beforeRender",{cancelable:!0})!==!1&&(ce.has(this)?this.attached&&!ce.running(this)&&ce.start(this):(this.draw(),Fl({chart:this})))}draw(){let t;if(this._resizeBeforeDraw){let{width:s,height:n}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(s,n)}if(this.clear(),this.width<=0||this.height<=0||this.notifyPlugins("beforeDraw",{cancelable:!0})===!1)return;let e=this._layers;for(t=0;t<e.length&&e[t].z<=0;++t)e[t].draw(this.chartArea);for(this._drawDatasets();t<e.length;++t)e[t].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(t){let e=this._sortedMetasets,s=[],n,r;for(n=0,r=e.length;n<r;++n){let a=e[n];(!t||a.visible)&&s.push(a)}return s}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0})===!1)return;let t=this.getSortedVisibleDatasetMetas();for(let e=t.length-1;e>=0;--e)this._drawDataset(t[e]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(t){let e=this.ctx,s={meta:t,index:t.index,cancelable:!0},n=hl(this,t);this.notifyPlugins("beforeDatasetDraw",s)!==!1&&(n&&qs(e,n),t.controller.draw(),n&&Ws(e),s.cancelable=!1,this.notifyPlugins("afterDatasetDraw",s))}isPointInArea(t){return Kt(t,this.chartArea,this._minPadding)}getElementsAtEventForMode(t,e,s,n){let r=gu.modes[e];return typeof r=="function"?r(this,t,s,n):[]}getDatasetMeta(t){let e=this.data.datasets[t],s=this._metasets,n=s.filter(r=>r&&r._dataset===e).pop();return n||(n={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:e&&e.order||0,index:t,_dataset:e,_parsed:[],_sorted:!1},s.push(n)),n}getContext(){return this.$context||(this.$context=de(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(t){let e=this.data.datasets[t];if(!e)return!1;let s=this.getDatasetMeta(t);return typeof s.hidden=="boolean"?!s.hidden:!e.hidden}setDatasetVisibility(t,e){let s=this.getDatasetMeta(t);s.hidden=!e}toggleDataVisibility(t){this._hiddenIndices[t]=!this._hiddenIndices[t]}getDataVisibility(t){return!this._hiddenIndices[t]}_updateVisibility(t,e,s){let n=s?"show":"hide",r=this.getDatasetMeta(t),a=r.controller._resolveAnimations(void 0,n);mi(e)?(r.data[e].hidden=!s,this.update()):(this.setDatasetVisibility(t,s),a.update(r,{visible:s}),this.update(o=>o.datasetIndex===t?n:void 0))}hide(t,e){this._updateVisibility(t,e,!1)}show(t,e){this._updateVisibility(t,e,!0)}_destroyDatasetMeta(t){let e=this._metasets[t];e&&e.controller&&e.controller._destroy(),delete this._metasets[t]}_stop(){let t,e;for(this.stop(),ce.remove(this),t=0,e=this.data.datasets.length;t<e;++t)this._destroyDatasetMeta(t)}destroy(){this.notifyPlugins("beforeDestroy");let{canvas:t,ctx:e}=this;this._stop(),this.config.clearCache(),t&&(this.unbindEvents(),hr(t,e),this.platform.releaseContext(e),this.canvas=null,this.ctx=null),delete sn[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...t){return this.canvas.toDataURL(...t)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){let t=this._listeners,e=this.platform,s=(r,a)=>{e.addEventListener(this,r,a),t[r]=a},n=(r,a,o)=>{r.offsetX=a,r.offsetY=o,this._eventHandler(r)};Y(this.options.events,r=>s(r,n))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});let t=this._responsiveListeners,e=this.platform,s=(l,d)=>{e.addEventListener(this,l,d),t[l]=d},n=(l,d)=>{t[l]&&(e.removeEventListener(this,l,d),delete t[l])},r=(l,d)=>{this.canvas&&this.resize(l,d)},a,o=()=>{n("attach",o),this.attached=!0,this.resize(),s("resize",r),s("detach",a)};a=()=>{this.attached=!1,n("resize",r),this._stop(),this._resize(0,0),s("attach",o)},e.isAttached(this.canvas)?o():a()}unbindEvents(){Y(this._listeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._listeners={},Y(this._responsiveListeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._responsiveListeners=void 0}updateHoverStyle(t,e,s){let n=s?"set":"remove",r,a,o,l;for(e==="dataset"&&(r=this.getDatasetMeta(t[0].datasetIndex),r.controller["_"+n+"DatasetHoverStyle"]()),o=0,l=t.length;o<l;++o){a=t[o];let d=a&&this.getDatasetMeta(a.datasetIndex).controller;d&&d[n+"HoverStyle"](a.element,a.datasetIndex,a.index)}}getActiveElements(){return this._active||[]}setActiveElements(t){let e=this._active||[],s=t.map(({datasetIndex:r,index:a})=>{let o=this.getDatasetMeta(r);if(!o)throw new Error("No dataset found at index "+r);return{datasetIndex:r,element:o.data[a],index:a}});!Ni(s,e)&&(this._active=s,this._lastEvent=null,this._updateHoverStyles(s,e))}notifyPlugins(t,e,s){return this._plugins.notify(this,t,e,s)}isPluginEnabled(t){return this._plugins._cache.filter(e=>e.plugin.id===t).length===1}_updateHoverStyles(t,e,s){let n=this.options.hover,r=(l,d)=>l.filter(c=>!d.some(h=>c.datasetIndex===h.datasetIndex&&c.index===h.index)),a=r(e,t),o=s?t:r(t,e);a.length&&this.updateHoverStyle(a,n.mode,!1),o.length&&n.mode&&this.updateHoverStyle(o,n.mode,!0)}_eventHandler(t,e){let s={event:t,replay:e,cancelable:!0,inChartArea:this.isPointInArea(t)},n=a=>(a.options.events||this.options.events).includes(t.native.type);if(this.notifyPlugins("beforeEvent",s,n)===!1)return;let r=this._handleEvent(t,e,s.inChartArea);return s.cancelable=!1,this.notifyPlugins("afterEvent",s,n),(r||s.changed)&&this.render(),this}_handleEvent(t,e,s){let{_active:n=[],options:r}=this,a=e,o=this._getActiveElements(t,n,s,a),l=Lo(t),d=fp(t,this._lastEvent,s,l);s&&(this._lastEvent=null,J(r.onHover,[t,o,this],this),l&&J(r.onClick,[t,o,this],this));let c=!Ni(o,n);return(c||e)&&(this._active=o,this._updateHoverStyles(o,n,e)),this._lastEvent=d,c}_getActiveElements(t,e,s,n){if(t.type==="mouseout")return[];if(!s)return e;let r=this.options.hover;return this.getElementsAtEventForMode(t,r.mode,r,n)}};function Il(){return Y(xi.instances,i=>i._plugins.invalidate())}function gd(i,t,e=t){i.lineCap=O(e.borderCapStyle,t.borderCapStyle),i.setLineDash(O(e.borderDash,t.borderDash)),i.lineDashOffset=O(e.borderDashOffset,t.borderDashOffset),i.lineJoin=O(e.borderJoinStyle,t.borderJoinStyle),i.lineWidth=O(e.borderWidth,t.borderWidth),i.strokeStyle=O(e.borderColor,t.borderColor)}function mp(i,t,e){i.lineTo(e.x,e.y)}function gp(i){return i.stepped?Zo:i.tension||i.cubicInterpolationMode==="monotone"?Xo:mp}function _d(i,t,e={}){let s=i.length,{start:n=0,end:r=s-1}=e,{start:a,end:o}=t,l=Math.max(n,a),d=Math.min(r,o),c=n<a&&r<a||n>o&&r>o;return{count:s,start:l,loop:t.loop,ilen:d<l&&!c?s+d-l:d-l}}function _p(i,t,e,s){let{points:n,options:r}=t,{count:a,start:o,loop:l,ilen:d}=_d(n,e,s),c=gp(r),{move:h=!0,reverse:u}=s||{},f,g,m;for(f=0;f<=d;++f)g=n[(o+(u?d-f:f))%a],!g.skip&&(h?(i.moveTo(g.x,g.y),h=!1):c(i,m,g,u,r.stepped),m=g);return l&&(g=n[(o+(u?d:0))%a],c(i,m,g,u,r.stepped)),!!l}function bp(i,t,e,s){let n=t.points,{count:r,start:a,ilen:o}=_d(n,e,s),{move:l=!0,reverse:d}=s||{},c=0,h=0,u,f,g,m,b,x,$=M=>(a+(d?o-M:M))%r,S=()=>{m!==b&&(i.lineTo(c,b),i.lineTo(c,m),i.lineTo(c,x))};for(l&&(f=n[$(0)],i.moveTo(f.x,f.y)),u=0;u<=o;++u){if(f=n[$(u)],f.skip)continue;let M=f.x,k=f.y,T=M|0;T===g?(k<m?m=k:k>b&&(b=k),c=(h*c+M)/++h):(S(),i.lineTo(M,k),g=T,h=0,m=b=k),x=k}S()}function Nr(i){let t=i.options,e=t.borderDash&&t.borderDash.length;return!i._decimated&&!i._loop&&!t.tension&&t.cubicInterpolationMode!=="monotone"&&!t.stepped&&!e?bp:_p}function yp(i){return i.stepped?rl:i.tension||i.cubicInterpolationMode==="monotone"?al:we}function xp(i,t,e,s){let n=t._path;n||(n=t._path=new Path2D,t.path(n,e,s)&&n.closePath()),gd(i,t.options),i.stroke(n)}function vp(i,t,e,s){let{segments:n,options:r}=t,a=Nr(t);for(let o of n)gd(i,r,o.style),i.beginPath(),a(i,t,o,{start:e,end:e+s-1})&&i.closePath(),i.stroke()}var $p=typeof Path2D=="function";function kp(i,t,e,s){$p&&!t.options.segment?xp(i,t,e,s):vp(i,t,e,s)}var dn=class extends ue{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:t=>t!=="borderDash"&&t!=="fill"};constructor(t){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,t&&Object.assign(this,t)}updateControlPoints(t,e){let s=this.options;if((s.tension||s.cubicInterpolationMode==="monotone")&&!s.stepped&&!this._pointsUpdated){let n=s.spanGaps?this._loop:this._fullLoop;il(this._points,s,t,n,e),this._pointsUpdated=!0}}set points(t){this._points=t,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=cl(this,this.options.segment))}first(){let t=this.segments,e=this.points;return t.length&&e[t[0].start]}last(){let t=this.segments,e=this.points,s=t.length;return s&&e[t[s-1].end]}interpolate(t,e){let s=this.options,n=t[e],r=this.points,a=dl(this,{property:e,start:n,end:n});if(!a.length)return;let o=[],l=yp(s),d,c;for(d=0,c=a.length;d<c;++d){let{start:h,end:u}=a[d],f=r[h],g=r[u];if(f===g){o.push(f);continue}let m=Math.abs((n-f[e])/(g[e]-f[e])),b=l(f,g,m,s.stepped);b[e]=t[e],o.push(b)}return o.length===1?o[0]:o}pathSegment(t,e,s){return Nr(this)(t,this,e,s)}path(t,e,s){let n=this.segments,r=Nr(this),a=this._loop;e=e||0,s=s||this.points.length-e;for(let o of n)a&=r(t,this,o,{start:e,end:e+s-1});return!!a}draw(t,e,s,n){let r=this.options||{};(this.points||[]).length&&r.borderWidth&&(t.save(),kp(t,this,s,n),t.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}};function Hl(i,t,e,s){let n=i.options,{[e]:r}=i.getProps([e],s);return Math.abs(t-r)<n.radius+n.hitRadius}var cn=class extends ue{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,t&&Object.assign(this,t)}inRange(t,e,s){let n=this.options,{x:r,y:a}=this.getProps(["x","y"],s);return Math.pow(t-r,2)+Math.pow(e-a,2)<Math.pow(n.hitRadius+n.radius,2)}inXRange(t,e){return Hl(this,t,"x",e)}inYRange(t,e){return Hl(this,t,"y",e)}getCenterPoint(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}size(t){t=t||this.options||{};let e=t.radius||0;e=Math.max(e,e&&t.hoverRadius||0);let s=e&&t.borderWidth||0;return(e+s)*2}draw(t,e){let s=this.options;this.skip||s.radius<.1||!Kt(this,e,this.size(s)/2)||(t.strokeStyle=s.borderColor,t.lineWidth=s.borderWidth,t.fillStyle=s.backgroundColor,Vs(t,s,this.x,this.y))}getRange(){let t=this.options||{};return t.radius+t.hitRadius}};function bd(i,t){let{x:e,y:s,base:n,width:r,height:a}=i.getProps(["x","y","base","width","height"],t),o,l,d,c,h;return i.horizontal?(h=a/2,o=Math.min(e,n),l=Math.max(e,n),d=s-h,c=s+h):(h=r/2,o=e-h,l=e+h,d=Math.min(s,n),c=Math.max(s,n)),{left:o,top:d,right:l,bottom:c}}function Ee(i,t,e,s){return i?0:Pt(t,e,s)}function wp(i,t,e){let s=i.options.borderWidth,n=i.borderSkipped,r=fr(s);return{t:Ee(n.top,r.top,0,e),r:Ee(n.right,r.right,0,t),b:Ee(n.bottom,r.bottom,0,e),l:Ee(n.left,r.left,0,t)}}function Sp(i,t,e){let{enableBorderRadius:s}=i.getProps(["enableBorderRadius"]),n=i.options.borderRadius,r=Te(n),a=Math.min(t,e),o=i.borderSkipped,l=s||V(n);return{topLeft:Ee(!l||o.top||o.left,r.topLeft,0,a),topRight:Ee(!l||o.top||o.right,r.topRight,0,a),bottomLeft:Ee(!l||o.bottom||o.left,r.bottomLeft,0,a),bottomRight:Ee(!l||o.bottom||o.right,r.bottomRight,0,a)}}function Ap(i){let t=bd(i),e=t.right-t.left,s=t.bottom-t.top,n=wp(i,e/2,s/2),r=Sp(i,e/2,s/2);return{outer:{x:t.left,y:t.top,w:e,h:s,radius:r},inner:{x:t.left+n.l,y:t.top+n.t,w:e-n.l-n.r,h:s-n.t-n.b,radius:{topLeft:Math.max(0,r.topLeft-Math.max(n.t,n.l)),topRight:Math.max(0,r.topRight-Math.max(n.t,n.r)),bottomLeft:Math.max(0,r.bottomLeft-Math.max(n.b,n.l)),bottomRight:Math.max(0,r.bottomRight-Math.max(n.b,n.r))}}}}function Pr(i,t,e,s){let n=t===null,r=e===null,o=i&&!(n&&r)&&bd(i,s);return o&&(n||Me(t,o.left,o.right))&&(r||Me(e,o.top,o.bottom))}function Mp(i){return i.topLeft||i.topRight||i.bottomLeft||i.bottomRight}function Dp(i,t){i.rect(t.x,t.y,t.w,t.h)}function Tr(i,t,e={}){let s=i.x!==e.x?-t:0,n=i.y!==e.y?-t:0,r=(i.x+i.w!==e.x+e.w?t:0)-s,a=(i.y+i.h!==e.y+e.h?t:0)-n;return{x:i.x+s,y:i.y+n,w:i.w+r,h:i.h+a,radius:i.radius}}var hn=class extends ue{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,t&&Object.assign(this,t)}draw(t){let{inflateAmount:e,options:{borderColor:s,backgroundColor:n}}=this,{inner:r,outer:a}=Ap(this),o=Mp(a.radius)?bi:Dp;t.save(),(a.w!==r.w||a.h!==r.h)&&(t.beginPath(),o(t,Tr(a,e,r)),t.clip(),o(t,Tr(r,-e,a)),t.fillStyle=s,t.fill("evenodd")),t.beginPath(),o(t,Tr(r,e)),t.fillStyle=n,t.fill(),t.restore()}inRange(t,e,s){return Pr(this,t,e,s)}inXRange(t,e){return Pr(this,t,null,e)}inYRange(t,e){return Pr(this,null,t,e)}getCenterPoint(t){let{x:e,y:s,base:n,horizontal:r}=this.getProps(["x","y","base","horizontal"],t);return{x:r?(e+n)/2:e,y:r?s:(s+n)/2}}getRange(t){return t==="x"?this.width/2:this.height/2}};var Nl=(i,t)=>{let{boxHeight:e=t,boxWidth:s=t}=i;return i.usePointStyle&&(e=Math.min(e,t),s=i.pointStyleWidth||Math.min(s,t)),{boxWidth:s,boxHeight:e,itemHeight:Math.max(t,e)}},Pp=(i,t)=>i!==null&&t!==null&&i.datasetIndex===t.datasetIndex&&i.index===t.index,un=class extends ue{constructor(t){super(),this._added=!1,this.legendHitBoxes=[],this._hoveredItem=null,this.doughnutMode=!1,this.chart=t.chart,this.options=t.options,this.ctx=t.ctx,this.legendItems=void 0,this.columnSizes=void 0,this.lineWidths=void 0,this.maxHeight=void 0,this.maxWidth=void 0,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.height=void 0,this.width=void 0,this._margins=void 0,this.position=void 0,this.weight=void 0,this.fullSize=void 0}update(t,e,s){this.maxWidth=t,this.maxHeight=e,this._margins=s,this.setDimensions(),this.buildLabels(),this.fit()}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=this._margins.left,this.right=this.width):(this.height=this.maxHeight,this.top=this._margins.top,this.bottom=this.height)}buildLabels(){let t=this.options.labels||{},e=J(t.generateLabels,[this.chart],this)||[];t.filter&&(e=e.filter(s=>t.filter(s,this.chart.data))),t.sort&&(e=e.sort((s,n)=>t.sort(s,n,this.chart.data))),this.options.reverse&&e.reverse(),this.legendItems=e}fit(){let{options:t,ctx:e}=this;if(!t.display){this.width=this.height=0;return}let s=t.labels,n=gt(s.font),r=n.size,a=this._computeTitleHeight(),{boxWidth:o,itemHeight:l}=Nl(s,r),d,c;e.font=n.string,this.isHorizontal()?(d=this.maxWidth,c=this._fitRows(a,r,o,l)+10):(c=this.maxHeight,d=this._fitCols(a,n,o,l)+10),this.width=Math.min(d,t.maxWidth||this.maxWidth),this.height=Math.min(c,t.maxHeight||this.maxHeight)}_fitRows(t,e,s,n){let{ctx:r,maxWidth:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],d=this.lineWidths=[0],c=n+o,h=t;r.textAlign="left",r.textBaseline="middle";let u=-1,f=-c;return this.legendItems.forEach((g,m)=>{let b=s+e/2+r.measureText(g.text).width;(m===0||d[d.length-1]+b+2*o>a)&&(h+=c,d[d.length-(m>0?0:1)]=0,f+=c,u++),l[m]={left:0,top:f,row:u,width:b,height:n},d[d.length-1]+=b+o}),h}_fitCols(t,e,s,n){let{ctx:r,maxHeight:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],d=this.columnSizes=[],c=a-t,h=o,u=0,f=0,g=0,m=0;return this.legendItems.forEach((b,x)=>{let{itemWidth:$,itemHeight:S}=Tp(s,e,r,b,n);x>0&&f+S+2*o>c&&(h+=u+o,d.push({width:u,height:f}),g+=u+o,m++,u=f=0),l[x]={left:g,top:f,col:m,width:$,height:S},u=Math.max(u,$),f+=S+o}),h+=u,d.push({width:u,height:f}),h}adjustHitBoxes(){if(!this.options.display)return;let t=this._computeTitleHeight(),{legendHitBoxes:e,options:{align:s,labels:{padding:n},rtl:r}}=this,a=Je(r,this.left,this.width);if(this.isHorizontal()){let o=0,l=zt(s,this.left+n,this.right-this.lineWidths[o]);for(let d of e)o!==d.row&&(o=d.row,l=zt(s,this.left+n,this.right-this.lineWidths[o])),d.top+=this.top+t+n,d.left=a.leftForLtr(a.x(l),d.width),l+=d.width+n}else{let o=0,l=zt(s,this.top+t+n,this.bottom-this.columnSizes[o].height);for(let d of e)d.col!==o&&(o=d.col,l=zt(s,this.top+t+n,this.bottom-this.columnSizes[o].height)),d.top=l,d.left+=this.left+n,d.left=a.leftForLtr(a.x(d.left),d.width),l+=d.height+n}}isHorizontal(){return this.options.position==="top"||this.options.position==="bottom"}draw(){if(this.options.display){let t=this.ctx;qs(t,this),this._draw(),Ws(t)}}_draw(){let{options:t,columnSizes:e,lineWidths:s,ctx:n}=this,{align:r,labels:a}=t,o=nt.color,l=Je(t.rtl,this.left,this.width),d=gt(a.font),{padding:c}=a,h=d.size,u=h/2,f;this.drawTitle(),n.textAlign=l.textAlign("left"),n.textBaseline="middle",n.lineWidth=.5,n.font=d.string;let{boxWidth:g,boxHeight:m,itemHeight:b}=Nl(a,h),x=function(T,P,D){if(isNaN(g)||g<=0||isNaN(m)||m<0)return;n.save();let R=O(D.lineWidth,1);if(n.fillStyle=O(D.fillStyle,o),n.lineCap=O(D.lineCap,"butt"),n.lineDashOffset=O(D.lineDashOffset,0),n.lineJoin=O(D.lineJoin,"miter"),n.lineWidth=R,n.strokeStyle=O(D.strokeStyle,o),n.setLineDash(O(D.lineDash,[])),a.usePointStyle){let W={radius:m*Math.SQRT2/2,pointStyle:D.pointStyle,rotation:D.rotation,borderWidth:R},j=l.xPlus(T,g/2),U=P+u;ur(n,W,j,U,a.pointStyleWidth&&g)}else{let W=P+Math.max((h-m)/2,0),j=l.leftForLtr(T,g),U=Te(D.borderRadius);n.beginPath(),Object.values(U).some(Mt=>Mt!==0)?bi(n,{x:j,y:W,w:g,h:m,radius:U}):n.rect(j,W,g,m),n.fill(),R!==0&&n.stroke()}n.restore()},$=function(T,P,D){Ke(n,D.text,T,P+b/2,d,{strikethrough:D.hidden,textAlign:l.textAlign(D.textAlign)})},S=this.isHorizontal(),M=this._computeTitleHeight();S?f={x:zt(r,this.left+c,this.right-s[0]),y:this.top+c+M,line:0}:f={x:this.left+c,y:zt(r,this.top+M+c,this.bottom-e[0].height),line:0},xr(this.ctx,t.textDirection);let k=b+c;this.legendItems.forEach((T,P)=>{n.strokeStyle=T.fontColor,n.fillStyle=T.fontColor;let D=n.measureText(T.text).width,R=l.textAlign(T.textAlign||(T.textAlign=a.textAlign)),W=g+u+D,j=f.x,U=f.y;l.setWidth(this.width),S?P>0&&j+W+c>this.right&&(U=f.y+=k,f.line++,j=f.x=zt(r,this.left+c,this.right-s[f.line])):P>0&&U+k>this.bottom&&(j=f.x=j+e[f.line].width+c,f.line++,U=f.y=zt(r,this.top+M+c,this.bottom-e[f.line].height));let Mt=l.x(j);if(x(Mt,U,T),j=qo(R,j+g+u,S?j+W:this.right,t.rtl),$(l.x(j),U,T),S)f.x+=W+c;else if(typeof T.text!="string"){let Gt=d.lineHeight;f.y+=yd(T,Gt)+c}else f.y+=k}),vr(this.ctx,t.textDirection)}drawTitle(){let t=this.options,e=t.title,s=gt(e.font),n=kt(e.padding);if(!e.display)return;let r=Je(t.rtl,this.left,this.width),a=this.ctx,o=e.position,l=s.size/2,d=n.top+l,c,h=this.left,u=this.width;if(this.isHorizontal())u=Math.max(...this.lineWidths),c=this.top+d,h=zt(t.align,h,this.right-u);else{let g=this.columnSizes.reduce((m,b)=>Math.max(m,b.height),0);c=d+zt(t.align,this.top,this.bottom-g-t.labels.padding-this._computeTitleHeight())}let f=zt(o,h,h+u);a.textAlign=r.textAlign(lr(o)),a.textBaseline="middle",a.strokeStyle=e.color,a.fillStyle=e.color,a.font=s.string,Ke(a,e.text,f,c,s)}_computeTitleHeight(){let t=this.options.title,e=gt(t.font),s=kt(t.padding);return t.display?e.lineHeight+s.height:0}_getLegendItemAt(t,e){let s,n,r;if(Me(t,this.left,this.right)&&Me(e,this.top,this.bottom)){for(r=this.legendHitBoxes,s=0;s<r.length;++s)if(n=r[s],Me(t,n.left,n.left+n.width)&&Me(e,n.top,n.top+n.height))return this.legendItems[s]}return null}handleEvent(t){let e=this.options;if(!Ep(t.type,e))return;let s=this._getLegendItemAt(t.x,t.y);if(t.type==="mousemove"||t.type==="mouseout"){let n=this._hoveredItem,r=Pp(n,s);n&&!r&&J(e.onLeave,[t,n,this],this),this._hoveredItem=s,s&&!r&&J(e.onHover,[t,s,this],this)}else s&&J(e.onClick,[t,s,this],this)}};function Tp(i,t,e,s,n){let r=zp(s,i,t,e),a=Cp(n,s,t.lineHeight);return{itemWidth:r,itemHeight:a}}function zp(i,t,e,s){let n=i.text;return n&&typeof n!="string"&&(n=n.reduce((r,a)=>r.length>a.length?r:a)),t+e.size/2+s.measureText(n).width}function Cp(i,t,e){let s=i;return typeof t.text!="string"&&(s=yd(t,e)),s}function yd(i,t){let e=i.text?i.text.length:0;return t*e}function Ep(i,t){return!!((i==="mousemove"||i==="mouseout")&&(t.onHover||t.onLeave)||t.onClick&&(i==="click"||i==="mouseup"))}var xd={id:"legend",_element:un,start(i,t,e){let s=i.legend=new un({ctx:i.ctx,options:e,chart:i});Ce.configure(i,s,e),Ce.addBox(i,s)},stop(i){Ce.removeBox(i,i.legend),delete i.legend},beforeUpdate(i,t,e){let s=i.legend;Ce.configure(i,s,e),s.options=e},afterUpdate(i){let t=i.legend;t.buildLabels(),t.adjustHitBoxes()},afterEvent(i,t){t.replay||i.legend.handleEvent(t.event)},defaults:{display:!0,position:"top",align:"center",fullSize:!0,reverse:!1,weight:1e3,onClick(i,t,e){let s=t.datasetIndex,n=e.chart;n.isDatasetVisible(s)?(n.hide(s),t.hidden=!0):(n.show(s),t.hidden=!1)},onHover:null,onLeave:null,labels:{color:i=>i.chart.options.color,boxWidth:40,padding:10,generateLabels(i){let t=i.data.datasets,{labels:{usePointStyle:e,pointStyle:s,textAlign:n,color:r,useBorderRadius:a,borderRadius:o}}=i.legend.options;return i._getSortedDatasetMetas().map(l=>{let d=l.controller.getStyle(e?0:void 0),c=kt(d.borderWidth);return{text:t[l.index].label,fillStyle:d.backgroundColor,fontColor:r,hidden:!l.visible,lineCap:d.borderCapStyle,lineDash:d.borderDash,lineDashOffset:d.borderDashOffset,lineJoin:d.borderJoinStyle,lineWidth:(c.width+c.height)/4,strokeStyle:d.borderColor,pointStyle:s||d.pointStyle,rotation:d.rotation,textAlign:n||d.textAlign,borderRadius:a&&(o||d.borderRadius),datasetIndex:l.index}},this)}},title:{color:i=>i.chart.options.color,display:!1,position:"center",text:""}},descriptors:{_scriptable:i=>!i.startsWith("on"),labels:{_scriptable:i=>!["generateLabels","filter","sort"].includes(i)}}};var Xi={average(i){if(!i.length)return!1;let t,e,s=new Set,n=0,r=0;for(t=0,e=i.length;t<e;++t){let o=i[t].element;if(o&&o.hasValue()){let l=o.tooltipPosition();s.add(l.x),n+=l.y,++r}}return r===0||s.size===0?!1:{x:[...s].reduce((o,l)=>o+l)/s.size,y:n/r}},nearest(i,t){if(!i.length)return!1;let e=t.x,s=t.y,n=Number.POSITIVE_INFINITY,r,a,o;for(r=0,a=i.length;r<a;++r){let l=i[r].element;if(l&&l.hasValue()){let d=l.getCenterPoint(),c=Os(t,d);c<n&&(n=c,o=l)}}if(o){let l=o.tooltipPosition();e=l.x,s=l.y}return{x:e,y:s}}};function Qt(i,t){return t&&(tt(t)?Array.prototype.push.apply(i,t):i.push(t)),i}function he(i){return(typeof i=="string"||i instanceof String)&&i.indexOf(`
`)>-1?i.split(`
`):i}function Lp(i,t){let{element:e,datasetIndex:s,index:n}=t,r=i.getDatasetMeta(s).controller,{label:a,value:o}=r.getLabelAndValue(n);return{chart:i,label:a,parsed:r.getParsed(n),raw:i.data.datasets[s].data[n],formattedValue:o,dataset:r.getDataset(),dataIndex:n,datasetIndex:s,element:e}}function Bl(i,t){let e=i.chart.ctx,{body:s,footer:n,title:r}=i,{boxWidth:a,boxHeight:o}=t,l=gt(t.bodyFont),d=gt(t.titleFont),c=gt(t.footerFont),h=r.length,u=n.length,f=s.length,g=kt(t.padding),m=g.height,b=0,x=s.reduce((M,k)=>M+k.before.length+k.lines.length+k.after.length,0);if(x+=i.beforeBody.length+i.afterBody.length,h&&(m+=h*d.lineHeight+(h-1)*t.titleSpacing+t.titleMarginBottom),x){let M=t.displayColors?Math.max(o,l.lineHeight):l.lineHeight;m+=f*M+(x-f)*l.lineHeight+(x-1)*t.bodySpacing}u&&(m+=t.footerMarginTop+u*c.lineHeight+(u-1)*t.footerSpacing);let $=0,S=function(M){b=Math.max(b,e.measureText(M).width+$)};return e.save(),e.font=d.string,Y(i.title,S),e.font=l.string,Y(i.beforeBody.concat(i.afterBody),S),$=t.displayColors?a+2+t.boxPadding:0,Y(s,M=>{Y(M.before,S),Y(M.lines,S),Y(M.after,S)}),$=0,e.font=c.string,Y(i.footer,S),e.restore(),b+=g.width,{width:b,height:m}}function Rp(i,t){let{y:e,height:s}=t;return e<s/2?"top":e>i.height-s/2?"bottom":"center"}function Op(i,t,e,s){let{x:n,width:r}=s,a=e.caretSize+e.caretPadding;if(i==="left"&&n+r+a>t.width||i==="right"&&n-r-a<0)return!0}function Fp(i,t,e,s){let{x:n,width:r}=e,{width:a,chartArea:{left:o,right:l}}=i,d="center";return s==="center"?d=n<=(o+l)/2?"left":"right":n<=r/2?d="left":n>=a-r/2&&(d="right"),Op(d,i,t,e)&&(d="center"),d}function Vl(i,t,e){let s=e.yAlign||t.yAlign||Rp(i,e);return{xAlign:e.xAlign||t.xAlign||Fp(i,t,e,s),yAlign:s}}function jp(i,t){let{x:e,width:s}=i;return t==="right"?e-=s:t==="center"&&(e-=s/2),e}function Ip(i,t,e){let{y:s,height:n}=i;return t==="top"?s+=e:t==="bottom"?s-=n+e:s-=n/2,s}function ql(i,t,e,s){let{caretSize:n,caretPadding:r,cornerRadius:a}=i,{xAlign:o,yAlign:l}=e,d=n+r,{topLeft:c,topRight:h,bottomLeft:u,bottomRight:f}=Te(a),g=jp(t,o),m=Ip(t,l,d);return l==="center"?o==="left"?g+=d:o==="right"&&(g-=d):o==="left"?g-=Math.max(c,u)+n:o==="right"&&(g+=Math.max(h,f)+n),{x:Pt(g,0,s.width-t.width),y:Pt(m,0,s.height-t.height)}}function Qs(i,t,e){let s=kt(e.padding);return t==="center"?i.x+i.width/2:t==="right"?i.x+i.width-s.right:i.x+s.left}function Wl(i){return Qt([],he(i))}function Hp(i,t,e){return de(i,{tooltip:t,tooltipItems:e,type:"tooltip"})}function Ul(i,t){let e=t&&t.dataset&&t.dataset.tooltip&&t.dataset.tooltip.callbacks;return e?i.override(e):i}var vd={beforeTitle:Jt,title(i){if(i.length>0){let t=i[0],e=t.chart.data.labels,s=e?e.length:0;if(this&&this.options&&this.options.mode==="dataset")return t.dataset.label||"";if(t.label)return t.label;if(s>0&&t.dataIndex<s)return e[t.dataIndex]}return""},afterTitle:Jt,beforeBody:Jt,beforeLabel:Jt,label(i){if(this&&this.options&&this.options.mode==="dataset")return i.label+": "+i.formattedValue||i.formattedValue;let t=i.dataset.label||"";t&&(t+=": ");let e=i.formattedValue;return H(e)||(t+=e),t},labelColor(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{borderColor:e.borderColor,backgroundColor:e.backgroundColor,borderWidth:e.borderWidth,borderDash:e.borderDash,borderDashOffset:e.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{pointStyle:e.pointStyle,rotation:e.rotation}},afterLabel:Jt,afterBody:Jt,beforeFooter:Jt,footer:Jt,afterFooter:Jt};function Ct(i,t,e,s){let n=i[t].call(e,s);return typeof n>"u"?vd[t].call(e,s):n}var pn=class extends ue{static positioners=Xi;constructor(t){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=t.chart,this.options=t.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(t){this.options=t,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){let t=this._cachedAnimations;if(t)return t;let e=this.chart,s=this.options.setContext(this.getContext()),n=s.enabled&&e.options.animation&&s.animations,r=new nn(this.chart,n);return n._cacheable&&(this._cachedAnimations=Object.freeze(r)),r}getContext(){return this.$context||(this.$context=Hp(this.chart.getContext(),this,this._tooltipItems))}getTitle(t,e){let{callbacks:s}=e,n=Ct(s,"beforeTitle",this,t),r=Ct(s,"title",this,t),a=Ct(s,"afterTitle",this,t),o=[];return o=Qt(o,he(n)),o=Qt(o,he(r)),o=Qt(o,he(a)),o}getBeforeBody(t,e){return Wl(Ct(e.callbacks,"beforeBody",this,t))}getBody(t,e){let{callbacks:s}=e,n=[];return Y(t,r=>{let a={before:[],lines:[],after:[]},o=Ul(s,r);Qt(a.before,he(Ct(o,"beforeLabel",this,r))),Qt(a.lines,Ct(o,"label",this,r)),Qt(a.after,he(Ct(o,"afterLabel",this,r))),n.push(a)}),n}getAfterBody(t,e){return Wl(Ct(e.callbacks,"afterBody",this,t))}getFooter(t,e){let{callbacks:s}=e,n=Ct(s,"beforeFooter",this,t),r=Ct(s,"footer",this,t),a=Ct(s,"afterFooter",this,t),o=[];return o=Qt(o,he(n)),o=Qt(o,he(r)),o=Qt(o,he(a)),o}_createItems(t){let e=this._active,s=this.chart.data,n=[],r=[],a=[],o=[],l,d;for(l=0,d=e.length;l<d;++l)o.push(Lp(this.chart,e[l]));return t.filter&&(o=o.filter((c,h,u)=>t.filter(c,h,u,s))),t.itemSort&&(o=o.sort((c,h)=>t.itemSort(c,h,s))),Y(o,c=>{let h=Ul(t.callbacks,c);n.push(Ct(h,"labelColor",this,c)),r.push(Ct(h,"labelPointStyle",this,c)),a.push(Ct(h,"labelTextColor",this,c))}),this.labelColors=n,this.labelPointStyles=r,this.labelTextColors=a,this.dataPoints=o,o}update(t,e){let s=this.options.setContext(this.getContext()),n=this._active,r,a=[];if(!n.length)this.opacity!==0&&(r={opacity:0});else{let o=Xi[s.position].call(this,n,this._eventPosition);a=this._createItems(s),this.title=this.getTitle(a,s),this.beforeBody=this.getBeforeBody(a,s),this.body=this.getBody(a,s),this.afterBody=this.getAfterBody(a,s),this.footer=this.getFooter(a,s);let l=this._size=Bl(this,s),d=Object.assign({},o,l),c=Vl(this.chart,s,d),h=ql(s,d,c,this.chart);this.xAlign=c.xAlign,this.yAlign=c.yAlign,r={opacity:1,x:h.x,y:h.y,width:l.width,height:l.height,caretX:o.x,caretY:o.y}}this._tooltipItems=a,this.$context=void 0,r&&this._resolveAnimations().update(this,r),t&&s.external&&s.external.call(this,{chart:this.chart,tooltip:this,replay:e})}drawCaret(t,e,s,n){let r=this.getCaretPosition(t,s,n);e.lineTo(r.x1,r.y1),e.lineTo(r.x2,r.y2),e.lineTo(r.x3,r.y3)}getCaretPosition(t,e,s){let{xAlign:n,yAlign:r}=this,{caretSize:a,cornerRadius:o}=s,{topLeft:l,topRight:d,bottomLeft:c,bottomRight:h}=Te(o),{x:u,y:f}=t,{width:g,height:m}=e,b,x,$,S,M,k;return r==="center"?(M=f+m/2,n==="left"?(b=u,x=b-a,S=M+a,k=M-a):(b=u+g,x=b+a,S=M-a,k=M+a),$=b):(n==="left"?x=u+Math.max(l,c)+a:n==="right"?x=u+g-Math.max(d,h)-a:x=this.caretX,r==="top"?(S=f,M=S-a,b=x-a,$=x+a):(S=f+m,M=S+a,b=x+a,$=x-a),k=S),{x1:b,x2:x,x3:$,y1:S,y2:M,y3:k}}drawTitle(t,e,s){let n=this.title,r=n.length,a,o,l;if(r){let d=Je(s.rtl,this.x,this.width);for(t.x=Qs(this,s.titleAlign,s),e.textAlign=d.textAlign(s.titleAlign),e.textBaseline="middle",a=gt(s.titleFont),o=s.titleSpacing,e.fillStyle=s.titleColor,e.font=a.string,l=0;l<r;++l)e.fillText(n[l],d.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+o,l+1===r&&(t.y+=s.titleMarginBottom-o)}}_drawColorBox(t,e,s,n,r){let a=this.labelColors[s],o=this.labelPointStyles[s],{boxHeight:l,boxWidth:d}=r,c=gt(r.bodyFont),h=Qs(this,"left",r),u=n.x(h),f=l<c.lineHeight?(c.lineHeight-l)/2:0,g=e.y+f;if(r.usePointStyle){let m={radius:Math.min(d,l)/2,pointStyle:o.pointStyle,rotation:o.rotation,borderWidth:1},b=n.leftForLtr(u,d)+d/2,x=g+l/2;t.strokeStyle=r.multiKeyBackground,t.fillStyle=r.multiKeyBackground,Vs(t,m,b,x),t.strokeStyle=a.borderColor,t.fillStyle=a.backgroundColor,Vs(t,m,b,x)}else{t.lineWidth=V(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,t.strokeStyle=a.borderColor,t.setLineDash(a.borderDash||[]),t.lineDashOffset=a.borderDashOffset||0;let m=n.leftForLtr(u,d),b=n.leftForLtr(n.xPlus(u,1),d-2),x=Te(a.borderRadius);Object.values(x).some($=>$!==0)?(t.beginPath(),t.fillStyle=r.multiKeyBackground,bi(t,{x:m,y:g,w:d,h:l,radius:x}),t.fill(),t.stroke(),t.fillStyle=a.backgroundColor,t.beginPath(),bi(t,{x:b,y:g+1,w:d-2,h:l-2,radius:x}),t.fill()):(t.fillStyle=r.multiKeyBackground,t.fillRect(m,g,d,l),t.strokeRect(m,g,d,l),t.fillStyle=a.backgroundColor,t.fillRect(b,g+1,d-2,l-2))}t.fillStyle=this.labelTextColors[s]}drawBody(t,e,s){let{body:n}=this,{bodySpacing:r,bodyAlign:a,displayColors:o,boxHeight:l,boxWidth:d,boxPadding:c}=s,h=gt(s.bodyFont),u=h.lineHeight,f=0,g=Je(s.rtl,this.x,this.width),m=function(D){e.fillText(D,g.x(t.x+f),t.y+u/2),t.y+=u+r},b=g.textAlign(a),x,$,S,M,k,T,P;for(e.textAlign=a,e.textBaseline="middle",e.font=h.string,t.x=Qs(this,b,s),e.fillStyle=s.bodyColor,Y(this.beforeBody,m),f=o&&b!=="right"?a==="center"?d/2+c:d+2+c:0,M=0,T=n.length;M<T;++M){for(x=n[M],$=this.labelTextColors[M],e.fillStyle=$,Y(x.before,m),S=x.lines,o&&S.length&&(this._drawColorBox(e,t,M,g,s),u=Math.max(h.lineHeight,l)),k=0,P=S.length;k<P;++k)m(S[k]),u=h.lineHeight;Y(x.after,m)}f=0,u=h.lineHeight,Y(this.afterBody,m),t.y-=r}drawFooter(t,e,s){let n=this.footer,r=n.length,a,o;if(r){let l=Je(s.rtl,this.x,this.width);for(t.x=Qs(this,s.footerAlign,s),t.y+=s.footerMarginTop,e.textAlign=l.textAlign(s.footerAlign),e.textBaseline="middle",a=gt(s.footerFont),e.fillStyle=s.footerColor,e.font=a.string,o=0;o<r;++o)e.fillText(n[o],l.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+s.footerSpacing}}drawBackground(t,e,s,n){let{xAlign:r,yAlign:a}=this,{x:o,y:l}=t,{width:d,height:c}=s,{topLeft:h,topRight:u,bottomLeft:f,bottomRight:g}=Te(n.cornerRadius);e.fillStyle=n.backgroundColor,e.strokeStyle=n.borderColor,e.lineWidth=n.borderWidth,e.beginPath(),e.moveTo(o+h,l),a==="top"&&this.drawCaret(t,e,s,n),e.lineTo(o+d-u,l),e.quadraticCurveTo(o+d,l,o+d,l+u),a==="center"&&r==="right"&&this.drawCaret(t,e,s,n),e.lineTo(o+d,l+c-g),e.quadraticCurveTo(o+d,l+c,o+d-g,l+c),a==="bottom"&&this.drawCaret(t,e,s,n),e.lineTo(o+f,l+c),e.quadraticCurveTo(o,l+c,o,l+c-f),a==="center"&&r==="left"&&this.drawCaret(t,e,s,n),e.lineTo(o,l+h),e.quadraticCurveTo(o,l,o+h,l),e.closePath(),e.fill(),n.borderWidth>0&&e.stroke()}_updateAnimationTarget(t){let e=this.chart,s=this.$animations,n=s&&s.x,r=s&&s.y;if(n||r){let a=Xi[t.position].call(this,this._active,this._eventPosition);if(!a)return;let o=this._size=Bl(this,t),l=Object.assign({},a,this._size),d=Vl(e,t,l),c=ql(t,l,d,e);(n._to!==c.x||r._to!==c.y)&&(this.xAlign=d.xAlign,this.yAlign=d.yAlign,this.width=o.width,this.height=o.height,this.caretX=a.x,this.caretY=a.y,this._resolveAnimations().update(this,c))}}_willRender(){return!!this.opacity}draw(t){let e=this.options.setContext(this.getContext()),s=this.opacity;if(!s)return;this._updateAnimationTarget(e);let n={width:this.width,height:this.height},r={x:this.x,y:this.y};s=Math.abs(s)<.001?0:s;let a=kt(e.padding),o=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;e.enabled&&o&&(t.save(),t.globalAlpha=s,this.drawBackground(r,t,n,e),xr(t,e.textDirection),r.y+=a.top,this.drawTitle(r,t,e),this.drawBody(r,t,e),this.drawFooter(r,t,e),vr(t,e.textDirection),t.restore())}getActiveElements(){return this._active||[]}setActiveElements(t,e){let s=this._active,n=t.map(({datasetIndex:o,index:l})=>{let d=this.chart.getDatasetMeta(o);if(!d)throw new Error("Cannot find a dataset at index "+o);return{datasetIndex:o,element:d.data[l],index:l}}),r=!Ni(s,n),a=this._positionChanged(n,e);(r||a)&&(this._active=n,this._eventPosition=e,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(t,e,s=!0){if(e&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;let n=this.options,r=this._active||[],a=this._getActiveElements(t,r,e,s),o=this._positionChanged(a,t),l=e||!Ni(a,r)||o;return l&&(this._active=a,(n.enabled||n.external)&&(this._eventPosition={x:t.x,y:t.y},this.update(!0,e))),l}_getActiveElements(t,e,s,n){let r=this.options;if(t.type==="mouseout")return[];if(!n)return e.filter(o=>this.chart.data.datasets[o.datasetIndex]&&this.chart.getDatasetMeta(o.datasetIndex).controller.getParsed(o.index)!==void 0);let a=this.chart.getElementsAtEventForMode(t,r.mode,r,s);return r.reverse&&a.reverse(),a}_positionChanged(t,e){let{caretX:s,caretY:n,options:r}=this,a=Xi[r.position].call(this,t,e);return a!==!1&&(s!==a.x||n!==a.y)}},$d={id:"tooltip",_element:pn,positioners:Xi,afterInit(i,t,e){e&&(i.tooltip=new pn({chart:i,options:e}))},beforeUpdate(i,t,e){i.tooltip&&i.tooltip.initialize(e)},reset(i,t,e){i.tooltip&&i.tooltip.initialize(e)},afterDraw(i){let t=i.tooltip;if(t&&t._willRender()){let e={tooltip:t};if(i.notifyPlugins("beforeTooltipDraw",{...e,cancelable:!0})===!1)return;t.draw(i.ctx),i.notifyPlugins("afterTooltipDraw",e)}},afterEvent(i,t){if(i.tooltip){let e=t.replay;i.tooltip.handleEvent(t.event,e,t.inChartArea)&&(t.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(i,t)=>t.bodyFont.size,boxWidth:(i,t)=>t.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:vd},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:i=>i!=="filter"&&i!=="itemSort"&&i!=="external",_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};var Np=(i,t,e,s)=>(typeof t=="string"?(e=i.push(t)-1,s.unshift({index:e,label:t})):isNaN(t)&&(e=null),e);function Bp(i,t,e,s){let n=i.indexOf(t);if(n===-1)return Np(i,t,e,s);let r=i.lastIndexOf(t);return n!==r?e:n}var Vp=(i,t)=>i===null?null:Pt(Math.round(i),0,t);function Yl(i){let t=this.getLabels();return i>=0&&i<t.length?t[i]:i}var fn=class extends ei{static id="category";static defaults={ticks:{callback:Yl}};constructor(t){super(t),this._startValue=void 0,this._valueRange=0,this._addedLabels=[]}init(t){let e=this._addedLabels;if(e.length){let s=this.getLabels();for(let{index:n,label:r}of e)s[n]===r&&s.splice(n,1);this._addedLabels=[]}super.init(t)}parse(t,e){if(H(t))return null;let s=this.getLabels();return e=isFinite(e)&&s[e]===t?e:Bp(s,t,O(e,t),this._addedLabels),Vp(e,s.length-1)}determineDataLimits(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),{min:s,max:n}=this.getMinMax(!0);this.options.bounds==="ticks"&&(t||(s=0),e||(n=this.getLabels().length-1)),this.min=s,this.max=n}buildTicks(){let t=this.min,e=this.max,s=this.options.offset,n=[],r=this.getLabels();r=t===0&&e===r.length-1?r:r.slice(t,e+1),this._valueRange=Math.max(r.length-(s?0:1),1),this._startValue=this.min-(s?.5:0);for(let a=t;a<=e;a++)n.push({value:a});return n}getLabelForValue(t){return Yl.call(this,t)}configure(){super.configure(),this.isHorizontal()||(this._reversePixels=!this._reversePixels)}getPixelForValue(t){return typeof t!="number"&&(t=this.parse(t)),t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getValueForPixel(t){return Math.round(this._startValue+this.getDecimalForPixel(t)*this._valueRange)}getBasePixel(){return this.bottom}};function qp(i,t){let e=[],{bounds:n,step:r,min:a,max:o,precision:l,count:d,maxTicks:c,maxDigits:h,includeBounds:u}=i,f=r||1,g=c-1,{min:m,max:b}=t,x=!H(a),$=!H(o),S=!H(d),M=(b-m)/(h+1),k=tr((b-m)/g/f)*f,T,P,D,R;if(k<1e-14&&!x&&!$)return[{value:m},{value:b}];R=Math.ceil(b/k)-Math.floor(m/k),R>g&&(k=tr(R*k/g/f)*f),H(l)||(T=Math.pow(10,l),k=Math.ceil(k*T)/T),n==="ticks"?(P=Math.floor(m/k)*k,D=Math.ceil(b/k)*k):(P=m,D=b),x&&$&&r&&Oo((o-a)/r,k/1e3)?(R=Math.round(Math.min((o-a)/k,c)),k=(o-a)/R,P=a,D=o):S?(P=x?a:P,D=$?o:D,R=d-1,k=(D-P)/R):(R=(D-P)/k,gi(R,Math.round(R),k/1e3)?R=Math.round(R):R=Math.ceil(R));let W=Math.max(ir(k),ir(P));T=Math.pow(10,H(l)?W:l),P=Math.round(P*T)/T,D=Math.round(D*T)/T;let j=0;for(x&&(u&&P!==a?(e.push({value:a}),P<a&&j++,gi(Math.round((P+j*k)*T)/T,a,Gl(a,M,i))&&j++):P<a&&j++);j<R;++j){let U=Math.round((P+j*k)*T)/T;if($&&U>o)break;e.push({value:U})}return $&&u&&D!==o?e.length&&gi(e[e.length-1].value,o,Gl(o,M,i))?e[e.length-1].value=o:e.push({value:o}):(!$||D===o)&&e.push({value:D}),e}function Gl(i,t,{horizontal:e,minRotation:s}){let n=le(s),r=(e?Math.sin(n):Math.cos(n))||.001,a=.75*t*(""+i).length;return Math.min(t/r,a)}var vi=class extends ei{constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(t,e){return H(t)||(typeof t=="number"||t instanceof Number)&&!isFinite(+t)?null:+t}handleTickRangeOptions(){let{beginAtZero:t}=this.options,{minDefined:e,maxDefined:s}=this.getUserBounds(),{min:n,max:r}=this,a=l=>n=e?n:l,o=l=>r=s?r:l;if(t){let l=Yt(n),d=Yt(r);l<0&&d<0?o(0):l>0&&d>0&&a(0)}if(n===r){let l=r===0?1:Math.abs(r*.05);o(r+l),t||a(n-l)}this.min=n,this.max=r}getTickLimit(){let t=this.options.ticks,{maxTicksLimit:e,stepSize:s}=t,n;return s?(n=Math.ceil(this.max/s)-Math.floor(this.min/s)+1,n>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${n} ticks. Limiting to 1000.`),n=1e3)):(n=this.computeTickLimit(),e=e||11),e&&(n=Math.min(e,n)),n}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){let t=this.options,e=t.ticks,s=this.getTickLimit();s=Math.max(2,s);let n={maxTicks:s,bounds:t.bounds,min:t.min,max:t.max,precision:e.precision,step:e.stepSize,count:e.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:e.minRotation||0,includeBounds:e.includeBounds!==!1},r=this._range||this,a=qp(n,r);return t.bounds==="ticks"&&er(a,this,"value"),t.reverse?(a.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),a}configure(){let t=this.ticks,e=this.min,s=this.max;if(super.configure(),this.options.offset&&t.length){let n=(s-e)/Math.max(t.length-1,1)/2;e-=n,s+=n}this._startValue=e,this._endValue=s,this._valueRange=s-e}getLabelForValue(t){return Ns(t,this.chart.options.locale,this.options.ticks.format)}},mn=class extends vi{static id="linear";static defaults={ticks:{callback:Bi.formatters.numeric}};determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=ft(t)?t:0,this.max=ft(e)?e:1,this.handleTickRangeOptions()}computeTickLimit(){let t=this.isHorizontal(),e=t?this.width:this.height,s=le(this.options.ticks.minRotation),n=(t?Math.sin(s):Math.cos(s))||.001,r=this._resolveTickFontOptions(0);return Math.ceil(e/Math.min(40,r.lineHeight/n))}getPixelForValue(t){return t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getValueForPixel(t){return this._startValue+this.getDecimalForPixel(t)*this._valueRange}},Qi=i=>Math.floor(oe(i)),ti=(i,t)=>Math.pow(10,Qi(i)+t);function Zl(i){return i/Math.pow(10,Qi(i))===1}function Xl(i,t,e){let s=Math.pow(10,e),n=Math.floor(i/s);return Math.ceil(t/s)-n}function Wp(i,t){let e=t-i,s=Qi(e);for(;Xl(i,t,s)>10;)s++;for(;Xl(i,t,s)<10;)s--;return Math.min(s,Qi(i))}function Up(i,{min:t,max:e}){t=Tt(i.min,t);let s=[],n=Qi(t),r=Wp(t,e),a=r<0?Math.pow(10,Math.abs(r)):1,o=Math.pow(10,r),l=n>r?Math.pow(10,n):0,d=Math.round((t-l)*a)/a,c=Math.floor((t-l)/o/10)*o*10,h=Math.floor((d-c)/Math.pow(10,r)),u=Tt(i.min,Math.round((l+c+h*Math.pow(10,r))*a)/a);for(;u<e;)s.push({value:u,major:Zl(u),significand:h}),h>=10?h=h<15?15:20:h++,h>=20&&(r++,h=2,a=r>=0?1:a),u=Math.round((l+c+h*Math.pow(10,r))*a)/a;let f=Tt(i.max,u);return s.push({value:f,major:Zl(f),significand:h}),s}var Kl=class extends ei{static id="logarithmic";static defaults={ticks:{callback:Bi.formatters.logarithmic,major:{enabled:!0}}};constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._valueRange=0}parse(t,e){let s=vi.prototype.parse.apply(this,[t,e]);if(s===0){this._zero=!0;return}return ft(s)&&s>0?s:null}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=ft(t)?Math.max(0,t):null,this.max=ft(e)?Math.max(0,e):null,this.options.beginAtZero&&(this._zero=!0),this._zero&&this.min!==this._suggestedMin&&!ft(this._userMin)&&(this.min=t===ti(this.min,0)?ti(this.min,-1):ti(this.min,0)),this.handleTickRangeOptions()}handleTickRangeOptions(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),s=this.min,n=this.max,r=o=>s=t?s:o,a=o=>n=e?n:o;s===n&&(s<=0?(r(1),a(10)):(r(ti(s,-1)),a(ti(n,1)))),s<=0&&r(ti(n,-1)),n<=0&&a(ti(s,1)),this.min=s,this.max=n}buildTicks(){let t=this.options,e={min:this._userMin,max:this._userMax},s=Up(e,this);return t.bounds==="ticks"&&er(s,this,"value"),t.reverse?(s.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),s}getLabelForValue(t){return t===void 0?"0":Ns(t,this.chart.options.locale,this.options.ticks.format)}configure(){let t=this.min;super.configure(),this._startValue=oe(t),this._valueRange=oe(this.max)-oe(t)}getPixelForValue(t){return(t===void 0||t===0)&&(t=this.min),t===null||isNaN(t)?NaN:this.getPixelForDecimal(t===this.min?0:(oe(t)-this._startValue)/this._valueRange)}getValueForPixel(t){let e=this.getDecimalForPixel(t);return Math.pow(10,this._startValue+e*this._valueRange)}};function Br(i){let t=i.ticks;if(t.display&&i.display){let e=kt(t.backdropPadding);return O(t.font&&t.font.size,nt.font.size)+e.height}return 0}function Yp(i,t,e){return e=tt(e)?e:[e],{w:Go(i,t.string,e),h:e.length*t.lineHeight}}function Jl(i,t,e,s,n){return i===s||i===n?{start:t-e/2,end:t+e/2}:i<s||i>n?{start:t-e,end:t}:{start:t,end:t+e}}function Gp(i){let t={l:i.left+i._padding.left,r:i.right-i._padding.right,t:i.top+i._padding.top,b:i.bottom-i._padding.bottom},e=Object.assign({},t),s=[],n=[],r=i._pointLabels.length,a=i.options.pointLabels,o=a.centerPointLabels?pt/r:0;for(let l=0;l<r;l++){let d=a.setContext(i.getPointLabelContext(l));n[l]=d.padding;let c=i.getPointPosition(l,i.drawingArea+n[l],o),h=gt(d.font),u=Yp(i.ctx,h,i._pointLabels[l]);s[l]=u;let f=Nt(i.getIndexAngle(l)+o),g=Math.round(Is(f)),m=Jl(g,c.x,u.w,0,180),b=Jl(g,c.y,u.h,90,270);Zp(e,t,f,m,b)}i.setCenterPoint(t.l-e.l,e.r-t.r,t.t-e.t,e.b-t.b),i._pointLabelItems=Jp(i,s,n)}function Zp(i,t,e,s,n){let r=Math.abs(Math.sin(e)),a=Math.abs(Math.cos(e)),o=0,l=0;s.start<t.l?(o=(t.l-s.start)/r,i.l=Math.min(i.l,t.l-o)):s.end>t.r&&(o=(s.end-t.r)/r,i.r=Math.max(i.r,t.r+o)),n.start<t.t?(l=(t.t-n.start)/a,i.t=Math.min(i.t,t.t-l)):n.end>t.b&&(l=(n.end-t.b)/a,i.b=Math.max(i.b,t.b+l))}function Xp(i,t,e){let s=i.drawingArea,{extra:n,additionalAngle:r,padding:a,size:o}=e,l=i.getPointPosition(t,s+n+a,r),d=Math.round(Is(Nt(l.angle+Dt))),c=ef(l.y,o.h,d),h=Qp(d),u=tf(l.x,o.w,h);return{visible:!0,x:l.x,y:c,textAlign:h,left:u,top:c,right:u+o.w,bottom:c+o.h}}function Kp(i,t){if(!t)return!0;let{left:e,top:s,right:n,bottom:r}=i;return!(Kt({x:e,y:s},t)||Kt({x:e,y:r},t)||Kt({x:n,y:s},t)||Kt({x:n,y:r},t))}function Jp(i,t,e){let s=[],n=i._pointLabels.length,r=i.options,{centerPointLabels:a,display:o}=r.pointLabels,l={extra:Br(r)/2,additionalAngle:a?pt/n:0},d;for(let c=0;c<n;c++){l.padding=e[c],l.size=t[c];let h=Xp(i,c,l);s.push(h),o==="auto"&&(h.visible=Kp(h,d),h.visible&&(d=h))}return s}function Qp(i){return i===0||i===180?"center":i<180?"left":"right"}function tf(i,t,e){return e==="right"?i-=t:e==="center"&&(i-=t/2),i}function ef(i,t,e){return e===90||e===270?i-=t/2:(e>270||e<90)&&(i-=t),i}function sf(i,t,e){let{left:s,top:n,right:r,bottom:a}=e,{backdropColor:o}=t;if(!H(o)){let l=Te(t.borderRadius),d=kt(t.backdropPadding);i.fillStyle=o;let c=s-d.left,h=n-d.top,u=r-s+d.width,f=a-n+d.height;Object.values(l).some(g=>g!==0)?(i.beginPath(),bi(i,{x:c,y:h,w:u,h:f,radius:l}),i.fill()):i.fillRect(c,h,u,f)}}function nf(i,t){let{ctx:e,options:{pointLabels:s}}=i;for(let n=t-1;n>=0;n--){let r=i._pointLabelItems[n];if(!r.visible)continue;let a=s.setContext(i.getPointLabelContext(n));sf(e,a,r);let o=gt(a.font),{x:l,y:d,textAlign:c}=r;Ke(e,i._pointLabels[n],l,d+o.lineHeight/2,o,{color:a.color,textAlign:c,textBaseline:"middle"})}}function kd(i,t,e,s){let{ctx:n}=i;if(e)n.arc(i.xCenter,i.yCenter,t,0,Lt);else{let r=i.getPointPosition(0,t);n.moveTo(r.x,r.y);for(let a=1;a<s;a++)r=i.getPointPosition(a,t),n.lineTo(r.x,r.y)}}function rf(i,t,e,s,n){let r=i.ctx,a=t.circular,{color:o,lineWidth:l}=t;!a&&!s||!o||!l||e<0||(r.save(),r.strokeStyle=o,r.lineWidth=l,r.setLineDash(n.dash||[]),r.lineDashOffset=n.dashOffset,r.beginPath(),kd(i,e,a,s),r.closePath(),r.stroke(),r.restore())}function af(i,t,e){return de(i,{label:e,index:t,type:"pointLabel"})}var Ql=class extends vi{static id="radialLinear";static defaults={display:!0,animate:!0,position:"chartArea",angleLines:{display:!0,lineWidth:1,borderDash:[],borderDashOffset:0},grid:{circular:!1},startAngle:0,ticks:{showLabelBackdrop:!0,callback:Bi.formatters.numeric},pointLabels:{backdropColor:void 0,backdropPadding:2,display:!0,font:{size:10},callback(t){return t},padding:5,centerPointLabels:!1}};static defaultRoutes={"angleLines.color":"borderColor","pointLabels.color":"color","ticks.color":"color"};static descriptors={angleLines:{_fallback:"grid"}};constructor(t){super(t),this.xCenter=void 0,this.yCenter=void 0,this.drawingArea=void 0,this._pointLabels=[],this._pointLabelItems=[]}setDimensions(){let t=this._padding=kt(Br(this.options)/2),e=this.width=this.maxWidth-t.width,s=this.height=this.maxHeight-t.height;this.xCenter=Math.floor(this.left+e/2+t.left),this.yCenter=Math.floor(this.top+s/2+t.top),this.drawingArea=Math.floor(Math.min(e,s)/2)}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!1);this.min=ft(t)&&!isNaN(t)?t:0,this.max=ft(e)&&!isNaN(e)?e:0,this.handleTickRangeOptions()}computeTickLimit(){return Math.ceil(this.drawingArea/Br(this.options))}generateTickLabels(t){vi.prototype.generateTickLabels.call(this,t),this._pointLabels=this.getLabels().map((e,s)=>{let n=J(this.options.pointLabels.callback,[e,s],this);return n||n===0?n:""}).filter((e,s)=>this.chart.getDataVisibility(s))}fit(){let t=this.options;t.display&&t.pointLabels.display?Gp(this):this.setCenterPoint(0,0,0,0)}setCenterPoint(t,e,s,n){this.xCenter+=Math.floor((t-e)/2),this.yCenter+=Math.floor((s-n)/2),this.drawingArea-=Math.min(this.drawingArea/2,Math.max(t,e,s,n))}getIndexAngle(t){let e=Lt/(this._pointLabels.length||1),s=this.options.startAngle||0;return Nt(t*e+le(s))}getDistanceFromCenterForValue(t){if(H(t))return NaN;let e=this.drawingArea/(this.max-this.min);return this.options.reverse?(this.max-t)*e:(t-this.min)*e}getValueForDistanceFromCenter(t){if(H(t))return NaN;let e=t/(this.drawingArea/(this.max-this.min));return this.options.reverse?this.max-e:this.min+e}getPointLabelContext(t){let e=this._pointLabels||[];if(t>=0&&t<e.length){let s=e[t];return af(this.getContext(),t,s)}}getPointPosition(t,e,s=0){let n=this.getIndexAngle(t)-Dt+s;return{x:Math.cos(n)*e+this.xCenter,y:Math.sin(n)*e+this.yCenter,angle:n}}getPointPositionForValue(t,e){return this.getPointPosition(t,this.getDistanceFromCenterForValue(e))}getBasePosition(t){return this.getPointPositionForValue(t||0,this.getBaseValue())}getPointLabelPosition(t){let{left:e,top:s,right:n,bottom:r}=this._pointLabelItems[t];return{left:e,top:s,right:n,bottom:r}}drawBackground(){let{backgroundColor:t,grid:{circular:e}}=this.options;if(t){let s=this.ctx;s.save(),s.beginPath(),kd(this,this.getDistanceFromCenterForValue(this._endValue),e,this._pointLabels.length),s.closePath(),s.fillStyle=t,s.fill(),s.restore()}}drawGrid(){let t=this.ctx,e=this.options,{angleLines:s,grid:n,border:r}=e,a=this._pointLabels.length,o,l,d;if(e.pointLabels.display&&nf(this,a),n.display&&this.ticks.forEach((c,h)=>{if(h!==0||h===0&&this.min<0){l=this.getDistanceFromCenterForValue(c.value);let u=this.getContext(h),f=n.setContext(u),g=r.setContext(u);rf(this,f,l,a,g)}}),s.display){for(t.save(),o=a-1;o>=0;o--){let c=s.setContext(this.getPointLabelContext(o)),{color:h,lineWidth:u}=c;!u||!h||(t.lineWidth=u,t.strokeStyle=h,t.setLineDash(c.borderDash),t.lineDashOffset=c.borderDashOffset,l=this.getDistanceFromCenterForValue(e.reverse?this.min:this.max),d=this.getPointPosition(o,l),t.beginPath(),t.moveTo(this.xCenter,this.yCenter),t.lineTo(d.x,d.y),t.stroke())}t.restore()}}drawBorder(){}drawLabels(){let t=this.ctx,e=this.options,s=e.ticks;if(!s.display)return;let n=this.getIndexAngle(0),r,a;t.save(),t.translate(this.xCenter,this.yCenter),t.rotate(n),t.textAlign="center",t.textBaseline="middle",this.ticks.forEach((o,l)=>{if(l===0&&this.min>=0&&!e.reverse)return;let d=s.setContext(this.getContext(l)),c=gt(d.font);if(r=this.getDistanceFromCenterForValue(this.ticks[l].value),d.showLabelBackdrop){t.font=c.string,a=t.measureText(o.label).width,t.fillStyle=d.backdropColor;let h=kt(d.backdropPadding);t.fillRect(-a/2-h.left,-r-c.size/2-h.top,a+h.width,c.size+h.height)}Ke(t,o.label,0,-r,c,{color:d.color,strokeColor:d.textStrokeColor,strokeWidth:d.textStrokeWidth})}),t.restore()}drawTitle(){}},_n={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},Et=Object.keys(_n);function td(i,t){return i-t}function ed(i,t){if(H(t))return null;let e=i._adapter,{parser:s,round:n,isoWeekday:r}=i._parseOpts,a=t;return typeof s=="function"&&(a=s(a)),ft(a)||(a=typeof s=="string"?e.parse(a,s):e.parse(a)),a===null?null:(n&&(a=n==="week"&&(_i(r)||r===!0)?e.startOf(a,"isoWeek",r):e.startOf(a,n)),+a)}function id(i,t,e,s){let n=Et.length;for(let r=Et.indexOf(i);r<n-1;++r){let a=_n[Et[r]],o=a.steps?a.steps:Number.MAX_SAFE_INTEGER;if(a.common&&Math.ceil((e-t)/(o*a.size))<=s)return Et[r]}return Et[n-1]}function of(i,t,e,s,n){for(let r=Et.length-1;r>=Et.indexOf(e);r--){let a=Et[r];if(_n[a].common&&i._adapter.diff(n,s,a)>=t-1)return a}return Et[e?Et.indexOf(e):0]}function lf(i){for(let t=Et.indexOf(i)+1,e=Et.length;t<e;++t)if(_n[Et[t]].common)return Et[t]}function sd(i,t,e){if(!e)i[t]=!0;else if(e.length){let{lo:s,hi:n}=Hs(e,t),r=e[s]>=t?e[s]:e[n];i[r]=!0}}function df(i,t,e,s){let n=i._adapter,r=+n.startOf(t[0].value,s),a=t[t.length-1].value,o,l;for(o=r;o<=a;o=+n.add(o,1,s))l=e[o],l>=0&&(t[l].major=!0);return t}function nd(i,t,e){let s=[],n={},r=t.length,a,o;for(a=0;a<r;++a)o=t[a],n[o]=a,s.push({value:o,major:!1});return r===0||!e?s:df(i,s,n,e)}var gn=class extends ei{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(t){super(t),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(t,e={}){let s=t.time||(t.time={}),n=this._adapter=new hu._date(t.adapters.date);n.init(e),fi(s.displayFormats,n.formats()),this._parseOpts={parser:s.parser,round:s.round,isoWeekday:s.isoWeekday},super.init(t),this._normalized=e.normalized}parse(t,e){return t===void 0?null:ed(this,t)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){let t=this.options,e=this._adapter,s=t.time.unit||"day",{min:n,max:r,minDefined:a,maxDefined:o}=this.getUserBounds();function l(d){!a&&!isNaN(d.min)&&(n=Math.min(n,d.min)),!o&&!isNaN(d.max)&&(r=Math.max(r,d.max))}(!a||!o)&&(l(this._getLabelBounds()),(t.bounds!=="ticks"||t.ticks.source!=="labels")&&l(this.getMinMax(!1))),n=ft(n)&&!isNaN(n)?n:+e.startOf(Date.now(),s),r=ft(r)&&!isNaN(r)?r:+e.endOf(Date.now(),s)+1,this.min=Math.min(n,r-1),this.max=Math.max(n+1,r)}_getLabelBounds(){let t=this.getLabelTimestamps(),e=Number.POSITIVE_INFINITY,s=Number.NEGATIVE_INFINITY;return t.length&&(e=t[0],s=t[t.length-1]),{min:e,max:s}}buildTicks(){let t=this.options,e=t.time,s=t.ticks,n=s.source==="labels"?this.getLabelTimestamps():this._generate();t.bounds==="ticks"&&n.length&&(this.min=this._userMin||n[0],this.max=this._userMax||n[n.length-1]);let r=this.min,a=this.max,o=Ho(n,r,a);return this._unit=e.unit||(s.autoSkip?id(e.minUnit,this.min,this.max,this._getLabelCapacity(r)):of(this,o.length,e.minUnit,this.min,this.max)),this._majorUnit=!s.major.enabled||this._unit==="year"?void 0:lf(this._unit),this.initOffsets(n),t.reverse&&o.reverse(),nd(this,o,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map(t=>+t.value))}initOffsets(t=[]){let e=0,s=0,n,r;this.options.offset&&t.length&&(n=this.getDecimalForValue(t[0]),t.length===1?e=1-n:e=(this.getDecimalForValue(t[1])-n)/2,r=this.getDecimalForValue(t[t.length-1]),t.length===1?s=r:s=(r-this.getDecimalForValue(t[t.length-2]))/2);let a=t.length<3?.5:.25;e=Pt(e,0,a),s=Pt(s,0,a),this._offsets={start:e,end:s,factor:1/(e+1+s)}}_generate(){let t=this._adapter,e=this.min,s=this.max,n=this.options,r=n.time,a=r.unit||id(r.minUnit,e,s,this._getLabelCapacity(e)),o=O(n.ticks.stepSize,1),l=a==="week"?r.isoWeekday:!1,d=_i(l)||l===!0,c={},h=e,u,f;if(d&&(h=+t.startOf(h,"isoWeek",l)),h=+t.startOf(h,d?"day":a),t.diff(s,e,a)>1e5*o)throw new Error(e+" and "+s+" are too far apart with stepSize of "+o+" "+a);let g=n.ticks.source==="data"&&this.getDataTimestamps();for(u=h,f=0;u<s;u=+t.add(u,o,a),f++)sd(c,u,g);return(u===s||n.bounds==="ticks"||f===1)&&sd(c,u,g),Object.keys(c).sort(td).map(m=>+m)}getLabelForValue(t){let e=this._adapter,s=this.options.time;return s.tooltipFormat?e.format(t,s.tooltipFormat):e.format(t,s.displayFormats.datetime)}format(t,e){let n=this.options.time.displayFormats,r=this._unit,a=e||n[r];return this._adapter.format(t,a)}_tickFormatFunction(t,e,s,n){let r=this.options,a=r.ticks.callback;if(a)return J(a,[t,e,s],this);let o=r.time.displayFormats,l=this._unit,d=this._majorUnit,c=l&&o[l],h=d&&o[d],u=s[e],f=d&&h&&u&&u.major;return this._adapter.format(t,n||(f?h:c))}generateTickLabels(t){let e,s,n;for(e=0,s=t.length;e<s;++e)n=t[e],n.label=this._tickFormatFunction(n.value,e,t)}getDecimalForValue(t){return t===null?NaN:(t-this.min)/(this.max-this.min)}getPixelForValue(t){let e=this._offsets,s=this.getDecimalForValue(t);return this.getPixelForDecimal((e.start+s)*e.factor)}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return this.min+s*(this.max-this.min)}_getLabelSize(t){let e=this.options.ticks,s=this.ctx.measureText(t).width,n=le(this.isHorizontal()?e.maxRotation:e.minRotation),r=Math.cos(n),a=Math.sin(n),o=this._resolveTickFontOptions(0).size;return{w:s*r+o*a,h:s*a+o*r}}_getLabelCapacity(t){let e=this.options.time,s=e.displayFormats,n=s[e.unit]||s.millisecond,r=this._tickFormatFunction(t,0,nd(this,[t],this._majorUnit),n),a=this._getLabelSize(r),o=Math.floor(this.isHorizontal()?this.width/a.w:this.height/a.h)-1;return o>0?o:1}getDataTimestamps(){let t=this._cache.data||[],e,s;if(t.length)return t;let n=this.getMatchingVisibleMetas();if(this._normalized&&n.length)return this._cache.data=n[0].controller.getAllParsedValues(this);for(e=0,s=n.length;e<s;++e)t=t.concat(n[e].controller.getAllParsedValues(this));return this._cache.data=this.normalize(t)}getLabelTimestamps(){let t=this._cache.labels||[],e,s;if(t.length)return t;let n=this.getLabels();for(e=0,s=n.length;e<s;++e)t.push(ed(this,n[e]));return this._cache.labels=this._normalized?t:this.normalize(t)}normalize(t){return rr(t.sort(td))}};function tn(i,t,e){let s=0,n=i.length-1,r,a,o,l;e?(t>=i[s].pos&&t<=i[n].pos&&({lo:s,hi:n}=Se(i,"pos",t)),{pos:r,time:o}=i[s],{pos:a,time:l}=i[n]):(t>=i[s].time&&t<=i[n].time&&({lo:s,hi:n}=Se(i,"time",t)),{time:r,pos:o}=i[s],{time:a,pos:l}=i[n]);let d=a-r;return d?o+(l-o)*(t-r)/d:o}var rd=class extends gn{static id="timeseries";static defaults=gn.defaults;constructor(t){super(t),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){let t=this._getTimestampsForTable(),e=this._table=this.buildLookupTable(t);this._minPos=tn(e,this.min),this._tableRange=tn(e,this.max)-this._minPos,super.initOffsets(t)}buildLookupTable(t){let{min:e,max:s}=this,n=[],r=[],a,o,l,d,c;for(a=0,o=t.length;a<o;++a)d=t[a],d>=e&&d<=s&&n.push(d);if(n.length<2)return[{time:e,pos:0},{time:s,pos:1}];for(a=0,o=n.length;a<o;++a)c=n[a+1],l=n[a-1],d=n[a],Math.round((c+l)/2)!==d&&r.push({time:d,pos:a/(o-1)});return r}_generate(){let t=this.min,e=this.max,s=super.getDataTimestamps();return(!s.includes(t)||!s.length)&&s.splice(0,0,t),(!s.includes(e)||s.length===1)&&s.push(e),s.sort((n,r)=>n-r)}_getTimestampsForTable(){let t=this._cache.all||[];if(t.length)return t;let e=this.getDataTimestamps(),s=this.getLabelTimestamps();return e.length&&s.length?t=this.normalize(e.concat(s)):t=e.length?e:s,t=this._cache.all=t,t}getDecimalForValue(t){return(tn(this._table,t)-this._minPos)/this._tableRange}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return tn(this._table,s*this._tableRange+this._minPos,!0)}};xi.register(rn,hn,an,dn,cn,fn,mn,$d,xd);var cf=/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;function Vr(i,t){let e=getComputedStyle(i),s=t.trim();for(let n=0;n<5;n++){let r=cf.exec(s);if(!r)break;s=e.getPropertyValue(r[1]).trim()||(r[2]??"").trim()||"#888"}return s}function hf(i,t){return i.length>t?`${i.slice(0,t-1)}…`:i}var Rt=class extends I{constructor(){super(...arguments);this.labels=[];this.series=[];this.type="bar";this.stacked=!1;this.horizontal=!1;this.height=240;this.label="";this._chartType=""}render(){let e=this.horizontal?Math.max(120,this.labels.length*30+50):this.height;return p`<div class="wrap" style="height:${e}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`}updated(e){super.updated(e),this._draw()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this._draw()}disconnectedCallback(){super.disconnectedCallback(),this._chart?.destroy(),this._chart=void 0}_config(){let e=Vr(this,"var(--secondary-text-color, #727272)"),s=Vr(this,"var(--divider-color, rgba(0,0,0,0.12))"),n={family:getComputedStyle(this).fontFamily||void 0,size:12},r=this.formatValue,a=this.series.map(c=>{let h=Vr(this,c.color);return this.type==="line"||c.line?{type:"line",label:c.label,data:c.data,borderColor:h,backgroundColor:h,pointRadius:this.labels.length>40?0:3,borderWidth:2,tension:.25,spanGaps:!0}:{type:"bar",label:c.label,data:c.data,backgroundColor:h,borderRadius:3,maxBarThickness:36}}),o={stacked:this.stacked,beginAtZero:!0,grid:{color:s},border:{display:!1},ticks:{color:e,font:n,precision:0,callback:r?c=>r(Number(c)):void 0}},l=this.horizontal?Math.max(12,Math.min(40,Math.floor(this.clientWidth/16))):18,d={stacked:this.stacked,grid:{display:!1},ticks:{color:e,font:n,autoSkip:!0,maxRotation:0,callback(c){return hf(this.getLabelForValue(Number(c)),l)}}};return{type:this.type,data:{labels:this.labels,datasets:a},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:this.horizontal?"y":"x",interaction:{mode:"index",intersect:!1},scales:this.horizontal?{x:o,y:d}:{x:d,y:o},plugins:{legend:{display:this.series.length>1,position:"bottom",labels:{color:e,font:n,boxWidth:12,boxHeight:12}},tooltip:{callbacks:r?{label:c=>`${c.dataset.label??""}: ${r(Number(c.parsed[this.horizontal?"x":"y"]))}`}:{}}}}}}_draw(){let e=this.renderRoot.querySelector("canvas");if(!e||!this.isConnected)return;let s=this._config();if(this._chart&&this._chart.canvas===e&&this._chartType===this.type){this._chart.data=s.data,this._chart.options=s.options??{},this._chart.update("none");return}this._chart?.destroy(),this._chart=new xi(e,s),this._chartType=this.type}};Rt.styles=N`
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
  `,_([w({attribute:!1})],Rt.prototype,"labels",2),_([w({attribute:!1})],Rt.prototype,"series",2),_([w()],Rt.prototype,"type",2),_([w({type:Boolean})],Rt.prototype,"stacked",2),_([w({type:Boolean})],Rt.prototype,"horizontal",2),_([w({type:Number})],Rt.prototype,"height",2),_([w()],Rt.prototype,"label",2),_([w({attribute:!1})],Rt.prototype,"theme",2),_([w({attribute:!1})],Rt.prototype,"formatValue",2);G("odin-chart",Rt);var es={success:"var(--success-color, #43a047)",failed:"var(--error-color, #db4437)",cancelled:"var(--warning-color, #ffa600)",unknown:"var(--disabled-text-color, #9e9e9e)"};function wd(i,t,e=!0){let s=[{label:i("analytics.success"),data:t.map(n=>n.success),color:es.success},{label:i("analytics.failed"),data:t.map(n=>n.failed),color:es.failed},{label:i("analytics.cancelled"),data:t.map(n=>n.cancelled),color:es.cancelled}];return e&&t.some(n=>n.unknown>0)&&s.push({label:i("analytics.unknown"),data:t.map(n=>n.unknown),color:es.unknown}),s}function uf(i,t,e,s){if(e==null)return"–";let n=`${B(i,e,1)} ${t("units.h")}`;return s?t("analytics.mtbf_lower",{hours:n}):n}function Sd(i,t,e){let s=e.totals,n=(r,a,o,l,d)=>p`<div class="kpi" data-kpi=${r} data-value=${l??""}>
      <div class="value">${o}</div>
      <div class="label">${a}${d?p` <span class="n">· ${d}</span>`:y}</div>
    </div>`;return p`<div class="kpis">
    ${n("success_rate",t("analytics.success_rate"),En(i,s.success_rate),s.success_rate,`n = ${C(i,s.n)}`)}
    ${n("runs",t("analytics.runs"),C(i,s.runs),s.runs)}
    ${n("failed",t("analytics.failed"),C(i,s.failed),s.failed)}
    ${n("cancelled",t("analytics.cancelled"),C(i,s.cancelled),s.cancelled)}
  </div>`}function Ad(i,t,e){let s=e.time_zone??i?.config.time_zone,n=new Date(new Date(e.end).getTime()-1);return t("analytics.window",{start:Be(i,e.start,s),end:Be(i,n,s),n:C(i,e.totals.runs)})}function pf(i,t){return t.label||t.key||i("analytics.none")}function is(i,t,e,s,n,r={}){let a=l=>"printer_id"in l?l.name:pf(t,l),o=l=>"printer_id"in l?l.printer_id:l.key;return p`<section class="card chart-card" data-section=${e}>
    <h2>${s}</h2>
    ${n.length===0?p`<div class="muted center">${t("analytics.no_data")}</div>`:p`<odin-chart
            .labels=${n.map(a)}
            .series=${wd(t,n)}
            .theme=${r.theme}
            stacked
            ?horizontal=${n.length>6}
            label=${s}
          ></odin-chart>
          <details ?open=${r.tableOpen??!1}>
            <summary>${t("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${t("analytics.name")}</th>
                    <th class="num">${t("analytics.runs")}</th>
                    <th class="num">${t("analytics.success")}</th>
                    <th class="num">${t("analytics.failed")}</th>
                    <th class="num">${t("analytics.cancelled")}</th>
                    <th class="num">${t("analytics.success_rate")}</th>
                    ${r.showMtbf?p`<th class="num">${t("analytics.mtbf")}</th>`:y}
                  </tr>
                </thead>
                <tbody>
                  ${n.map(l=>p`<tr data-key=${o(l)}>
                      <td>${a(l)}</td>
                      <td class="num" data-col="runs" data-label=${t("analytics.runs")}>${C(i,l.runs)}</td>
                      <td class="num" data-col="success" data-label=${t("analytics.success")}>${C(i,l.success)}</td>
                      <td class="num" data-col="failed" data-label=${t("analytics.failed")}>${C(i,l.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${t("analytics.cancelled")}>${C(i,l.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${t("analytics.success_rate")}>
                        ${En(i,l.success_rate)}
                      </td>
                      ${r.showMtbf&&"printer_id"in l?p`<td class="num" data-col="mtbf" data-label=${t("analytics.mtbf")}>
                            ${uf(i,t,l.mtbf_hours,l.mtbf_lower_bound)}
                          </td>`:y}
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function qr(i,t,e,s,n,r,a={}){let o=l=>l.label||l.key||t("analytics.unknown_reason");return p`<section class="card chart-card" data-section=${e}>
    <h2>${s}</h2>
    ${n.length===0?p`<div class="muted center">${a.emptyText??t("analytics.no_failures")}</div>`:p`<odin-chart
            .labels=${n.map(o)}
            .series=${[{label:t("analytics.count"),data:n.map(l=>l.count),color:es.failed}]}
            .theme=${a.theme}
            horizontal
            label=${s}
          ></odin-chart>
          <details ?open=${a.tableOpen??!1}>
            <summary>${t("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>${r}</th>
                    <th class="num">${t("analytics.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${n.map(l=>p`<tr data-key=${l.key}>
                      <td>
                        ${o(l)}${l.message&&l.message!==o(l)?p`<div class="muted small">${l.message}</div>`:y}
                      </td>
                      <td class="num" data-col="count">${C(i,l.count)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function Md(i,t,e,s={}){let n=e.over_time,r=n.map(a=>ys(i,a.start));return p`<section class="card chart-card" data-section="trend">
    <h2>${t("analytics.trend")}</h2>
    ${n.length===0?p`<div class="muted center">${t("analytics.no_data")}</div>`:p`<odin-chart
          .labels=${r}
          .series=${wd(t,n)}
          .theme=${s.theme}
          stacked
          height=${s.height??240}
          label=${t("analytics.trend")}
        ></odin-chart>`}
  </section>`}var Dd=[7,30,90],ff=["_from","_to","_bucket","_printer","_tag","_model","_material"],rt=class extends I{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.base="/odin";this._from=Ft(Ve(new Date,-29));this._to=Ft(new Date);this._bucket="day";this._printer="";this._tag="";this._model="";this._material="";this._printers=[];this._loading=!1;this._request=0;this._started=!1;this._materials=new Set}willUpdate(e){e.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(e){if(this.hass){if(!this._started){this._started=!0,_e(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load();return}ff.some(s=>e.has(s))&&this._load()}}_query(){let e=oi(this._from),s=oi(this._to);return s<e&&([e,s]=[s,e]),{start:ai(e),end:ai(Ve(s,1)),bucket:this._bucket,printer_id:this._printer||void 0,tag:this._tag||void 0,model:this._model||void 0,material:this._material||void 0}}async _load(){if(!this.hass)return;let e=++this._request,s=this._query();this._loading=!0,this._error=void 0;try{let{bucket:n,...r}=s,[a,o]=await Promise.all([ya(this.hass,s),xa(this.hass,r).catch(()=>{})]);if(e!==this._request)return;this._failures=a,this._accuracy=o;for(let l of a.by_material)l.key&&this._materials.add(l.key)}catch(n){e===this._request&&(this._error=ie(n))}finally{e===this._request&&(this._loading=!1)}}async _openRun(e){if(this.hass){this._run=e,this._runTimelapse=void 0,this._runError=void 0;try{let s=await Li(this.hass,{run_id:Number(e.run_id),limit:1});this._run===e&&(this._runTimelapse=s.items[0]??null)}catch(s){this._run===e&&(this._runError=Z(A(this.hass),s))}}}_runDialog(){let e=A(this.hass),s=this._run,n=this._runTimelapse;return p`<odin-dialog
      wide
      .open=${!!s}
      heading=${s?s.job_name||s.file_name||e("analytics.run"):""}
      close-label=${e("common.close")}
      data-dialog="run"
      @closed=${()=>this._run=void 0}
    >
      ${s?p`${n?p`<odin-timelapse-player .hass=${this.hass} .timelapse=${n}></odin-timelapse-player>`:p`<dl class="facts">
                    <dt>${e("analytics.printer")}</dt>
                    <dd>${s.name??s.printer_id}</dd>
                    <dt>${e("analytics.started")}</dt>
                    <dd>${it(this.hass,s.started_at)}</dd>
                    <dt>${e("analytics.estimate")}</dt>
                    <dd>${$t(s.estimate_s)}</dd>
                    <dt>${e("analytics.actual")}</dt>
                    <dd>${$t(s.actual_s)} (${Ne(this.hass,s.error_pct,!0)})</dd>
                  </dl>
                  <p class="muted small" data-timelapse="${n===null?"none":"loading"}">
                    ${this._runError??e(n===null?"analytics.no_timelapse":"panel.loading")}
                  </p>`}`:y}
      <button slot="actions" class="btn primary" @click=${()=>this._run=void 0}>${e("common.close")}</button>
    </odin-dialog>`}_preset(e){this._to=Ft(new Date),this._from=Ft(Ve(new Date,-(e-1)))}_activePreset(){if(this._to===Ft(new Date))return Dd.find(e=>this._from===Ft(Ve(new Date,-(e-1))))}_select(e,s,n,r,a){let o=A(this.hass);return p`<label class="field">
      ${e}
      <select name=${s} @change=${l=>a(l.target.value)}>
        <option value="" ?selected=${n===""}>${o("analytics.any")}</option>
        ${r.map(l=>p`<option value=${l.value} ?selected=${l.value===n}>${l.label}</option>`)}
      </select>
    </label>`}_filters(){let e=A(this.hass),s=[...new Set(this._printers.flatMap(d=>d.tags))].sort(),n=[...new Set(this._printers.map(d=>d.model).filter(d=>!!d))].sort(),r=[...this._materials].sort(),a=this._activePreset(),o=[this._printer,this._tag,this._model,this._material].filter(Boolean).length,l=p`<label class="field"
          >${e("analytics.bucket")}
          <select name="bucket" @change=${d=>this._bucket=d.target.value}>
            <option value="day" ?selected=${this._bucket==="day"}>${e("analytics.day")}</option>
            <option value="week" ?selected=${this._bucket==="week"}>${e("analytics.week")}</option>
          </select>
        </label>
        ${this._select(e("analytics.printer"),"printer",this._printer,this._printers.map(d=>({value:d.printer_id,label:d.name})),d=>this._printer=d)}
        ${s.length?this._select(e("analytics.tag"),"tag",this._tag,s.map(d=>({value:d,label:d})),d=>this._tag=d):y}
        ${this._select(e("analytics.model"),"model",this._model,n.map(d=>({value:d,label:d})),d=>this._model=d)}
        ${this._select(e("analytics.material"),"material",this._material,r.map(d=>({value:d,label:d})),d=>this._material=d)}`;return p`<section class="card filters">
      <div class="chips" role="group" aria-label=${e("analytics.range")}>
        ${Dd.map(d=>p`<button class="chip" data-days=${d} aria-pressed=${a===d?"true":"false"} @click=${()=>this._preset(d)}>
            ${e("analytics.last_days",{days:d})}
          </button>`)}
      </div>
      <div class="fields">
        <label class="field"
          >${e("analytics.from")}
          <input
            type="date"
            name="from"
            .value=${this._from}
            max=${this._to}
            @change=${d=>this._from=d.target.value||this._from}
        /></label>
        <label class="field"
          >${e("analytics.to")}
          <input
            type="date"
            name="to"
            .value=${this._to}
            min=${this._from}
            @change=${d=>this._to=d.target.value||this._to}
        /></label>
        ${this.narrow?y:l}
      </div>
      ${this.narrow?p`<details ?open=${o>0}>
            <summary>${e("analytics.more_filters")}${o?` (${o})`:""}</summary>
            <div class="fields">${l}</div>
          </details>`:y}
    </section>`}_accuracySection(){let e=A(this.hass),s=this._accuracy;if(!s)return y;let n=this.hass?.themes?.darkMode,r=s.runs.slice(0,25);return p`<section class="card chart-card wide" data-section="accuracy">
      <h2>${e("analytics.accuracy")}</h2>
      ${s.by_printer.length===0?p`<div class="muted center">${e("analytics.no_data")}</div>`:p`<odin-chart
              .labels=${s.by_printer.map(a=>a.name)}
              .series=${[{label:e("analytics.median_abs_error"),data:s.by_printer.map(a=>a.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:e("analytics.bias"),data:s.by_printer.map(a=>a.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${n}
              .formatValue=${a=>Ne(this.hass,a)}
              ?horizontal=${s.by_printer.length>6}
              label=${e("analytics.accuracy")}
            ></odin-chart>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${e("analytics.printer")}</th>
                    <th class="num">${e("analytics.median_abs_error")}</th>
                    <th class="num">${e("analytics.bias")}</th>
                    <th class="num">${e("analytics.n")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.by_printer.map(a=>p`<tr data-key=${a.printer_id}>
                      <td>${a.name}</td>
                      <td class="num" data-col="median_abs_error_pct" data-label=${e("analytics.median_abs_error")}>
                        ${Ne(this.hass,a.median_abs_error_pct)}
                      </td>
                      <td class="num" data-col="bias_pct" data-label=${e("analytics.bias")}>${Ne(this.hass,a.bias_pct,!0)}</td>
                      <td class="num" data-col="n" data-label=${e("analytics.n")}>${C(this.hass,a.n)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>`}
      ${s.trend.length?p`<h3 class="sub">${e("analytics.accuracy_trend")}</h3>
            <odin-chart
              type="line"
              .labels=${s.trend.map(a=>ys(this.hass,a.start))}
              .series=${[{label:e("analytics.median_abs_error"),data:s.trend.map(a=>a.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:e("analytics.bias"),data:s.trend.map(a=>a.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${n}
              .formatValue=${a=>Ne(this.hass,a)}
              height="200"
              label=${e("analytics.accuracy_trend")}
            ></odin-chart>`:y}
      ${r.length?p`<details>
            <summary>${e("analytics.recent_runs")} (${C(this.hass,r.length)} / ${C(this.hass,s.runs_total)})</summary>
            <div class="table-wrap">
              <table class="runs stack">
                <thead>
                  <tr>
                    <th>${e("analytics.file")}</th>
                    <th class="num">${e("analytics.estimate")}</th>
                    <th class="num">${e("analytics.actual")}</th>
                    <th class="num">${e("analytics.deviation")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${r.map(a=>p`<tr data-key=${String(a.run_id)}>
                      <td>
                        <button class="run-link" data-action="run" aria-label=${e("analytics.open_run",{job:a.job_name||a.file_name||""})} @click=${()=>this._openRun(a)}>
                          <span class="ellipsis file">${a.job_name||a.file_name||"–"}</span>
                          <span class="muted small">${a.name??""} · ${it(this.hass,a.started_at)}</span>
                        </button>
                      </td>
                      <td class="num" data-label=${e("analytics.estimate")}>${$t(a.estimate_s)}</td>
                      <td class="num" data-label=${e("analytics.actual")}>${$t(a.actual_s)}</td>
                      <td class="num" data-label=${e("analytics.deviation")}>${Ne(this.hass,a.error_pct,!0)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`:y}
    </section>`}render(){let e=A(this.hass),s=this._failures,n=this.hass?.themes?.darkMode;return p`
      ${this._filters()}
      ${this._error?p`<div class="card center error-text">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?p`<div class="grid ${this._loading?"loading":""}" data-loaded=${this._loading?"false":"true"}>
            <section class="card wide" data-section="totals">
              <div class="window muted small" data-window>${Ad(this.hass,e,s)}</div>
              ${Sd(this.hass,e,s)}
              <div class="muted small note">${e("analytics.cancel_note")}</div>
            </section>
            <div class="wide">${Md(this.hass,e,s,{theme:n})}</div>
            ${is(this.hass,e,"by_printer",e("analytics.by_printer"),s.by_printer,{showMtbf:!0,theme:n})}
            ${qr(this.hass,e,"reasons",e("analytics.reasons"),s.reasons,e("analytics.reason"),{theme:n})}
            ${qr(this.hass,e,"hms",e("analytics.hms"),s.hms,e("analytics.code"),{theme:n})}
            ${is(this.hass,e,"by_model",e("analytics.by_model"),s.by_model,{theme:n})}
            ${is(this.hass,e,"by_material",e("analytics.by_material"),s.by_material,{theme:n})}
            ${s.by_tag.length?is(this.hass,e,"by_tag",e("analytics.by_tag"),s.by_tag,{theme:n}):y}
            ${this._accuracySection()}
          </div>`:this._loading?p`<div class="center muted">${e("panel.loading")}</div>`:y}
      ${this._runDialog()}
    `}};rt.styles=[X,N`
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
    `],_([w({attribute:!1})],rt.prototype,"hass",2),_([w({type:Boolean})],rt.prototype,"narrow",2),_([w()],rt.prototype,"initialPrinter",2),_([w()],rt.prototype,"base",2),_([v()],rt.prototype,"_from",2),_([v()],rt.prototype,"_to",2),_([v()],rt.prototype,"_bucket",2),_([v()],rt.prototype,"_printer",2),_([v()],rt.prototype,"_tag",2),_([v()],rt.prototype,"_model",2),_([v()],rt.prototype,"_material",2),_([v()],rt.prototype,"_printers",2),_([v()],rt.prototype,"_failures",2),_([v()],rt.prototype,"_accuracy",2),_([v()],rt.prototype,"_loading",2),_([v()],rt.prototype,"_error",2),_([v()],rt.prototype,"_run",2),_([v()],rt.prototype,"_runTimelapse",2),_([v()],rt.prototype,"_runError",2);G("odin-analytics-page",rt);var Pd=["name","printer"];function mf(i){let t=i.replace(/[_.]+/g," ").trim();return t.charAt(0).toUpperCase()+t.slice(1)}function pe(i,t,e){let s=`audit.${t}.${e}`,n=i(s);return n===s?mf(e):n}function Wr(i,t){return i.user_name?i.user_name:i.origin_ref?i.origin_ref:i.user_id??t}function Ur(i){let t=Pd.map(s=>i.details[s]).find(s=>typeof s=="string"&&s!==""),e=i.target_name??t;return e||(i.target_id?`${i.target_type} ${i.target_id}`:i.target_type)}function bn(i){let e=Object.entries(i.details).filter(([s])=>!Pd.includes(s)).map(([s,n])=>`${s}: ${typeof n=="object"?JSON.stringify(n):String(n)}`).join(", ");return[i.result_text,e].filter(Boolean).join(" · ")}function Yr(i){return i==="ok"?"var(--success-color, #43a047)":i==="refused"?"var(--warning-color, #ffa600)":"var(--error-color, #db4437)"}var gf=50,_f="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",wt=class extends I{constructor(){super(...arguments);this.narrow=!1;this._query={};this._since="";this._until="";this._items=[];this._next=null;this._loading=!1;this._loaded=!1;this._denied=!1;this._request=0;this._started=!1}updated(e){this.hass&&!this._started&&(this._started=!0,$a(this.hass).then(s=>this._filters=s).catch(s=>{Cn(s)&&(this._denied=!0)}),this._load(!0))}_fullQuery(){return{...this._query,start:this._since?ai(this._since):void 0,end:this._until?ai(Ve(oi(this._until),1)):void 0}}async _load(e){if(!this.hass)return;let s=++this._request;this._loading=!0,this._error=void 0;try{let n=await va(this.hass,this._fullQuery(),e?null:this._next,gf);if(s!==this._request)return;this._items=e?n.items:[...this._items,...n.items],this._next=n.next,this._loaded=!0}catch(n){if(s!==this._request)return;Cn(n)?this._denied=!0:this._error=ie(n)}finally{s===this._request&&(this._loading=!1)}}_set(e,s){this._query={...this._query,[e]:s||void 0},this._load(!0)}_clear(){this._query={},this._since="",this._until="",this._load(!0)}async _csv(){if(this.hass)try{await ka(this.hass,this._fullQuery())}catch(e){this._error=ie(e)}}_optionLabel(e,s){let n=A(this.hass);return e==="action"?pe(n,"actions",s):e==="origin"?pe(n,"origins",s):s}_select(e,s,n){let r=A(this.hass),a=this._query[e]??"";return p`<label class="field">
      ${s}
      <select name=${e} @change=${o=>this._set(e,o.target.value)}>
        <option value="" ?selected=${a===""}>${r("audit.any")}</option>
        ${(n??[]).map(o=>p`<option value=${o.value} ?selected=${o.value===a}>${o.label??this._optionLabel(e,o.value)}</option>`)}
      </select>
    </label>`}_table(){let e=A(this.hass),s=e("audit.system");return p`<div class="table-wrap">
      <table class="audit">
        <thead>
          <tr>
            <th>${e("audit.when")}</th>
            <th>${e("audit.who")}</th>
            <th>${e("audit.action")}</th>
            <th>${e("audit.target")}</th>
            <th>${e("audit.result")}</th>
            <th>${e("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          ${this._items.map(n=>p`<tr data-audit-id=${n.id}>
              <td class="nowrap">${it(this.hass,n.ts)}</td>
              <td>${Wr(n,s)}<div class="muted small">${pe(e,"origins",n.origin)}</div></td>
              <td data-col="action">${pe(e,"actions",n.action)}</td>
              <td>${Ur(n)}</td>
              <td><span class="badge" style="--badge-color:${Yr(n.result)}">${pe(e,"results",n.result)}</span></td>
              <td class="details">${bn(n)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`}_cards(){let e=A(this.hass),s=e("audit.system");return p`<ul class="list">
      ${this._items.map(n=>p`<li data-audit-id=${n.id}>
          <div class="row">
            <strong data-col="action" class="ellipsis">${pe(e,"actions",n.action)}</strong>
            <span class="badge" style="--badge-color:${Yr(n.result)}">${pe(e,"results",n.result)}</span>
          </div>
          <div class="row muted small">
            <span class="ellipsis">${Wr(n,s)} · ${pe(e,"origins",n.origin)}</span>
            <span class="nowrap">${it(this.hass,n.ts)}</span>
          </div>
          <div class="small">${Ur(n)}</div>
          ${bn(n)?p`<div class="muted small details">${bn(n)}</div>`:y}
        </li>`)}
    </ul>`}render(){let e=A(this.hass);if(this._denied)return p`<div class="card center" data-denied="audit">${e("audit.admin_only")}</div>`;let s=this._filters,n=Object.values(this._query).some(Boolean)||this._since||this._until;return p`
      <section class="card filters">
        <div class="fields">
          ${this._select("user_id",e("audit.user"),s?.users)} ${this._select("origin",e("audit.origin"),s?.origins)}
          ${this._select("action",e("audit.action"),s?.actions)}
          ${this._select("target_type",e("audit.target"),s?.target_types)}
          <label class="field"
            >${e("audit.since")}
            <input
              type="date"
              name="since"
              .value=${this._since}
              @change=${r=>{this._since=r.target.value,this._load(!0)}}
          /></label>
          <label class="field"
            >${e("audit.until")}
            <input
              type="date"
              name="until"
              .value=${this._until}
              @change=${r=>{this._until=r.target.value,this._load(!0)}}
          /></label>
        </div>
        <div class="actions">
          ${n?p`<button class="btn" @click=${()=>this._clear()}>${e("audit.clear")}</button>`:y}
          <button class="btn primary" data-action="csv" @click=${()=>this._csv()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${_f}></path></svg>${e("audit.csv")}
          </button>
        </div>
      </section>
      ${this._error?p`<div class="card center error-text">${e("panel.error",{error:this._error})}</div>`:y}
      <section class="card results" data-loaded=${this._loaded&&!this._loading?"true":"false"}>
        ${this._loaded?this._items.length===0?p`<div class="center muted">${e("audit.empty")}</div>`:p`<div class="muted small count" data-count=${this._items.length}>
                  ${e("audit.entries",{n:C(this.hass,this._items.length)})}
                </div>
                ${this.narrow?this._cards():this._table()}`:p`<div class="center muted">${e("panel.loading")}</div>`}
        ${this._loaded&&this._items.length?p`<div class="more">
              ${this._next?p`<button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>
                    ${e("audit.load_more")}
                  </button>`:p`<span class="muted small">${e("audit.end")}</span>`}
            </div>`:y}
      </section>
    `}};wt.styles=[X,N`
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
    `],_([w({attribute:!1})],wt.prototype,"hass",2),_([w({type:Boolean,reflect:!0})],wt.prototype,"narrow",2),_([v()],wt.prototype,"_filters",2),_([v()],wt.prototype,"_query",2),_([v()],wt.prototype,"_since",2),_([v()],wt.prototype,"_until",2),_([v()],wt.prototype,"_items",2),_([v()],wt.prototype,"_next",2),_([v()],wt.prototype,"_loading",2),_([v()],wt.prototype,"_loaded",2),_([v()],wt.prototype,"_error",2),_([v()],wt.prototype,"_denied",2);G("odin-audit-page",wt);var Td=["fleet","queue","files","presets","drying","timelapses","analytics","audit"];function bf(i,t){let e=t?i?.devices?.[t]?.config_entries_subentries:void 0;for(let s of Object.values(e??{})){let n=s.find(r=>typeof r=="string");if(n)return n}return""}var fe=class extends I{constructor(){super(...arguments);this.narrow=!1;this._search=location.search;this._onLocation=()=>{this._search=location.search}}connectedCallback(){super.connectedCallback(),window.addEventListener("location-changed",this._onLocation),window.addEventListener("popstate",this._onLocation)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("location-changed",this._onLocation),window.removeEventListener("popstate",this._onLocation)}get _isAdmin(){return!!this.hass?.user?.is_admin}get _page(){let e=(this.route?.path??"").split("/").filter(Boolean)[0];return e&&Td.includes(e)?e:"fleet"}get _base(){return this.route?.prefix??`/${this.panel?.url_path??"odin"}`}_go(e,s){s.preventDefault(),Bt(`${this._base}/${e}`)}render(){let e=A(this.hass),s=this._page,n=new URLSearchParams(this._search),r=n.get("printer")??bf(this.hass,n.get("device")),a=Td.filter(o=>o!=="audit"||this._isAdmin);return p`
      <header class="toolbar">
        <div class="top">
          ${this.narrow?p`<button class="icon-btn" data-action="menu" aria-label=${e("panel.menu")} @click=${()=>Ci(this,"hass-toggle-menu")}>
                ${E("menu")}
              </button>`:y}
          <h1>${this.panel?.title&&this.panel.title!=="Print farm"?this.panel.title:e("panel.title")}</h1>
        </div>
        <nav class="tabs" role="tablist">
          ${a.map(o=>p`<a
              role="tab"
              href="${this._base}/${o}"
              aria-selected=${o===s?"true":"false"}
              aria-label=${e(`panel.tabs.${o}`)}
              data-tab=${o}
              @click=${l=>this._go(o,l)}
              >${this.narrow?p`${E(o)}<span class="short">${e(`panel.tabs_short.${o}`)}</span>`:e(`panel.tabs.${o}`)}</a
            >`)}
        </nav>
      </header>
      <main>${this._renderPage(s,r,n)}</main>
    `}_renderPage(e,s,n){let r=A(this.hass);switch(e){case"fleet":return p`<odin-fleet-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .selected=${s}
          .base=${this._base}
        ></odin-fleet-page>`;case"queue":return p`<odin-queue-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-queue-page>`;case"files":return p`<odin-files-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-files-page>`;case"presets":return p`<odin-presets-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-presets-page>`;case"drying":return p`<odin-drying-page .hass=${this.hass} .narrow=${this.narrow}></odin-drying-page>`;case"timelapses":return p`<odin-timelapses-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${s}
          .runId=${Number(n.get("run"))||0}
        ></odin-timelapses-page>`;case"analytics":return p`<odin-analytics-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${s}
          .base=${this._base}
        ></odin-analytics-page>`;default:return this._isAdmin?p`<odin-audit-page .hass=${this.hass} .narrow=${this.narrow}></odin-audit-page>`:p`<div class="card center" data-denied="audit">${r("audit.admin_only")}</div>`}}};fe.styles=[X,N`
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
    `],_([w({attribute:!1})],fe.prototype,"hass",2),_([w({type:Boolean,reflect:!0})],fe.prototype,"narrow",2),_([w({attribute:!1})],fe.prototype,"route",2),_([w({attribute:!1})],fe.prototype,"panel",2),_([v()],fe.prototype,"_search",2);G("odin-panel",fe);export{fe as OdinPanel};
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
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
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

lit-html/directives/if-defined.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@kurkle/color/dist/color.esm.js:
  (*!
   * @kurkle/color v0.3.4
   * https://github.com/kurkle/color#readme
   * (c) 2024 Jukka Kurkela
   * Released under the MIT License
   *)

chart.js/dist/chunks/index.js:
chart.js/dist/chart.js:
  (*!
   * Chart.js v4.6.1
   * https://www.chartjs.org
   * (c) 2026 Chart.js Contributors
   * Released under the MIT License
   *)
*/
