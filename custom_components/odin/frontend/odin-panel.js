var lc=Object.defineProperty;var cc=Object.getOwnPropertyDescriptor;var b=(i,t,e,s)=>{for(var n=s>1?void 0:s?cc(t,e):t,r=i.length-1,a;r>=0;r--)(a=i[r])&&(n=(s?a(t,e,n):a(n))||n);return s&&n&&lc(t,e,n),n};var Qi=globalThis,ts=Qi.ShadowRoot&&(Qi.ShadyCSS===void 0||Qi.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,dn=Symbol(),Ir=new WeakMap,bi=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==dn)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(ts&&t===void 0){let s=e!==void 0&&e.length===1;s&&(t=Ir.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&Ir.set(e,t))}return t}toString(){return this.cssText}},jr=i=>new bi(typeof i=="string"?i:i+"",void 0,dn),B=(i,...t)=>{let e=i.length===1?i[0]:t.reduce((s,n,r)=>s+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+i[r+1],i[0]);return new bi(e,i,dn)},Hr=(i,t)=>{if(ts)i.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let s=document.createElement("style"),n=Qi.litNonce;n!==void 0&&s.setAttribute("nonce",n),s.textContent=e.cssText,i.appendChild(s)}},hn=ts?i=>i:i=>i instanceof CSSStyleSheet?(t=>{let e="";for(let s of t.cssRules)e+=s.cssText;return jr(e)})(i):i;var{is:dc,defineProperty:hc,getOwnPropertyDescriptor:uc,getOwnPropertyNames:pc,getOwnPropertySymbols:fc,getPrototypeOf:mc}=Object,es=globalThis,Nr=es.trustedTypes,gc=Nr?Nr.emptyScript:"",_c=es.reactiveElementPolyfillSupport,yi=(i,t)=>i,xi={toAttribute(i,t){switch(t){case Boolean:i=i?gc:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,t){let e=i;switch(t){case Boolean:e=i!==null;break;case Number:e=i===null?null:Number(i);break;case Object:case Array:try{e=JSON.parse(i)}catch{e=null}}return e}},is=(i,t)=>!dc(i,t),Vr={attribute:!0,type:String,converter:xi,reflect:!1,useDefault:!1,hasChanged:is};Symbol.metadata??=Symbol("metadata"),es.litPropertyMetadata??=new WeakMap;var Gt=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Vr){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let s=Symbol(),n=this.getPropertyDescriptor(t,s,e);n!==void 0&&hc(this.prototype,t,n)}}static getPropertyDescriptor(t,e,s){let{get:n,set:r}=uc(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:n,set(a){let o=n?.call(this);r?.call(this,a),this.requestUpdate(t,o,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Vr}static _$Ei(){if(this.hasOwnProperty(yi("elementProperties")))return;let t=mc(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(yi("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(yi("properties"))){let e=this.properties,s=[...pc(e),...fc(e)];for(let n of s)this.createProperty(n,e[n])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[s,n]of e)this.elementProperties.set(s,n)}this._$Eh=new Map;for(let[e,s]of this.elementProperties){let n=this._$Eu(e,s);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let s=new Set(t.flat(1/0).reverse());for(let n of s)e.unshift(hn(n))}else t!==void 0&&e.push(hn(t));return e}static _$Eu(t,e){let s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Hr(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){let s=this.constructor.elementProperties.get(t),n=this.constructor._$Eu(t,s);if(n!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:xi).toAttribute(e,s.type);this._$Em=t,r==null?this.removeAttribute(n):this.setAttribute(n,r),this._$Em=null}}_$AK(t,e){let s=this.constructor,n=s._$Eh.get(t);if(n!==void 0&&this._$Em!==n){let r=s.getPropertyOptions(n),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:xi;this._$Em=n;let o=a.fromAttribute(e,r.type);this[n]=o??this._$Ej?.get(n)??o,this._$Em=null}}requestUpdate(t,e,s,n=!1,r){if(t!==void 0){let a=this.constructor;if(n===!1&&(r=this[t]),s??=a.getPropertyOptions(t),!((s.hasChanged??is)(r,e)||s.useDefault&&s.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:n,wrapped:r},a){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),r!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),n===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,r]of this._$Ep)this[n]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[n,r]of s){let{wrapped:a}=r,o=this[n];a!==!0||this._$AL.has(n)||o===void 0||this.C(n,void 0,r,o)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};Gt.elementStyles=[],Gt.shadowRootOptions={mode:"open"},Gt[yi("elementProperties")]=new Map,Gt[yi("finalized")]=new Map,_c?.({ReactiveElement:Gt}),(es.reactiveElementVersions??=[]).push("2.1.2");var bn=globalThis,Br=i=>i,ss=bn.trustedTypes,Wr=ss?ss.createPolicy("lit-html",{createHTML:i=>i}):void 0,Gr="$lit$",he=`lit$${Math.random().toFixed(9).slice(2)}$`,Kr="?"+he,bc=`<${Kr}>`,ze=document,$i=()=>ze.createComment(""),wi=i=>i===null||typeof i!="object"&&typeof i!="function",yn=Array.isArray,yc=i=>yn(i)||typeof i?.[Symbol.iterator]=="function",un=`[ 	
\f\r]`,vi=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,qr=/-->/g,Ur=/>/g,Te=RegExp(`>|${un}(?:([^\\s"'>=/]+)(${un}*=${un}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Yr=/'/g,Xr=/"/g,Jr=/^(?:script|style|textarea|title)$/i,xn=i=>(t,...e)=>({_$litType$:i,strings:t,values:e}),f=xn(1),Qr=xn(2),Jp=xn(3),Le=Symbol.for("lit-noChange"),y=Symbol.for("lit-nothing"),Zr=new WeakMap,Ee=ze.createTreeWalker(ze,129);function ta(i,t){if(!yn(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return Wr!==void 0?Wr.createHTML(t):t}var xc=(i,t)=>{let e=i.length-1,s=[],n,r=t===2?"<svg>":t===3?"<math>":"",a=vi;for(let o=0;o<e;o++){let l=i[o],c,d,h=-1,u=0;for(;u<l.length&&(a.lastIndex=u,d=a.exec(l),d!==null);)u=a.lastIndex,a===vi?d[1]==="!--"?a=qr:d[1]!==void 0?a=Ur:d[2]!==void 0?(Jr.test(d[2])&&(n=RegExp("</"+d[2],"g")),a=Te):d[3]!==void 0&&(a=Te):a===Te?d[0]===">"?(a=n??vi,h=-1):d[1]===void 0?h=-2:(h=a.lastIndex-d[2].length,c=d[1],a=d[3]===void 0?Te:d[3]==='"'?Xr:Yr):a===Xr||a===Yr?a=Te:a===qr||a===Ur?a=vi:(a=Te,n=void 0);let p=a===Te&&i[o+1].startsWith("/>")?" ":"";r+=a===vi?l+bc:h>=0?(s.push(c),l.slice(0,h)+Gr+l.slice(h)+he+p):l+he+(h===-2?o:p)}return[ta(i,r+(i[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]},ki=class i{constructor({strings:t,_$litType$:e},s){let n;this.parts=[];let r=0,a=0,o=t.length-1,l=this.parts,[c,d]=xc(t,e);if(this.el=i.createElement(c,s),Ee.currentNode=this.el.content,e===2||e===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(n=Ee.nextNode())!==null&&l.length<o;){if(n.nodeType===1){if(n.hasAttributes())for(let h of n.getAttributeNames())if(h.endsWith(Gr)){let u=d[a++],p=n.getAttribute(h).split(he),g=/([.?@])?(.*)/.exec(u);l.push({type:1,index:r,name:g[2],strings:p,ctor:g[1]==="."?fn:g[1]==="?"?mn:g[1]==="@"?gn:ti}),n.removeAttribute(h)}else h.startsWith(he)&&(l.push({type:6,index:r}),n.removeAttribute(h));if(Jr.test(n.tagName)){let h=n.textContent.split(he),u=h.length-1;if(u>0){n.textContent=ss?ss.emptyScript:"";for(let p=0;p<u;p++)n.append(h[p],$i()),Ee.nextNode(),l.push({type:2,index:++r});n.append(h[u],$i())}}}else if(n.nodeType===8)if(n.data===Kr)l.push({type:2,index:r});else{let h=-1;for(;(h=n.data.indexOf(he,h+1))!==-1;)l.push({type:7,index:r}),h+=he.length-1}r++}}static createElement(t,e){let s=ze.createElement("template");return s.innerHTML=t,s}};function Qe(i,t,e=i,s){if(t===Le)return t;let n=s!==void 0?e._$Co?.[s]:e._$Cl,r=wi(t)?void 0:t._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),r===void 0?n=void 0:(n=new r(i),n._$AT(i,e,s)),s!==void 0?(e._$Co??=[])[s]=n:e._$Cl=n),n!==void 0&&(t=Qe(i,n._$AS(i,t.values),n,s)),t}var pn=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:s}=this._$AD,n=(t?.creationScope??ze).importNode(e,!0);Ee.currentNode=n;let r=Ee.nextNode(),a=0,o=0,l=s[0];for(;l!==void 0;){if(a===l.index){let c;l.type===2?c=new Si(r,r.nextSibling,this,t):l.type===1?c=new l.ctor(r,l.name,l.strings,this,t):l.type===6&&(c=new _n(r,this,t)),this._$AV.push(c),l=s[++o]}a!==l?.index&&(r=Ee.nextNode(),a++)}return Ee.currentNode=ze,n}p(t){let e=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}},Si=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,n){this.type=2,this._$AH=y,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=Qe(this,t,e),wi(t)?t===y||t==null||t===""?(this._$AH!==y&&this._$AR(),this._$AH=y):t!==this._$AH&&t!==Le&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):yc(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==y&&wi(this._$AH)?this._$AA.nextSibling.data=t:this.T(ze.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:s}=t,n=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=ki.createElement(ta(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===n)this._$AH.p(e);else{let r=new pn(n,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(t){let e=Zr.get(t.strings);return e===void 0&&Zr.set(t.strings,e=new ki(t)),e}k(t){yn(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,s,n=0;for(let r of t)n===e.length?e.push(s=new i(this.O($i()),this.O($i()),this,this.options)):s=e[n],s._$AI(r),n++;n<e.length&&(this._$AR(s&&s._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let s=Br(t).nextSibling;Br(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},ti=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,n,r){this.type=1,this._$AH=y,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=y}_$AI(t,e=this,s,n){let r=this.strings,a=!1;if(r===void 0)t=Qe(this,t,e,0),a=!wi(t)||t!==this._$AH&&t!==Le,a&&(this._$AH=t);else{let o=t,l,c;for(t=r[0],l=0;l<r.length-1;l++)c=Qe(this,o[s+l],e,l),c===Le&&(c=this._$AH[l]),a||=!wi(c)||c!==this._$AH[l],c===y?t=y:t!==y&&(t+=(c??"")+r[l+1]),this._$AH[l]=c}a&&!n&&this.j(t)}j(t){t===y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},fn=class extends ti{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===y?void 0:t}},mn=class extends ti{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==y)}},gn=class extends ti{constructor(t,e,s,n,r){super(t,e,s,n,r),this.type=5}_$AI(t,e=this){if((t=Qe(this,t,e,0)??y)===Le)return;let s=this._$AH,n=t===y&&s!==y||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,r=t!==y&&(s===y||n);n&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},_n=class{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){Qe(this,t)}};var vc=bn.litHtmlPolyfillSupport;vc?.(ki,Si),(bn.litHtmlVersions??=[]).push("3.3.3");var ea=(i,t,e)=>{let s=e?.renderBefore??t,n=s._$litPart$;if(n===void 0){let r=e?.renderBefore??null;s._$litPart$=n=new Si(t.insertBefore($i(),r),r,void 0,e??{})}return n._$AI(i),n};var vn=globalThis,H=class extends Gt{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=ea(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Le}};H._$litElement$=!0,H.finalized=!0,vn.litElementHydrateSupport?.({LitElement:H});var $c=vn.litElementPolyfillSupport;$c?.({LitElement:H});(vn.litElementVersions??=[]).push("4.2.2");var wc={attribute:!0,type:String,converter:xi,reflect:!1,hasChanged:is},kc=(i=wc,t,e)=>{let{kind:s,metadata:n}=e,r=globalThis.litPropertyMetadata.get(n);if(r===void 0&&globalThis.litPropertyMetadata.set(n,r=new Map),s==="setter"&&((i=Object.create(i)).wrapped=!0),r.set(e.name,i),s==="accessor"){let{name:a}=e;return{set(o){let l=t.get.call(this);t.set.call(this,o),this.requestUpdate(a,l,i,!0,o)},init(o){return o!==void 0&&this.C(a,void 0,i,o),o}}}if(s==="setter"){let{name:a}=e;return function(o){let l=this[a];t.call(this,o),this.requestUpdate(a,l,i,!0,o)}}throw Error("Unsupported decorator location: "+s)};function k(i){return(t,e)=>typeof e=="object"?kc(i,t,e):((s,n,r)=>{let a=n.hasOwnProperty(r);return n.constructor.createProperty(r,s),a?Object.getOwnPropertyDescriptor(n,r):void 0})(i,t,e)}function v(i){return k({...i,state:!0,attribute:!1})}var Re=(i,t,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(i,t,e),e);function ns(i,t){return(e,s,n)=>{let r=a=>a.renderRoot?.querySelector(i)??null;if(t){let{get:a,set:o}=typeof s=="object"?e:n??(()=>{let l=Symbol();return{get(){return this[l]},set(c){this[l]=c}}})();return Re(e,s,{get(){let l=a.call(this);return l===void 0&&(l=r(this),(l!==null||this.hasUpdated)&&o.call(this,l)),l}})}return Re(e,s,{get(){return r(this)}})}}function Y(i,t){customElements.get(i)||customElements.define(i,t)}function Mi(i,t,e){i.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}function Kt(i,t=!1){t?history.replaceState(null,"",i):history.pushState(null,"",i),Mi(window,"location-changed",{replace:t})}var ia={panel:{title:"Print farm",menu:"Open the sidebar",tabs:{fleet:"Fleet",analytics:"Analytics",audit:"Audit",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Timelapses"},loading:"Loading…",retry:"Retry",error:"Could not load the data: {error}",tabs_short:{fleet:"Fleet",queue:"Queue",presets:"Presets",drying:"Drying",timelapses:"Videos",analytics:"Stats",audit:"Audit"}},status:{offline:"Offline",idle:"Idle",busy:"Busy",preparing:"Preparing",printing:"Printing",paused:"Paused",finished:"Finished",cancelled:"Cancelled",failed:"Failed",error:"Error"},fleet:{all:"All",tags:"Tags",no_printers:"No printers yet. Add one on the farm entry under Settings → Devices & services.",no_match:"No printer has this tag.",summary:"{total} printers · {printing} printing · {attention} need attention",remaining:"{time} left",layer:"Layer {layer} / {total}",nozzle:"Nozzle",bed:"Bed",no_job:"No job",analytics:"Analytics",progress:"Progress",edit_tags:"Tags"},analytics:{from:"From",to:"To",range:"Period",last_days:"{days} days",bucket:"Group by",day:"Day",week:"Week",printer:"Printer",tag:"Tag",model:"Model",material:"Material",any:"All",runs:"Runs",success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",success_rate:"Success rate",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Printing hours",window:"{start} – {end} · n = {n}",by_printer:"Outcomes per printer",by_model:"Outcomes per model",by_material:"Outcomes per material",by_tag:"Outcomes per tag",reasons:"Failure reasons",hms:"HMS and error codes",trend:"Outcomes over time",accuracy:"Print time accuracy (actual vs. estimate)",accuracy_trend:"Accuracy per week",median_abs_error:"Median abs. error",bias:"Bias",n:"n",count:"Count",code:"Code",reason:"Reason",name:"Name",no_data:"No runs in this period.",no_failures:"No failures in this period.",cancel_note:"Cancelled runs are shown but never counted as failures. Success rate = successful / (successful + failed).",recent_runs:"Recent runs",estimate:"Estimate",actual:"Actual",deviation:"Deviation",file:"File",started:"Started",show_table:"Show numbers",none:"(none)",unknown_reason:"(no reason)",more_filters:"More filters",run:"Run",open_run:"Details and timelapse of {job}",no_timelapse:"This run has no timelapse."},audit:{admin_only:"Only administrators can see the audit log.",when:"When",who:"Who",origin:"Origin",action:"Action",target:"Target",result:"Result",details:"Details",user:"User",since:"From",until:"To",any:"All",load_more:"Load more",csv:"Download CSV",empty:"No audit entries match these filters.",end:"End of the log.",system:"System",clear:"Clear filters",entries:"{n} entries shown",actions:{pause:"Pause",resume:"Resume",stop:"Stop",printer_added:"Printer added",printer_removed:"Printer removed",printer_reconfigured:"Printer reconfigured",farm_options_changed:"Farm options changed",tagged:"Tagged",untagged:"Untagged",tags_set:"Tags set",job_added:"Job added",job_cancelled:"Job cancelled",job_updated:"Job changed",job_done:"Job done",job_requeued:"Job queued again",job_removed:"Job removed",job_moved:"Job moved",preset_saved:"Preset saved",preset_deleted:"Preset deleted",preset_scheduled:"Preset scheduled",spool_saved:"Spool saved",spool_deleted:"Spool removed",drying_logged:"Drying logged",material_set:"Material limits set",material_reset:"Material limits reset",timelapse_deleted:"Timelapse deleted",timelapse_on:"Timelapse on",timelapse_off:"Timelapse off"},origins:{ui:"UI",api:"API",automation:"Automation",script:"Script",voice:"Voice",system:"System",service:"Action call"},results:{ok:"OK",error:"Error",refused:"Refused"}},card:{title:"Title",days:"Period (days)",chart:"Chart",chart_printer:"Per printer",chart_reasons:"Failure reasons",chart_trend:"Over time",chart_model:"Per model",chart_material:"Per material",limit:"Rows",printer:"Printer",choose_printer:"Choose a printer",printer_missing:"Printer {id} is not in the farm.",failure_analytics:"Failure analytics",audit_log:"Audit log",printer_card:"Printer",last_runs:"Last runs: estimate vs. actual",open_panel:"Open",failure_analytics_desc:"Success rate, failures and reasons of the O.D.I.N. print farm.",audit_log_desc:"Latest O.D.I.N. audit log entries (administrators only).",printer_card_desc:"Live status of one printer with estimated vs. actual print times."},units:{h:"h",min:"min",s:"s"},common:{close:"Close",cancel:"Cancel",save:"Save",delete:"Delete"},tags:{heading:"Tags of {printer}",help:'Tags group printers: filter the fleet, target jobs and presets ("any printer tagged Room A"), and automations. Case does not matter.',none:"No tags yet.",new:"New tag",add:"Add",remove:"Remove tag {tag}",suggestions:"Tags in use:",saved:"Tags of {printer} saved",too_long:"A tag can have at most {max} characters."},jobs:{file:"File",file_hint:"The print file on the printer or in the farm library, e.g. gear.3mf",name:"Name",name_hint:"Default: the file name",quantity:"Copies",priority:"Priority",priority_hint:"-100 … 100, higher prints first",printer:"Printer",model:"Printer model",any_model:"Any model",filament:"Filament",nozzle:"Nozzle",any_nozzle:"Any nozzle",tags_any:"Printers with any of these tags",tags_all:"Printers with all of these tags",notes:"Notes",print_options:"Print options",pill_printer:"Printer: {printer}",pill_tags_any:"Any of: {tags}",pill_tags_all:"All of: {tags}",pill_model:"Model: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Nozzle: {nozzle} mm"},options:{default:"Printer default",on:"On",off:"Off",timelapse:"Timelapse",bed_leveling:"Bed levelling",flow_calibration:"Flow calibration",vibration_calibration:"Vibration calibration",layer_inspect:"First layer inspection",use_ams:"Use AMS",plate:"Plate",plate_n:"Plate {n}"},queue:{summary:"{queued} waiting · {active} printing or assigned",add:"Add job",add_heading:"Add a print job",add_submit:"Add to queue",added:"{n} job(s) added to the queue",active:"Printing and assigned",waiting:"Waiting",order_note:"Order: priority, then the order added",empty:"The queue is empty. Add a job, or schedule a preset.",open_presets:"Open presets",finished:"Finished ({n})",position:"Position in the queue",position_n:"Position {n}",priority_n:"Priority {n}",any_printer:"Any printer",on_printer:"On {printer}",added_by:"Added by {who} · {when}",ended:"Ended {when}",move_up:"Move up",move_down:"Move down",save_as_preset:"Save as preset",save_as_preset_help:"The preset keeps this job's file ({file}), printer, tag or model, filament, nozzle, priority, notes and options.",preset_saved:"Preset {name} saved",cancel_job:"Cancel job",cancel_heading:"Cancel this job?",cancel_text:"{name} leaves the queue. This cannot be undone.",cancelled:"{name} cancelled",why:"Printers checked ({n})",status:{queued:"Waiting",assigned:"Assigned",printing:"Printing",done:"Done",failed:"Failed",cancelled:"Cancelled"},reason:{proposed:"Next on {printer}",no_printers:"Waiting: the farm has no printers",no_printer_fits:"Waiting: no printer meets all constraints together",no_printer_fits_unmet:"Waiting: no printer has {unmet}",waiting_for_earlier_jobs:"Waiting: the printers that fit go to jobs ahead",filament_not_loaded:"Waiting: no fitting printer has {filament} loaded",printers_busy:"Waiting: the printers that fit are busy",printers_in_error:"Waiting: the printers that fit have an error",printers_offline:"Waiting: the printers that fit are offline"},constraint:{printer_id:"the chosen printer {printer}",tags_any:"one of the tags {tags}",tags_all:"all the tags {tags}",model:"the model {model}",nozzle_mm:"a {nozzle} mm nozzle"},check:{ok:"ready",other_printer:"another printer is chosen",missing_any_tag:"none of the tags",missing_tags:"not all tags",wrong_model:"other model",wrong_nozzle:"other nozzle",offline:"offline",error:"has an error",busy:"busy",filament_not_loaded:"filament not loaded",proposed_for_earlier_job:"goes to a job ahead"},note:{filament_unverified:"Filament not checked: the printer does not report its spools.",nozzle_unverified:"Nozzle not checked: the printer does not report it."},cancel_short:"Cancel",cancel_named:"Cancel {name}"},presets:{summary:"{n} presets",new:"New preset",new_heading:"New preset",edit_heading:"Edit preset",name:"Preset name",target:"Print on",tag:"Tag",target_type:{any:"Any printer",printer:"One printer",tag:"Printers with a tag",model:"A printer model"},target_any:"Any printer",target_printer:"{printer}",target_tag:"Printers tagged {tag}",target_model:"Model {model}",quick_schedule:"Quick schedule",schedule_heading:"Schedule {name}",schedule_help:"Queues {file} now, on: {target}.",schedule_submit:"Schedule",only_tag:"Only printers tagged",only_tag_hint:"Replaces the preset's printer choice for these jobs",as_in_preset:"As in the preset",scheduled:"{n} job(s) of {name} queued",open_queue:"Open queue",saved:"Preset {name} saved",edit:"Edit {name}",delete:"Delete {name}",delete_heading:"Delete this preset?",delete_text:"{name} is deleted. Jobs already queued from it stay in the queue.",deleted:"Preset {name} deleted",empty:'No presets yet. Create one, or use "Save as preset" on a queue job.'},drying:{summary:"{n} spools · {needs} need drying",add_spool:"Add spool",log:"Log drying",log_heading:"Log a drying session",what:"Spool",printer_slot:"A printer slot…",slot_code:"Slot",slot_hint:"A1 … H4 (AMS unit and slot), HT1 … HT8 (AMS HT) or EXT",temp:"Temperature",duration:"Duration",duration_h:"Duration (hours)",hours_hint:"e.g. 4 or 7.5",method_label:"Method",started:"Started",started_hint:"Empty: it ended just now",rh_before:"Humidity before",rh_after:"Humidity after",rh_before_after:"Humidity before → after",logged:"Drying logged",logged_spool:"Drying of {spool} logged",method:{dryer:"Filament dryer",oven:"Oven",ams:"AMS drying",dry_box:"Dry box",dehydrator:"Dehydrator",other:"Other"},needs:"Needs drying",dry:"Dry",due:"Dry · next drying due {date}",not_tracked:"Not tracked",reason:{time:"time",humidity:"humidity"},days_since:"{days} days since drying",days_since_max:"{days} of {max} days since drying",humidity:"{rh} % RH",humidity_max:"{rh} % RH (max {max} %)",brand:"Brand",colour:"Colour",weight:"Weight",opened:"Opened",slot:"Printer slot",location:"Location",spoolman:"Spoolman spool",spoolman_hint:"Optional: the spool's id in Spoolman",sensor:"Humidity sensor",no_sensor:"None",in_printer:"Loaded in printer",no_printer:"Not in a printer",material:"Material",name:"Name",name_hint:"Default: brand, material and colour",new_heading:"Add a spool",edit_heading:"Edit spool",edit:"Edit {spool}",delete:"Remove {spool}",delete_heading:"Remove this spool?",delete_text:"{spool} is removed from the list. Its drying history is kept.",spool_saved:"Spool {spool} saved",spool_deleted:"Spool {spool} removed",show_history:"Drying history of {spool}",history:"Drying history",history_all:"Recent drying sessions",no_history:"No drying logged yet.",no_spools:"No spools yet. Add your spools to see when they need drying.",spool:"Spool",when:"Ended",by:"By",materials:"Material limits",materials_help:"A spool needs drying when the days since its last drying (or since opened) exceed the material's limit, or its humidity does. Materials without limits are not tracked.",material_form_help:"Leave both limits empty to stop tracking this material.",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp:"Drying temp.",drying_hours:"Drying time",custom:"(custom)",edit_material:"Edit {material}",reset_material:"Reset {material}",add_material:"Add material",material_saved:"Limits of {material} saved",reset:"Reset",reset_heading:"Reset these limits?",reset_text:"{material} goes back to the default limits.",reset_text_custom:"{material} is removed from the table (not tracked)."},timelapses:{printer:"Printer",job:"Job",result:"Result",run:"Print",video:"Video",kept:"Kept",kept_until:"until {date}",kept_forever:"until deleted",video_facts:"{length} · {frames} frames at {fps} fps · {size}",video_of:"Timelapse of {job}",play:"Play the timelapse of {job}",count:"{n} timelapses",empty:"No timelapses yet. Printers with a camera record one of every print while their Timelapse switch is on.",recording:"Recording now: {printers}",not_recording:"No printer is recording right now.",download:"Download",admin_delete:"Only administrators can delete timelapses.",delete_heading:"Delete this timelapse?",delete_text:"The video of {job} on {printer} is deleted for good.",deleted:"Timelapse of {job} deleted",run_missing:"Run {run} has no timelapse.",outcome:{success:"Successful",failed:"Failed",cancelled:"Cancelled",unknown:"Unknown",open:"Printing"}},fields:{name:"Name",file:"File",notes:"Notes",quantity:"Copies",priority:"Priority",model:"Model",filament:"Filament",nozzle_mm:"Nozzle",material:"Material",brand:"Brand",colour:"Colour",location:"Location",weight_g:"Weight",spoolman_id:"Spoolman id",humidity_entity_id:"Humidity sensor",humidity_before:"Humidity before",humidity_after:"Humidity after",temp_c:"Temperature",temperature:"Temperature",duration_min:"Duration",duration:"Duration",started_at:"Start",opened_at:"Opened date",max_days:"Max. days",max_humidity:"Max. humidity",drying_temp_c:"Drying temperature",drying_hours:"Drying time",tag:"Tag",slot:"Slot"},errors:{unauthorized:"Only administrators can do this.",not_loaded:"The print farm is not loaded.",query_failed:"The farm database could not answer: {error}",database_unavailable:"The farm database could not be opened: {error}",invalid_datetime:"{field} is not a valid date and time: {value}",unknown_timelapse:"There is no timelapse {timelapse_id}.",empty_field:"{field} must not be empty.",text_too_long:"{field} is too long (at most {max} characters).",out_of_range:"{field} must be between {min} and {max} (got {value}).",empty_tag:"A tag must not be empty.",too_many_tags:"A printer can carry at most {max} tags.",unknown_tag:"No printer has the tag {tag}.",unknown_printer:"{printer} is not a printer of the farm.",no_target:"No printer was targeted.",unknown_job:"There is no print job {job} in the queue.",job_printing:"Print job {job} is printing: stop the print at the printer first.",job_not_queued:"Print job {job} is {status}: only waiting jobs can be moved.",invalid_job_transition:"Print job {job} cannot change from {status} to {new}.",unknown_preset:"There is no preset {preset}.",duplicate_preset:"A preset named {name} already exists.",invalid_target:"Choose one target: a printer, a tag or a printer model.",invalid_option:"Unknown or invalid print option {option}.",unknown_spool:"There is no spool {spool}.",invalid_slot:"{slot} is not a printer slot: use A1 to H4, HT1 to HT8 or EXT.",slot_needs_printer:"A slot needs its printer.",no_spool_given:"Choose a spool, or a printer and its slot.",invalid_temperature:"{field} must be between {min} and {max} °C (got {value}).",invalid_duration:"{field} must be between {min} and {max} minutes (got {value}).",invalid_humidity:"{field} must be between {min} and {max} % (got {value}).",invalid_method:"Unknown drying method {method}.",in_future:"{field} lies in the future.",invalid_entity:"{entity} is not a sensor."}};var sa={panel:{title:"Druckfarm",menu:"Seitenleiste öffnen",tabs:{fleet:"Flotte",analytics:"Analyse",audit:"Protokoll",queue:"Warteschlange",presets:"Vorlagen",drying:"Trocknung",timelapses:"Zeitraffer"},loading:"Wird geladen…",retry:"Erneut versuchen",error:"Daten konnten nicht geladen werden: {error}",tabs_short:{fleet:"Flotte",queue:"Aufträge",presets:"Vorlagen",drying:"Trocknen",timelapses:"Videos",analytics:"Analyse",audit:"Protokoll"}},status:{offline:"Offline",idle:"Bereit",busy:"Beschäftigt",preparing:"Vorbereitung",printing:"Druckt",paused:"Pausiert",finished:"Fertig",cancelled:"Abgebrochen",failed:"Fehlgeschlagen",error:"Fehler"},fleet:{all:"Alle",tags:"Tags",no_printers:"Noch keine Drucker. Füge unter Einstellungen → Geräte & Dienste beim Farm-Eintrag einen hinzu.",no_match:"Kein Drucker hat dieses Tag.",summary:"{total} Drucker · {printing} drucken · {attention} brauchen Aufmerksamkeit",remaining:"noch {time}",layer:"Schicht {layer} / {total}",nozzle:"Düse",bed:"Bett",no_job:"Kein Auftrag",analytics:"Analyse",progress:"Fortschritt",edit_tags:"Tags"},analytics:{from:"Von",to:"Bis",range:"Zeitraum",last_days:"{days} Tage",bucket:"Gruppieren nach",day:"Tag",week:"Woche",printer:"Drucker",tag:"Tag",model:"Modell",material:"Material",any:"Alle",runs:"Drucke",success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",success_rate:"Erfolgsquote",mtbf:"MTBF",mtbf_lower:"> {hours}",printing_hours:"Druckstunden",window:"{start} – {end} · n = {n}",by_printer:"Ergebnisse je Drucker",by_model:"Ergebnisse je Modell",by_material:"Ergebnisse je Material",by_tag:"Ergebnisse je Tag",reasons:"Fehlerursachen",hms:"HMS- und Fehlercodes",trend:"Ergebnisse im Zeitverlauf",accuracy:"Genauigkeit der Druckzeit (tatsächlich vs. Schätzung)",accuracy_trend:"Genauigkeit je Woche",median_abs_error:"Median abs. Fehler",bias:"Abweichung",n:"n",count:"Anzahl",code:"Code",reason:"Ursache",name:"Name",no_data:"Keine Drucke in diesem Zeitraum.",no_failures:"Keine Fehldrucke in diesem Zeitraum.",cancel_note:"Abgebrochene Drucke werden gezeigt, aber nie als Fehler gezählt. Erfolgsquote = erfolgreich / (erfolgreich + fehlgeschlagen).",recent_runs:"Letzte Drucke",estimate:"Schätzung",actual:"Tatsächlich",deviation:"Abweichung",file:"Datei",started:"Gestartet",show_table:"Zahlen zeigen",none:"(keine)",unknown_reason:"(ohne Ursache)",more_filters:"Weitere Filter",run:"Druck",open_run:"Details und Zeitraffer von {job}",no_timelapse:"Dieser Druck hat keinen Zeitraffer."},audit:{admin_only:"Nur Administratoren können das Protokoll sehen.",when:"Wann",who:"Wer",origin:"Herkunft",action:"Aktion",target:"Ziel",result:"Ergebnis",details:"Details",user:"Benutzer",since:"Von",until:"Bis",any:"Alle",load_more:"Mehr laden",csv:"CSV herunterladen",empty:"Keine Einträge für diese Filter.",end:"Ende des Protokolls.",system:"System",clear:"Filter zurücksetzen",entries:"{n} Einträge angezeigt",actions:{pause:"Pausieren",resume:"Fortsetzen",stop:"Stoppen",printer_added:"Drucker hinzugefügt",printer_removed:"Drucker entfernt",printer_reconfigured:"Drucker neu konfiguriert",farm_options_changed:"Farm-Optionen geändert",tagged:"Getaggt",untagged:"Tag entfernt",tags_set:"Tags gesetzt",job_added:"Auftrag hinzugefügt",job_cancelled:"Auftrag abgebrochen",job_updated:"Auftrag geändert",job_done:"Auftrag erledigt",job_requeued:"Auftrag erneut eingereiht",job_removed:"Auftrag entfernt",job_moved:"Auftrag verschoben",preset_saved:"Vorlage gespeichert",preset_deleted:"Vorlage gelöscht",preset_scheduled:"Vorlage eingeplant",spool_saved:"Spule gespeichert",spool_deleted:"Spule entfernt",drying_logged:"Trocknung erfasst",material_set:"Materialgrenzen gesetzt",material_reset:"Materialgrenzen zurückgesetzt",timelapse_deleted:"Zeitraffer gelöscht",timelapse_on:"Zeitraffer an",timelapse_off:"Zeitraffer aus"},origins:{ui:"Oberfläche",api:"API",automation:"Automatisierung",script:"Skript",voice:"Sprache",system:"System",service:"Aktionsaufruf"},results:{ok:"OK",error:"Fehler",refused:"Abgelehnt"}},card:{title:"Titel",days:"Zeitraum (Tage)",chart:"Diagramm",chart_printer:"Je Drucker",chart_reasons:"Fehlerursachen",chart_trend:"Zeitverlauf",chart_model:"Je Modell",chart_material:"Je Material",limit:"Zeilen",printer:"Drucker",choose_printer:"Drucker wählen",printer_missing:"Drucker {id} ist nicht in der Farm.",failure_analytics:"Fehleranalyse",audit_log:"Protokoll",printer_card:"Drucker",last_runs:"Letzte Drucke: Schätzung vs. tatsächlich",open_panel:"Öffnen",failure_analytics_desc:"Erfolgsquote, Fehldrucke und Ursachen der O.D.I.N.-Druckfarm.",audit_log_desc:"Neueste Einträge des O.D.I.N.-Protokolls (nur Administratoren).",printer_card_desc:"Live-Status eines Druckers mit geschätzter vs. tatsächlicher Druckzeit."},units:{h:"h",min:"min",s:"s"},common:{close:"Schließen",cancel:"Abbrechen",save:"Speichern",delete:"Löschen"},tags:{heading:"Tags von {printer}",help:"Tags gruppieren Drucker: Flotte filtern, Aufträge und Vorlagen zuordnen („irgendein Drucker mit Tag Raum A“) und Automationen. Groß-/Kleinschreibung spielt keine Rolle.",none:"Noch keine Tags.",new:"Neues Tag",add:"Hinzufügen",remove:"Tag {tag} entfernen",suggestions:"Verwendete Tags:",saved:"Tags von {printer} gespeichert",too_long:"Ein Tag darf höchstens {max} Zeichen haben."},jobs:{file:"Datei",file_hint:"Die Druckdatei auf dem Drucker oder in der Farm-Bibliothek, z. B. zahnrad.3mf",name:"Name",name_hint:"Standard: der Dateiname",quantity:"Anzahl",priority:"Priorität",priority_hint:"-100 … 100, höher druckt zuerst",printer:"Drucker",model:"Druckermodell",any_model:"Jedes Modell",filament:"Filament",nozzle:"Düse",any_nozzle:"Jede Düse",tags_any:"Drucker mit einem dieser Tags",tags_all:"Drucker mit allen diesen Tags",notes:"Notizen",print_options:"Druckoptionen",pill_printer:"Drucker: {printer}",pill_tags_any:"Eines von: {tags}",pill_tags_all:"Alle von: {tags}",pill_model:"Modell: {model}",pill_filament:"Filament: {filament}",pill_nozzle:"Düse: {nozzle} mm"},options:{default:"Druckerstandard",on:"An",off:"Aus",timelapse:"Zeitraffer",bed_leveling:"Bettnivellierung",flow_calibration:"Flusskalibrierung",vibration_calibration:"Vibrationskalibrierung",layer_inspect:"Erste-Schicht-Prüfung",use_ams:"AMS verwenden",plate:"Platte",plate_n:"Platte {n}"},queue:{summary:"{queued} wartend · {active} drucken oder zugewiesen",add:"Auftrag hinzufügen",add_heading:"Druckauftrag hinzufügen",add_submit:"In die Warteschlange",added:"{n} Auftrag/Aufträge eingereiht",active:"Druckt und zugewiesen",waiting:"Wartend",order_note:"Reihenfolge: Priorität, dann Eingang",empty:"Die Warteschlange ist leer. Füge einen Auftrag hinzu oder plane eine Vorlage ein.",open_presets:"Vorlagen öffnen",finished:"Abgeschlossen ({n})",position:"Platz in der Warteschlange",position_n:"Platz {n}",priority_n:"Priorität {n}",any_printer:"Beliebiger Drucker",on_printer:"Auf {printer}",added_by:"Von {who} · {when}",ended:"Beendet {when}",move_up:"Nach oben",move_down:"Nach unten",save_as_preset:"Als Vorlage speichern",save_as_preset_help:"Die Vorlage übernimmt Datei ({file}), Drucker, Tag oder Modell, Filament, Düse, Priorität, Notizen und Optionen dieses Auftrags.",preset_saved:"Vorlage {name} gespeichert",cancel_job:"Auftrag abbrechen",cancel_heading:"Diesen Auftrag abbrechen?",cancel_text:"{name} verlässt die Warteschlange. Das lässt sich nicht rückgängig machen.",cancelled:"{name} abgebrochen",why:"Geprüfte Drucker ({n})",status:{queued:"Wartend",assigned:"Zugewiesen",printing:"Druckt",done:"Erledigt",failed:"Fehlgeschlagen",cancelled:"Abgebrochen"},reason:{proposed:"Als Nächstes auf {printer}",no_printers:"Wartet: die Farm hat keine Drucker",no_printer_fits:"Wartet: kein Drucker erfüllt alle Bedingungen zugleich",no_printer_fits_unmet:"Wartet: kein Drucker hat {unmet}",waiting_for_earlier_jobs:"Wartet: passende Drucker gehen an frühere Aufträge",filament_not_loaded:"Wartet: kein passender Drucker hat {filament} geladen",printers_busy:"Wartet: passende Drucker sind beschäftigt",printers_in_error:"Wartet: passende Drucker haben einen Fehler",printers_offline:"Wartet: passende Drucker sind offline"},constraint:{printer_id:"den gewählten Drucker {printer}",tags_any:"eines der Tags {tags}",tags_all:"alle Tags {tags}",model:"das Modell {model}",nozzle_mm:"eine {nozzle}-mm-Düse"},check:{ok:"bereit",other_printer:"anderer Drucker gewählt",missing_any_tag:"keines der Tags",missing_tags:"nicht alle Tags",wrong_model:"anderes Modell",wrong_nozzle:"andere Düse",offline:"offline",error:"hat einen Fehler",busy:"beschäftigt",filament_not_loaded:"Filament nicht geladen",proposed_for_earlier_job:"geht an einen früheren Auftrag"},note:{filament_unverified:"Filament nicht geprüft: der Drucker meldet seine Spulen nicht.",nozzle_unverified:"Düse nicht geprüft: der Drucker meldet sie nicht."},cancel_short:"Abbrechen",cancel_named:"{name} abbrechen"},presets:{summary:"{n} Vorlagen",new:"Neue Vorlage",new_heading:"Neue Vorlage",edit_heading:"Vorlage bearbeiten",name:"Name der Vorlage",target:"Drucken auf",tag:"Tag",target_type:{any:"Beliebiger Drucker",printer:"Ein Drucker",tag:"Drucker mit einem Tag",model:"Ein Druckermodell"},target_any:"Beliebiger Drucker",target_printer:"{printer}",target_tag:"Drucker mit Tag {tag}",target_model:"Modell {model}",quick_schedule:"Schnell einplanen",schedule_heading:"{name} einplanen",schedule_help:"Reiht {file} jetzt ein, auf: {target}.",schedule_submit:"Einplanen",only_tag:"Nur Drucker mit Tag",only_tag_hint:"Ersetzt für diese Aufträge die Druckerwahl der Vorlage",as_in_preset:"Wie in der Vorlage",scheduled:"{n} Auftrag/Aufträge von {name} eingereiht",open_queue:"Warteschlange öffnen",saved:"Vorlage {name} gespeichert",edit:"{name} bearbeiten",delete:"{name} löschen",delete_heading:"Diese Vorlage löschen?",delete_text:"{name} wird gelöscht. Bereits eingereihte Aufträge bleiben in der Warteschlange.",deleted:"Vorlage {name} gelöscht",empty:"Noch keine Vorlagen. Lege eine an oder nutze „Als Vorlage speichern“ bei einem Auftrag."},drying:{summary:"{n} Spulen · {needs} müssen getrocknet werden",add_spool:"Spule hinzufügen",log:"Trocknung erfassen",log_heading:"Trocknung erfassen",what:"Spule",printer_slot:"Ein Druckerplatz …",slot_code:"Platz",slot_hint:"A1 … H4 (AMS-Einheit und Platz), HT1 … HT8 (AMS HT) oder EXT",temp:"Temperatur",duration:"Dauer",duration_h:"Dauer (Stunden)",hours_hint:"z. B. 4 oder 7,5",method_label:"Methode",started:"Beginn",started_hint:"Leer: gerade eben beendet",rh_before:"Feuchte vorher",rh_after:"Feuchte nachher",rh_before_after:"Feuchte vorher → nachher",logged:"Trocknung erfasst",logged_spool:"Trocknung von {spool} erfasst",method:{dryer:"Filamenttrockner",oven:"Ofen",ams:"AMS-Trocknung",dry_box:"Trockenbox",dehydrator:"Dörrgerät",other:"Sonstiges"},needs:"Trocknen nötig",dry:"Trocken",due:"Trocken · nächste Trocknung fällig {date}",not_tracked:"Nicht überwacht",reason:{time:"Zeit",humidity:"Feuchte"},days_since:"{days} Tage seit dem Trocknen",days_since_max:"{days} von {max} Tagen seit dem Trocknen",humidity:"{rh} % rF",humidity_max:"{rh} % rF (max. {max} %)",brand:"Marke",colour:"Farbe",weight:"Gewicht",opened:"Geöffnet",slot:"Druckerplatz",location:"Lagerort",spoolman:"Spoolman-Spule",spoolman_hint:"Optional: die Nummer der Spule in Spoolman",sensor:"Feuchtesensor",no_sensor:"Keiner",in_printer:"Im Drucker",no_printer:"In keinem Drucker",material:"Material",name:"Name",name_hint:"Standard: Marke, Material und Farbe",new_heading:"Spule hinzufügen",edit_heading:"Spule bearbeiten",edit:"{spool} bearbeiten",delete:"{spool} entfernen",delete_heading:"Diese Spule entfernen?",delete_text:"{spool} wird aus der Liste entfernt. Ihr Trocknungsverlauf bleibt erhalten.",spool_saved:"Spule {spool} gespeichert",spool_deleted:"Spule {spool} entfernt",show_history:"Trocknungsverlauf von {spool}",history:"Trocknungsverlauf",history_all:"Letzte Trocknungen",no_history:"Noch keine Trocknung erfasst.",no_spools:"Noch keine Spulen. Füge deine Spulen hinzu, um zu sehen, wann sie getrocknet werden müssen.",spool:"Spule",when:"Ende",by:"Von",materials:"Materialgrenzen",materials_help:"Eine Spule muss getrocknet werden, wenn die Tage seit der letzten Trocknung (oder seit dem Öffnen) oder ihre Feuchte die Grenze des Materials überschreiten. Materialien ohne Grenzen werden nicht überwacht.",material_form_help:"Beide Grenzen leer lassen, um dieses Material nicht mehr zu überwachen.",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp:"Trockentemp.",drying_hours:"Trockendauer",custom:"(angepasst)",edit_material:"{material} bearbeiten",reset_material:"{material} zurücksetzen",add_material:"Material hinzufügen",material_saved:"Grenzen von {material} gespeichert",reset:"Zurücksetzen",reset_heading:"Grenzen zurücksetzen?",reset_text:"{material} erhält wieder die Standardgrenzen.",reset_text_custom:"{material} wird aus der Tabelle entfernt (nicht überwacht)."},timelapses:{printer:"Drucker",job:"Auftrag",result:"Ergebnis",run:"Druck",video:"Video",kept:"Aufbewahrt",kept_until:"bis {date}",kept_forever:"bis zum Löschen",video_facts:"{length} · {frames} Bilder mit {fps} fps · {size}",video_of:"Zeitraffer von {job}",play:"Zeitraffer von {job} abspielen",count:"{n} Zeitraffer",empty:"Noch keine Zeitraffer. Drucker mit Kamera nehmen jeden Druck auf, solange ihr Schalter „Zeitraffer“ an ist.",recording:"Nimmt gerade auf: {printers}",not_recording:"Gerade nimmt kein Drucker auf.",download:"Herunterladen",admin_delete:"Nur Administratoren können Zeitraffer löschen.",delete_heading:"Diesen Zeitraffer löschen?",delete_text:"Das Video von {job} auf {printer} wird endgültig gelöscht.",deleted:"Zeitraffer von {job} gelöscht",run_missing:"Druck {run} hat keinen Zeitraffer.",outcome:{success:"Erfolgreich",failed:"Fehlgeschlagen",cancelled:"Abgebrochen",unknown:"Unbekannt",open:"Druckt"}},fields:{name:"Name",file:"Datei",notes:"Notizen",quantity:"Anzahl",priority:"Priorität",model:"Modell",filament:"Filament",nozzle_mm:"Düse",material:"Material",brand:"Marke",colour:"Farbe",location:"Lagerort",weight_g:"Gewicht",spoolman_id:"Spoolman-Nummer",humidity_entity_id:"Feuchtesensor",humidity_before:"Feuchte vorher",humidity_after:"Feuchte nachher",temp_c:"Temperatur",temperature:"Temperatur",duration_min:"Dauer",duration:"Dauer",started_at:"Beginn",opened_at:"Öffnungsdatum",max_days:"Max. Tage",max_humidity:"Max. Feuchte",drying_temp_c:"Trockentemperatur",drying_hours:"Trockendauer",tag:"Tag",slot:"Platz"},errors:{unauthorized:"Nur Administratoren dürfen das.",not_loaded:"Die Druckfarm ist nicht geladen.",query_failed:"Die Farm-Datenbank konnte nicht antworten: {error}",database_unavailable:"Die Farm-Datenbank konnte nicht geöffnet werden: {error}",invalid_datetime:"{field} ist kein gültiger Zeitpunkt: {value}",unknown_timelapse:"Es gibt keinen Zeitraffer {timelapse_id}.",empty_field:"{field} darf nicht leer sein.",text_too_long:"{field} ist zu lang (höchstens {max} Zeichen).",out_of_range:"{field} muss zwischen {min} und {max} liegen (war {value}).",empty_tag:"Ein Tag darf nicht leer sein.",too_many_tags:"Ein Drucker kann höchstens {max} Tags haben.",unknown_tag:"Kein Drucker hat das Tag {tag}.",unknown_printer:"{printer} ist kein Drucker der Farm.",no_target:"Kein Drucker ausgewählt.",unknown_job:"Es gibt keinen Druckauftrag {job} in der Warteschlange.",job_printing:"Druckauftrag {job} druckt gerade: stoppe den Druck zuerst am Drucker.",job_not_queued:"Druckauftrag {job} ist {status}: nur wartende Aufträge lassen sich verschieben.",invalid_job_transition:"Druckauftrag {job} kann nicht von {status} zu {new} wechseln.",unknown_preset:"Es gibt keine Vorlage {preset}.",duplicate_preset:"Eine Vorlage namens {name} gibt es schon.",invalid_target:"Wähle ein Ziel: einen Drucker, ein Tag oder ein Druckermodell.",invalid_option:"Unbekannte oder ungültige Druckoption {option}.",unknown_spool:"Es gibt keine Spule {spool}.",invalid_slot:"{slot} ist kein Druckerplatz: A1 bis H4, HT1 bis HT8 oder EXT.",slot_needs_printer:"Ein Platz braucht seinen Drucker.",no_spool_given:"Wähle eine Spule oder einen Drucker und seinen Platz.",invalid_temperature:"{field} muss zwischen {min} und {max} °C liegen (war {value}).",invalid_duration:"{field} muss zwischen {min} und {max} Minuten liegen (war {value}).",invalid_humidity:"{field} muss zwischen {min} und {max} % liegen (war {value}).",invalid_method:"Unbekannte Trocknungsmethode {method}.",in_future:"{field} liegt in der Zukunft.",invalid_entity:"{entity} ist kein Sensor."}};var rs={en:ia,de:sa};function na(i,t){let e=i;for(let s of t.split(".")){if(e===void 0||typeof e=="string")return;e=e[s]}return typeof e=="string"?e:void 0}function Ft(i){return i?.locale?.language??i?.language??"en"}function P(i){let t=Ft(i),e=rs[t]??rs[t.split("-")[0]];return(s,n)=>{let r=na(e,s)??na(rs.en,s)??s;return n?r.replace(/\{(\w+)\}/g,(a,o)=>o in n?String(n[o]):a):r}}var Wf=Object.keys(rs);var Ac={menu:"M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",fleet:"M3,11H11V3H3M3,21H11V13H3M13,21H21V13H13M13,3V11H21V3",queue:"M7,5H21V7H7V5M7,13V11H21V13H7M4,4.5A1.5,1.5 0 0,1 5.5,6A1.5,1.5 0 0,1 4,7.5A1.5,1.5 0 0,1 2.5,6A1.5,1.5 0 0,1 4,4.5M4,10.5A1.5,1.5 0 0,1 5.5,12A1.5,1.5 0 0,1 4,13.5A1.5,1.5 0 0,1 2.5,12A1.5,1.5 0 0,1 4,10.5M7,19V17H21V19H7M4,16.5A1.5,1.5 0 0,1 5.5,18A1.5,1.5 0 0,1 4,19.5A1.5,1.5 0 0,1 2.5,18A1.5,1.5 0 0,1 4,16.5Z",presets:"M17,3H7A2,2 0 0,0 5,5V21L12,18L19,21V5C19,3.89 18.1,3 17,3Z",drying:"M12,20A6,6 0 0,1 6,14C6,10 12,3.25 12,3.25C12,3.25 18,10 18,14A6,6 0 0,1 12,20Z",timelapses:"M18,4L20,8H17L15,4H13L15,8H12L10,4H8L10,8H7L5,4H4A2,2 0 0,0 2,6V18A2,2 0 0,0 4,20H20A2,2 0 0,0 22,18V4H18Z",analytics:"M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",audit:"M17,9H7V7H17M17,13H7V11H17M14,17H7V15H14M12,3A1,1 0 0,1 13,4A1,1 0 0,1 12,5A1,1 0 0,1 11,4A1,1 0 0,1 12,3M19,3H14.82C14.4,1.84 13.3,1 12,1C10.7,1 9.6,1.84 9.18,3H5A2,2 0 0,0 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z",plus:"M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",close:"M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",pencil:"M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",delete:"M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",up:"M7.41,15.41L12,10.83L16.59,15.41L18,14L12,8L6,14L7.41,15.41Z",down:"M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z",play:"M8,5.14V19.14L19,12.14L8,5.14Z",tag:"M5.5,7A1.5,1.5 0 0,1 4,5.5A1.5,1.5 0 0,1 5.5,4A1.5,1.5 0 0,1 7,5.5A1.5,1.5 0 0,1 5.5,7M21.41,11.58L12.41,2.58C12.05,2.22 11.55,2 11,2H4C2.89,2 2,2.89 2,4V11C2,11.55 2.22,12.05 2.59,12.41L11.58,21.41C11.95,21.77 12.45,22 13,22C13.55,22 14.05,21.77 14.41,21.41L21.41,14.41C21.78,14.05 22,13.55 22,13C22,12.44 21.77,11.94 21.41,11.58Z",save:"M17,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V7L17,3M19,19H5V5H16.17L19,7.83V19M12,12C10.34,12 9,13.34 9,15S10.34,18 12,18 15,16.66 15,15 13.66,12 12,12M6,6H15V10H6V6Z",schedule:"M8,5.14V19.14L19,12.14L8,5.14Z",download:"M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",history:"M13.5,8H12V13L16.28,15.54L17,14.33L13.5,12.25V8M13,3A9,9 0 0,0 4,12H1L4.96,16.03L9,12H6A7,7 0 0,1 13,5A7,7 0 0,1 20,12A7,7 0 0,1 13,19C11.07,19 9.32,18.21 8.06,16.94L6.64,18.36C8.27,20 10.5,21 13,21A9,9 0 0,0 22,12A9,9 0 0,0 13,3"};function R(i){return f`<svg viewBox="0 0 24 24" aria-hidden="true">${Qr`<path d=${Ac[i]}></path>`}</svg>`}var G=B`
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
`,vt=B`
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
`;var Q=i=>typeof i=="object"&&i!==null&&!Array.isArray(i),st=i=>typeof i=="number"&&Number.isFinite(i)?i:i==null?null:Number.isFinite(Number(i))?Number(i):null,ue=i=>st(i)??0,V=i=>typeof i=="string"?i:i==null?null:String(i),It=i=>Array.isArray(i)?i:[];function aa(i){let t=Q(i.error)?i.error:null;return{printer_id:String(i.printer_id??i.id??""),name:V(i.name)??String(i.printer_id??""),brand:V(i.brand)??"",model:V(i.model),status:V(i.status)??"offline",online:!!i.online,progress:st(i.progress),remaining_s:st(i.remaining_s),file_name:V(i.file_name),job_name:V(i.job_name),layer:st(i.layer),total_layers:st(i.total_layers),nozzle_temp:st(i.nozzle_temp),bed_temp:st(i.bed_temp),error:t?{code:String(t.code??""),severity:String(t.severity??"error"),message:V(t.message)}:null,tags:It(i.tags).map(String)}}function oa(i){let t=Q(i)?i.printers??i.items:i;return It(t).filter(Q).map(aa)}async function pe(i){return oa(await i.callWS({type:"odin/printers/list"}))}function la(i,t){let e=new Map,s=()=>t([...e.values()]);return i.connection.subscribeMessage(n=>{if(Array.isArray(n)||Q(n)&&Array.isArray(n.printers)){e.clear();for(let c of oa(n))e.set(c.printer_id,c);s();return}if(!Q(n))return;let r=n.removed??(n.type==="removed"?n.printer_id:void 0);if(r!==void 0){e.delete(String(r)),s();return}let a=Q(n.printer)?n.printer:n;if(a.printer_id===void 0)return;let o=String(a.printer_id),l=aa({...e.get(o)??{},...a});e.set(o,l),s()},{type:"odin/printers/subscribe"})}function os(i){let t=ue(i.success),e=ue(i.failed),s=ue(i.cancelled),n=ue(i.unknown),r=st(i.runs??i.total)??t+e+s+n,a=st(i.success_rate);return a===null&&t+e>0&&(a=t/(t+e)),a!==null&&a>1.0001&&(a=a/100),{runs:r,success:t,failed:e,cancelled:s,unknown:n,n:st(i.n)??t+e,success_rate:a}}function $n(i,t){return It(i).filter(Q).map(e=>{let s=t.map(n=>e[n]).find(n=>n!=null);return{...os(e),key:s==null?"":String(s),label:V(e.display??e.label??e.name)??void 0}})}function ra(i,t,e){return It(i).filter(Q).map(s=>{let n=t.map(a=>s[a]).find(a=>a!=null),r=e.map(a=>s[a]).find(a=>typeof a=="string"&&a!=="");return{key:n===void 0?"":String(n),label:r===void 0?void 0:String(r),count:ue(s.count??s.failed??s.n),message:V(s.message??s.description),code:V(s.code),printers:st(s.printers)}})}function Dc(i){let t=Q(i.mtbf)?i.mtbf:{};return{printing_hours:st(t.printing_hours??i.printing_hours),mtbf_hours:st(t.value_h??t.hours??i.mtbf_hours),mtbf_lower_bound:!!(t.lower_bound??i.mtbf_lower_bound)}}function Pc(i){return It(i).filter(Q).map(t=>({...os(t),printer_id:String(t.printer_id??""),name:V(t.name)??String(t.printer_id??""),model:V(t.model),removed:!!t.removed,...Dc(t)}))}function Cc(i,t){let e=Q(i.totals)?i.totals:{},s=Q(i.window)?i.window:i,n=Q(i.over_time)?i.over_time:{items:i.over_time};return{start:V(s.start)??t.start,end:V(s.end)??t.end,time_zone:V(s.time_zone),bucket:n.bucket==="week"?"week":n.bucket==="day"?"day":t.bucket,totals:os(e),by_printer:Pc(i.by_printer),by_model:$n(i.by_model,["model","key"]),by_material:$n(i.by_material,["material","key"]),by_tag:$n(i.by_tag,["tag","key"]),reasons:ra(i.reasons,["code","reason","key"],["description","reason","code"]),hms:ra(i.errors??i.hms,["code","key"],["code"]),over_time:It(n.items).filter(Q).map(r=>({...os(r),start:String(r.start??r.bucket??r.date??"")}))}}function ls(i){return Object.fromEntries(Object.entries(i).filter(([,t])=>t!=null&&t!==""))}async function ca(i,t){let e=await i.callWS({type:"odin/analytics/failures",...ls(t)});return Cc(e,t)}async function da(i,t,e=50){let s=await i.callWS({type:"odin/analytics/time_accuracy",...ls(t),limit:e}),n=Q(s.window)?s.window:s,r=It(s.by_printer??s.printers).filter(Q).map(l=>({printer_id:String(l.printer_id??""),name:V(l.name)??String(l.printer_id??""),n:ue(l.n),median_abs_error_pct:st(l.median_abs_error_pct),bias_pct:st(l.bias_pct)})),a=It(s.runs).filter(Q).map(l=>({run_id:l.run_id??l.id??"",printer_id:String(l.printer_id??""),name:V(l.name??l.printer_name)??void 0,file_name:V(l.file_name),job_name:V(l.job_name),started_at:String(l.started_at??""),ended_at:V(l.ended_at),outcome:V(l.outcome),estimate_s:st(l.estimate_s??l.slicer_estimate_s),estimate_source:V(l.estimate_source),actual_s:st(l.actual_s),ratio:st(l.ratio),error_pct:st(l.error_pct)})),o=It(s.weekly??s.trend).filter(Q).map(l=>({start:String(l.start??l.week??""),n:ue(l.n),median_abs_error_pct:st(l.median_abs_error_pct),bias_pct:st(l.bias_pct)}));return{start:V(n.start)??t.start,end:V(n.end)??t.end,by_printer:r,runs:a,runs_total:st(s.runs_total)??a.length,trend:o}}function Tc(i){return{id:ue(i.id),ts:String(i.ts??""),user_id:V(i.user_id),user_name:V(i.user_name),origin:String(i.origin??""),origin_ref:V(i.origin_ref),action:String(i.action??""),target_type:String(i.target_type??""),target_id:V(i.target_id),target_name:V(i.target_name),details:Q(i.details)?i.details:{},result:String(i.result??""),result_text:V(i.result_text)}}async function ha(i,t,e,s){let n=await i.callWS({type:"odin/audit/list",...ls(t),...e?{before:e}:{},limit:s});return{items:It(n.items).filter(Q).map(Tc),next:V(n.next)}}function as(i,t="value",e="label"){return It(i).map(s=>Q(s)?{value:String(s[t]??s.value??""),label:V(s[e]??s.label)??void 0}:{value:String(s)})}async function ua(i){let t=await i.callWS({type:"odin/audit/filters"});return{users:as(t.users,"user_id","user_name"),origins:as(t.origins),actions:as(t.actions),target_types:as(t.target_types)}}function Ec(i){let e=new URLSearchParams(ls(i)).toString();return`/api/odin/audit.csv${e?`?${e}`:""}`}async function pa(i,t){let e=await i.fetchWithAuth(Ec(t));if(!e.ok)throw new Error(`${e.status} ${e.statusText}`);let s=await e.blob(),n=e.headers.get("Content-Disposition")??"",r=/filename="?([^";]+)"?/.exec(n)?.[1]??"odin-audit.csv",a=URL.createObjectURL(s),o=document.createElement("a");o.href=a,o.download=r,document.body.appendChild(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}function Jt(i){return Q(i)&&typeof i.message=="string"||i instanceof Error?i.message:String(i)}function wn(i){return Q(i)&&(i.code==="unauthorized"||i.code==="not_allowed")}var cs=new Map;function ds(i,t){let e=`n|${i}|${JSON.stringify(t)}`,s=cs.get(e);if(!s){try{s=new Intl.NumberFormat(i,t)}catch{s=new Intl.NumberFormat("en",t)}cs.set(e,s)}return s}function Ai(i,t){let e=`d|${i}|${JSON.stringify(t)}`,s=cs.get(e);if(!s){try{s=new Intl.DateTimeFormat(i,t)}catch{s=new Intl.DateTimeFormat("en",t)}cs.set(e,s)}return s}function E(i,t){return t==null?"–":ds(Ft(i),{maximumFractionDigits:0}).format(t)}function Z(i,t,e=1){return t==null?"–":ds(Ft(i),{minimumFractionDigits:e,maximumFractionDigits:e}).format(t)}function kn(i,t){return t==null?"–":ds(Ft(i),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1}).format(t)}function Oe(i,t,e=!1){return t==null?"–":ds(Ft(i),{style:"percent",minimumFractionDigits:1,maximumFractionDigits:1,signDisplay:e?"exceptZero":"auto"}).format(t/100)}function Et(i){if(i==null||!Number.isFinite(i))return"–";let t=Math.max(0,Math.round(i/60)),e=Math.floor(t/60),s=t%60;return e>0?`${e} h ${String(s).padStart(2,"0")} min`:`${s} min`}function hs(i){if(i)return i.locale?.time_zone==="server"?i.config.time_zone:void 0}function ot(i,t){if(!t)return"–";let e=new Date(t);return Number.isNaN(e.getTime())?t:Ai(Ft(i),{dateStyle:"medium",timeStyle:"short",timeZone:hs(i)}).format(e)}function zc(i,t){if(!t)return"–";let e=new Date(t);return Number.isNaN(e.getTime())?t:Ai(Ft(i),{timeStyle:"short",timeZone:hs(i)}).format(e)}function fa(i,t,e){if(!t||!e)return`${ot(i,t)} – ${ot(i,e)}`;let s=n=>Ai(Ft(i),{dateStyle:"short",timeZone:hs(i)}).format(new Date(n));return`${ot(i,t)} – ${s(t)===s(e)?zc(i,e):ot(i,e)}`}function Fe(i,t,e){if(!t)return"–";let s=typeof t=="string"?new Date(t):t;return Number.isNaN(s.getTime())?String(t):Ai(Ft(i),{day:"numeric",month:"short",timeZone:e??hs(i)}).format(s)}function us(i,t){return/^\d{4}-\d{2}-\d{2}$/.test(t)?Ai(Ft(i),{day:"numeric",month:"short"}).format(ii(t)):Fe(i,t)}function ei(i){return`${typeof i=="string"?i:zt(i)}T00:00:00`}function zt(i){let t=e=>String(e).padStart(2,"0");return`${i.getFullYear()}-${t(i.getMonth()+1)}-${t(i.getDate())}`}function ii(i){let[t,e,s]=i.split("-").map(Number);return new Date(t,(e??1)-1,s??1)}function Ie(i,t){let e=new Date(i);return e.setDate(e.getDate()+t),e}function ma(i){switch(i){case"printing":case"preparing":case"busy":return"var(--info-color, #039be5)";case"finished":return"var(--success-color, #43a047)";case"paused":return"var(--warning-color, #ffa600)";case"failed":case"error":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";case"offline":return"var(--disabled-text-color, #9e9e9e)";default:return"var(--primary-color, #03a9f4)"}}function ga(i,t){return t||i==="failed"||i==="error"||i==="paused"}function ps(i){return i==="printing"||i==="preparing"||i==="busy"||i==="paused"}var Qt=class extends H{constructor(){super(...arguments);this.highlighted=!1;this.flat=!1;this.hideName=!1}render(){let e=this.printer;if(!e)return y;let s=P(this.hass),n=ma(e.status),r=ps(e.status),a=e.progress??0,o=e.job_name||e.file_name,l=e.error?.severity??"";return f`<div class="card ${this.flat?"flat":""}" data-printer-id=${e.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName?y:f`<div class="name ellipsis" data-field="name">${e.name}</div>`}
          <div class="model muted ellipsis">${e.model??e.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${n}" data-field="status" data-status=${e.status}
          >${s(`status.${e.status}`)}</span
        >
      </div>
      ${r||o?f`<div class="job">
              <span class="ellipsis" title=${o??""}>${o??s("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${e.progress===null?"":`${E(this.hass,a)} %`}</span
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
            </div>`:f`<div class="job muted">${s("fleet.no_job")}</div>`}
      <div class="meta">
        ${r&&e.remaining_s!==null?f`<span data-field="remaining">${s("fleet.remaining",{time:Et(e.remaining_s)})}</span>`:y}
        ${e.layer!==null&&e.total_layers?f`<span>${s("fleet.layer",{layer:E(this.hass,e.layer),total:E(this.hass,e.total_layers)})}</span>`:y}
        ${e.nozzle_temp!==null?f`<span>${s("fleet.nozzle")} ${Z(this.hass,e.nozzle_temp,0)} °C</span>`:y}
        ${e.bed_temp!==null?f`<span>${s("fleet.bed")} ${Z(this.hass,e.bed_temp,0)} °C</span>`:y}
      </div>
      ${e.error?f`<div class="err ${l==="warning"||l==="info"?"warning":""}" data-field="error">
            ${e.error.code}${e.error.message?f` · ${e.error.message}`:y}
          </div>`:y}
      ${e.tags.length&&!this.flat?f`<div class="tags">${e.tags.map(c=>f`<span class="tag">${c}</span>`)}</div>`:y}
      <slot name="footer"></slot>
    </div>`}};Qt.styles=[G,B`
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
    `],b([k({attribute:!1})],Qt.prototype,"hass",2),b([k({attribute:!1})],Qt.prototype,"printer",2),b([k({type:Boolean,reflect:!0})],Qt.prototype,"highlighted",2),b([k({type:Boolean})],Qt.prototype,"flat",2),b([k({type:Boolean,attribute:"hide-name"})],Qt.prototype,"hideName",2);Y("odin-printer-tile",Qt);var tt=i=>typeof i=="object"&&i!==null&&!Array.isArray(i),lt=i=>typeof i=="number"&&Number.isFinite(i)?i:null,mt=i=>lt(i)??0,T=i=>typeof i=="string"?i:i==null?null:String(i),jt=i=>Array.isArray(i)?i:[],Bt=i=>jt(i).map(String);function je(i){return Object.fromEntries(Object.entries(i).filter(([,t])=>t!=null&&t!==""))}function _a(i){let t={};if(!tt(i))return t;for(let[e,s]of Object.entries(i))(typeof s=="boolean"||typeof s=="number")&&(t[e]=s);return t}function Lc(i){return tt(i)?{reason:String(i.reason??""),printer_id:T(i.printer_id),order:mt(i.order),unmet:Bt(i.unmet),printers:jt(i.printers).filter(tt).map(t=>({printer_id:String(t.printer_id??""),name:T(t.name)??"",checks:Bt(t.checks)})),notes:Bt(i.notes)}:null}function Rc(i){let t=tt(i)?i:{};return{printer_id:T(t.printer_id),tags_any:Bt(t.tags_any),tags_all:Bt(t.tags_all),model:T(t.model),filament:T(t.filament),nozzle_mm:lt(t.nozzle_mm)}}function ba(i){return{job_id:mt(i.job_id),name:T(i.name)??"",file:T(i.file)??"",status:T(i.status)??"queued",priority:mt(i.priority),position:mt(i.position),constraints:Rc(i.constraints),options:_a(i.options),notes:T(i.notes),preset_id:lt(i.preset_id),created_at:String(i.created_at??""),updated_at:String(i.updated_at??""),created_by:T(i.created_by),printer_id:T(i.printer_id),printer_name:T(i.printer_name),started_at:T(i.started_at),ended_at:T(i.ended_at),attempts:mt(i.attempts),decision:Lc(i.decision)}}function Oc(i){return{printer_id:String(i.printer_id??""),name:T(i.name)??String(i.printer_id??""),online:!!i.online,status:T(i.status)??"offline",error:!!i.error,model:T(i.model),tags:Bt(i.tags),nozzle_mm:lt(i.nozzle_mm),filaments:Array.isArray(i.filaments)?Bt(i.filaments):null}}async function ya(i,t=!0){let e=await i.callWS({type:"odin/queue/list",include_finished:t});return{items:jt(e.items).filter(tt).map(ba),printers:jt(e.printers).filter(tt).map(Oc)}}var xa=i=>jt(i.jobs).filter(tt).map(ba);async function va(i,t){return xa(await i.callWS({type:"odin/queue/add",...je(t)}))}async function $a(i,t){await i.callWS({type:"odin/queue/cancel",job_id:t})}async function wa(i,t,e){let s=await i.callWS({type:"odin/queue/reorder",job_id:t,after_job_id:e});return jt(s.order).map(Number)}var Fc=["any","printer","tag","model"];function Sn(i){let t=tt(i.target)?i.target:{},e=Fc.find(s=>s===t.type)??"any";return{preset_id:mt(i.preset_id),name:T(i.name)??"",file:T(i.file)??"",target:{type:e,value:e==="any"?null:T(t.value)},filament:T(i.filament),nozzle_mm:lt(i.nozzle_mm),quantity:lt(i.quantity)??1,priority:mt(i.priority),notes:T(i.notes),options:_a(i.options),created_at:String(i.created_at??""),updated_at:String(i.updated_at??"")}}async function ka(i){let t=await i.callWS({type:"odin/presets/list"});return jt(t.presets).filter(tt).map(Sn)}async function Sa(i,t){let e=await i.callWS({type:"odin/presets/save",...je(t)});return{preset:Sn(tt(e.preset)?e.preset:{}),created:!!e.created}}async function Ma(i,t,e){let s=await i.callWS({type:"odin/presets/save",name:t,from_job_id:e});return Sn(tt(s.preset)?s.preset:{})}async function Aa(i,t){await i.callWS({type:"odin/presets/delete",preset_id:t})}async function Da(i,t,e){return xa(await i.callWS({type:"odin/presets/schedule",preset_id:t,...je(e)}))}function Ic(i){return tt(i)?{needs_drying:!!i.needs_drying,tracked:!!i.tracked,reasons:Bt(i.reasons),reference:T(i.reference),days_since:lt(i.days_since),max_days:lt(i.max_days),humidity:lt(i.humidity),max_humidity:lt(i.max_humidity),due_at:T(i.due_at)}:null}function Mn(i){return{spool_id:mt(i.spool_id),label:T(i.label)??T(i.material)??"",name:T(i.name),material:T(i.material)??"",brand:T(i.brand),colour:T(i.colour),weight_g:lt(i.weight_g),opened_at:T(i.opened_at),location:T(i.location),printer_id:T(i.printer_id),slot:T(i.slot),spoolman_id:lt(i.spoolman_id),humidity_entity_id:T(i.humidity_entity_id),notes:T(i.notes),created_at:String(i.created_at??""),updated_at:String(i.updated_at??""),drying:Ic(i.drying)}}async function Pa(i){let t=await i.callWS({type:"odin/spools/list"});return jt(t.spools).filter(tt).map(Mn)}async function Ca(i,t){let e=await i.callWS({type:"odin/spools/save",...je(t)});return Mn(tt(e.spool)?e.spool:{})}async function Ta(i,t){await i.callWS({type:"odin/spools/delete",spool_id:t})}function Ea(i){return{session_id:mt(i.session_id),spool_id:lt(i.spool_id),printer_id:T(i.printer_id),slot:T(i.slot),material:T(i.material),started_at:String(i.started_at??""),ended_at:String(i.ended_at??""),duration_min:mt(i.duration_min),temp_c:mt(i.temp_c),method:T(i.method)??"other",humidity_before:lt(i.humidity_before),humidity_after:lt(i.humidity_after),notes:T(i.notes),user_id:T(i.user_id),actor:T(i.actor),created_at:String(i.created_at??"")}}async function za(i,t){let e=await i.callWS({type:"odin/drying/log",...je(t)});return{session:Ea(tt(e.session)?e.session:{}),spool:tt(e.spool)?Mn(e.spool):null}}async function An(i,t={}){let e=await i.callWS({type:"odin/drying/history",...je(t)});return jt(e.sessions).filter(tt).map(Ea)}function Dn(i){return jt(i.materials).filter(tt).map(t=>({material:String(t.material??""),max_days:lt(t.max_days),max_humidity:lt(t.max_humidity),drying_temp_c:lt(t.drying_temp_c),drying_hours:lt(t.drying_hours),tracked:!!t.tracked,overridden:!!t.overridden,has_default:tt(t.default)}))}async function La(i){return Dn(await i.callWS({type:"odin/materials/list"}))}async function Ra(i,t){return Dn(await i.callWS({type:"odin/materials/set",...t}))}async function Oa(i,t){return Dn(await i.callWS({type:"odin/materials/set",material:t,reset:!0}))}async function Fa(i,t,e){let s=await i.callWS({type:"odin/tags/set",printer_id:t,tags:e});return Bt(s.tags)}function jc(i){return{id:mt(i.id),run_id:mt(i.run_id),printer_id:String(i.printer_id??""),printer_name:T(i.printer_name),job_name:T(i.job_name),file_name:T(i.file_name),outcome:T(i.outcome),started_at:T(i.started_at),ended_at:T(i.ended_at),created:String(i.created??""),expires:T(i.expires),frames:mt(i.frames),fps:mt(i.fps),seconds:mt(i.seconds),bytes:mt(i.bytes),media_content_id:String(i.media_content_id??""),url:String(i.url??""),poster_url:String(i.poster_url??"")}}async function Di(i,t={}){let e=await i.callWS({type:"odin/timelapses/list",...je(t)});return{items:jt(e.items).filter(tt).map(jc),next:T(e.next),recording:Bt(e.recording)}}async function Ia(i,t){await i.callWS({type:"odin/timelapses/delete",timelapse_id:t})}function K(i,t){if(tt(t)&&typeof t.translation_key=="string"){let e=`errors.${t.translation_key}`,s=tt(t.translation_placeholders)?Object.fromEntries(Object.entries(t.translation_placeholders).map(([r,a])=>[r,String(a)])):{};if(typeof s.field=="string"){let r=i(`fields.${s.field}`);r!==`fields.${s.field}`&&(s.field=r)}let n=i(e,s);if(n!==e)return n}return tt(t)&&t.code==="unauthorized"?i("errors.unauthorized"):Jt(t)}function gt(i,t){Mi(i,"hass-notification",{message:t})}var Wt=class extends H{constructor(){super(...arguments);this.open=!1;this.heading="";this.closeLabel="Close";this.wide=!1;this.compact=!1;this._onClose=()=>{this.open&&(this.open=!1),this.dispatchEvent(new CustomEvent("closed"))}}updated(e){!e.has("open")||!this._dialog||(this.open&&!this._dialog.open?this._dialog.showModal():!this.open&&this._dialog.open&&this._dialog.close())}disconnectedCallback(){super.disconnectedCallback(),this._dialog?.open&&this._dialog.close()}close(){this.open=!1}render(){return f`<dialog aria-labelledby="title" @close=${this._onClose}>
      <header>
        <h2 id="title" class="ellipsis">${this.heading}</h2>
        <button class="icon-btn" data-action="close-dialog" aria-label=${this.closeLabel} @click=${()=>this.close()}>
          ${R("close")}
        </button>
      </header>
      <div class="body"><slot></slot></div>
      <footer><slot name="actions"></slot></footer>
    </dialog>`}};Wt.styles=[G,vt,B`
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
    `],b([k({type:Boolean,reflect:!0})],Wt.prototype,"open",2),b([k()],Wt.prototype,"heading",2),b([k({attribute:"close-label"})],Wt.prototype,"closeLabel",2),b([k({type:Boolean,reflect:!0})],Wt.prototype,"wide",2),b([k({type:Boolean,reflect:!0})],Wt.prototype,"compact",2),b([ns("dialog")],Wt.prototype,"_dialog",2);Y("odin-dialog",Wt);var fe=class extends H{constructor(){super(...arguments);this._busy=!1}willUpdate(e){e.has("request")&&(this._busy=!1,this._error=void 0)}_closed(){this.dispatchEvent(new CustomEvent("closed"))}async _confirm(){if(!(!this.request||this._busy)){this._busy=!0,this._error=void 0;try{await this.request.action(),this._busy=!1,this._closed()}catch(e){this._busy=!1,this._error=K(P(this.hass),e)}}}render(){let e=P(this.hass),s=this.request;return f`<odin-dialog
      compact
      .open=${!!s}
      heading=${s?.heading??""}
      close-label=${e("common.close")}
      data-dialog="confirm"
      @closed=${()=>this._closed()}
    >
      <p>${s?.text??""}</p>
      ${this._error?f`<div class="notice error" role="alert">${this._error}</div>`:y}
      <button slot="actions" class="btn" @click=${()=>this._closed()}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary danger" data-action="confirm" ?disabled=${this._busy} @click=${()=>this._confirm()}>
        ${s?.confirmLabel??""}
      </button>
    </odin-dialog>`}};fe.styles=[G,vt,B`p { margin: 0 0 12px; line-height: 1.5; }`],b([k({attribute:!1})],fe.prototype,"hass",2),b([k({attribute:!1})],fe.prototype,"request",2),b([v()],fe.prototype,"_busy",2),b([v()],fe.prototype,"_error",2);Y("odin-confirm",fe);var ja=32,Pn=64;function Ha(i){return i.trim().replace(/\s+/g," ")}var Ht=class extends H{constructor(){super(...arguments);this.known=[];this._tags=[];this._busy=!1}willUpdate(e){e.has("printer")&&this.printer?.printer_id!==this._for&&(this._for=this.printer?.printer_id,this._tags=[...this.printer?.tags??[]],this._error=void 0,this._busy=!1)}_has(e){let s=e.toLowerCase();return this._tags.some(n=>n.toLowerCase()===s)}_add(e){let s=P(this.hass),n=Ha(e);if(n){if(n.length>Pn){this._error=s("tags.too_long",{max:Pn});return}if(this._has(n)){this._error=void 0,this._input&&(this._input.value="");return}if(this._tags.length>=ja){this._error=s("errors.too_many_tags",{max:ja});return}this._tags=[...this._tags,n],this._error=void 0,this._input&&(this._input.value="")}}_remove(e){this._tags=this._tags.filter(s=>s!==e)}async _save(){if(!this.hass||!this.printer||this._busy)return;let e=this._input?.value??"";if(Ha(e)&&this._add(e),this._error)return;let s=P(this.hass);this._busy=!0;try{await Fa(this.hass,this.printer.printer_id,this._tags),gt(this,s("tags.saved",{printer:this.printer.name})),this._close()}catch(n){this._error=K(s,n)}finally{this._busy=!1}}_close(){this.dispatchEvent(new CustomEvent("closed"))}render(){let e=P(this.hass),s=this.printer,n=this.known.filter(r=>!this._has(r)).sort((r,a)=>r.localeCompare(a));return f`<odin-dialog
      .open=${!!s}
      heading=${s?e("tags.heading",{printer:s.name}):""}
      close-label=${e("common.close")}
      data-dialog="tags"
      @closed=${()=>this._close()}
    >
      ${s?f`<p class="muted small">${e("tags.help")}</p>
            <div class="chips current" data-current-tags>
              ${this._tags.length?this._tags.map(r=>f`<span class="tag-chip" data-tag=${r}
                      ><span class="ellipsis">${r}</span
                      ><button class="icon-btn" aria-label=${e("tags.remove",{tag:r})} data-remove=${r} @click=${()=>this._remove(r)}>
                        ${R("close")}
                      </button></span
                    >`):f`<span class="muted small">${e("tags.none")}</span>`}
            </div>
            <form
              class="add"
              @submit=${r=>{r.preventDefault(),this._add(this._input?.value??"")}}
            >
              <label class="field">
                <span>${e("tags.new")}</span>
                <input name="tag" maxlength=${Pn} list="odin-known-tags" autocomplete="off" placeholder=" " />
              </label>
              <button class="btn" type="submit" data-action="add-tag">${R("plus")}${e("tags.add")}</button>
            </form>
            <datalist id="odin-known-tags">${n.map(r=>f`<option value=${r}></option>`)}</datalist>
            ${n.length?f`<div class="muted small sugg-label">${e("tags.suggestions")}</div>
                  <div class="chips">
                    ${n.map(r=>f`<button class="chip" data-suggest=${r} @click=${()=>this._add(r)}>+ ${r}</button>`)}
                  </div>`:y}
            ${this._error?f`<div class="notice error" role="alert">${this._error}</div>`:y}`:y}
      <button slot="actions" class="btn" @click=${()=>this._close()}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" data-action="save-tags" ?disabled=${this._busy} @click=${()=>this._save()}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}};Ht.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],Ht.prototype,"hass",2),b([k({attribute:!1})],Ht.prototype,"printer",2),b([k({attribute:!1})],Ht.prototype,"known",2),b([v()],Ht.prototype,"_tags",2),b([v()],Ht.prototype,"_busy",2),b([v()],Ht.prototype,"_error",2),b([ns('input[name="tag"]')],Ht.prototype,"_input",2);Y("odin-tag-editor",Ht);var Lt=class extends H{constructor(){super(...arguments);this.narrow=!1;this.selected="";this.base="/odin";this._tag="";this._scrolledTo=""}connectedCallback(){super.connectedCallback(),this.hass&&this._subscribe()}disconnectedCallback(){super.disconnectedCallback(),this._unsubscribe()}willUpdate(e){e.has("hass")&&this.hass&&!this._unsub&&this._subscribe()}updated(){if(this.selected&&this._printers&&this._scrolledTo!==this.selected){let e=this.renderRoot.querySelector("odin-printer-tile[highlighted]");e&&(this._scrolledTo=this.selected,e.scrollIntoView({block:"center",behavior:"smooth"}))}}_subscribe(){this.hass&&(this._error=void 0,this._unsub=la(this.hass,e=>{this._printers=e.sort((s,n)=>s.name.localeCompare(n.name))}),this._unsub.catch(e=>{this._error=Jt(e),this._unsub=void 0}))}_unsubscribe(){let e=this._unsub;this._unsub=void 0,e?.then(s=>s()).catch(()=>{})}render(){let e=P(this.hass);if(this._error)return f`<div class="card center error-text">
        ${e("panel.error",{error:this._error})}
        <div><button class="btn" @click=${()=>this._subscribe()}>${e("panel.retry")}</button></div>
      </div>`;if(!this._printers)return f`<div class="center muted">${e("panel.loading")}</div>`;if(this._printers.length===0)return f`<div class="card center muted">${e("fleet.no_printers")}</div>`;let s=[...new Set(this._printers.flatMap(l=>l.tags))].sort(),n=s.includes(this._tag)?this._tag:"",r=n?this._printers.filter(l=>l.tags.includes(n)):this._printers,a=r.filter(l=>ps(l.status)).length,o=r.filter(l=>ga(l.status,l.error!==null)).length;return f`
      <div class="bar">
        <div class="muted small" data-summary data-total=${r.length}>
          ${e("fleet.summary",{total:E(this.hass,r.length),printing:E(this.hass,a),attention:E(this.hass,o)})}
        </div>
        ${s.length?f`<div class="chips" role="group" aria-label=${e("fleet.tags")}>
              ${["",...s].map(l=>f`<button
                  class="chip"
                  aria-pressed=${n===l?"true":"false"}
                  data-tag=${l}
                  @click=${()=>this._tag=l}
                >
                  ${l||e("fleet.all")}
                </button>`)}
            </div>`:y}
      </div>
      ${r.length===0?f`<div class="card center muted">${e("fleet.no_match")}</div>`:f`<div class="grid">
            ${r.map(l=>f`<odin-printer-tile .hass=${this.hass} .printer=${l} ?highlighted=${l.printer_id===this.selected}>
                <div slot="footer" class="footer">
                  <button class="link" data-action="edit-tags" @click=${()=>this._editing=l.printer_id}>
                    ${R("tag")}${e("fleet.edit_tags")}
                  </button>
                  <a
                    class="link"
                    href="${this.base}/analytics?printer=${encodeURIComponent(l.printer_id)}"
                    @click=${c=>{c.preventDefault(),Kt(`${this.base}/analytics?printer=${encodeURIComponent(l.printer_id)}`)}}
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
    `}};Lt.styles=[G,B`
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
    `],b([k({attribute:!1})],Lt.prototype,"hass",2),b([k({type:Boolean})],Lt.prototype,"narrow",2),b([k()],Lt.prototype,"selected",2),b([k()],Lt.prototype,"base",2),b([v()],Lt.prototype,"_printers",2),b([v()],Lt.prototype,"_tag",2),b([v()],Lt.prototype,"_error",2),b([v()],Lt.prototype,"_editing",2);Y("odin-fleet-page",Lt);var te=i=>i??y;var Hc=i=>i==null?"":String(i);function O(i,t,e,s={}){return f`<label class="field ${s.full?"full":""}">
    <span>${i}${s.required?f` <span class="req" aria-hidden="true">*</span>`:y}</span>
    <input
      name=${t}
      type=${s.type??"text"}
      .value=${Hc(e)}
      ?required=${s.required}
      min=${te(s.min)}
      max=${te(s.max)}
      step=${te(s.step)}
      list=${te(s.list)}
      placeholder=${s.placeholder??" "}
      maxlength=${te(s.maxlength)}
      pattern=${te(s.pattern)}
      inputmode=${te(s.inputmode)}
      autocomplete=${s.autocomplete??"off"}
    />
    ${s.hint?f`<span class="hint">${s.hint}</span>`:y}
  </label>`}function _t(i,t,e,s,n={}){let r=e??"";return f`<label class="field ${n.full?"full":""}">
    <span>${i}</span>
    <select
      name=${t}
      ?required=${n.required}
      @change=${a=>n.onChange?.(a.target.value)}
    >
      ${s.map(a=>f`<option value=${a.value} ?selected=${a.value===r}>${a.label}</option>`)}
    </select>
    ${n.hint?f`<span class="hint">${n.hint}</span>`:y}
  </label>`}function He(i,t,e,s={}){return f`<label class="field full">
    <span>${i}</span>
    <textarea name=${t} maxlength=${te(s.maxlength)} .value=${e??""}></textarea>
  </label>`}function me(i,t){return f`<datalist id=${i}>${[...new Set(t)].map(e=>f`<option value=${e}></option>`)}</datalist>`}function Cn(i,t,e,s){let n=new Set(s.map(r=>r.toLowerCase()));return f`<fieldset class="full">
    <legend>${i}</legend>
    <div class="chips">
      ${e.map(r=>f`<label class="chip" data-choice=${r}
          ><input type="checkbox" name=${t} value=${r} ?checked=${n.has(r.toLowerCase())} />${r}</label
        >`)}
    </div>
  </fieldset>`}var Na=["timelapse","bed_leveling","flow_calibration","vibration_calibration","layer_inspect","use_ams"];function fs(i,t){let e=Object.keys(t).length;return f`<details class="full options" ?open=${e>0}>
    <summary>${i("jobs.print_options")}${e?` (${e})`:""}</summary>
    <div class="form-grid">
      ${Na.map(s=>_t(i(`options.${s}`),`opt_${s}`,s in t?t[s]?"on":"off":"",[{value:"",label:i("options.default")},{value:"on",label:i("options.on")},{value:"off",label:i("options.off")}]))}
      ${O(i("options.plate"),"opt_plate",typeof t.plate=="number"?t.plate:"",{type:"number",min:1,max:64,step:1,inputmode:"numeric"})}
    </div>
  </details>`}function ms(i){let t={};for(let s of Na){let n=i.get(`opt_${s}`);n==="on"?t[s]=!0:n==="off"&&(t[s]=!1)}let e=nt(i,"opt_plate");return e!==void 0&&(t.plate=e),t}function I(i,t){let e=i.get(t);if(typeof e!="string")return;let s=e.trim();return s===""?void 0:s}function nt(i,t){let e=I(i,t);if(e===void 0)return;let s=Number(e.replace(",","."));return Number.isFinite(s)?s:void 0}function qt(i){i.preventDefault();let t=i.target.closest("form")??i.target;return!(t instanceof HTMLFormElement)||!t.reportValidity()?null:new FormData(t)}var gs=[.2,.4,.6,.8],si=["PLA","PETG","ABS","ASA","TPU","PA","PA-CF","PC","PVA"],ge=(i,t)=>f`<span class="pill" data-pill=${t} title=${i}>${i}</span>`;function Va(i,t,e){let s=[];return t.printer_id&&s.push(ge(i("jobs.pill_printer",{printer:e(t.printer_id)}),"printer")),t.tags_any.length&&s.push(ge(i("jobs.pill_tags_any",{tags:t.tags_any.join(", ")}),"tags_any")),t.tags_all.length&&s.push(ge(i("jobs.pill_tags_all",{tags:t.tags_all.join(", ")}),"tags_all")),t.model&&s.push(ge(i("jobs.pill_model",{model:t.model}),"model")),t.filament&&s.push(ge(i("jobs.pill_filament",{filament:t.filament}),"filament")),t.nozzle_mm!==null&&s.push(ge(i("jobs.pill_nozzle",{nozzle:t.nozzle_mm}),"nozzle")),s}function _s(i,t){return Object.entries(t).map(([e,s])=>ge(e==="plate"?i("options.plate_n",{n:String(s)}):`${i(`options.${e}`)}: ${i(s?"options.on":"options.off")}`,e))}function Tn(i,t,e){let s=t.target.value??"";switch(t.target.type){case"printer":return i("presets.target_printer",{printer:e(s)});case"tag":return i("presets.target_tag",{tag:s});case"model":return i("presets.target_model",{model:s});default:return i("presets.target_any")}}var Nc=1e4;function Vc(i){switch(i){case"proposed":return"var(--success-color, #43a047)";case"no_printers":case"no_printer_fits":return"var(--error-color, #db4437)";case"printers_in_error":case"filament_not_loaded":return"var(--warning-color, #ffa600)";default:return"var(--info-color, #039be5)"}}function Bc(i){switch(i){case"printing":case"assigned":return"var(--info-color, #039be5)";case"done":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--secondary-text-color, #727272)";default:return"var(--primary-color, #03a9f4)"}}var Wc=i=>i.replace(/\s*\(\d+\/\d+\)\s*$/,""),ht=class extends H{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._loading=!1;this._adding=!1;this._busy=!1;this._new=new Set;this._started=!1;this._request=0}connectedCallback(){super.connectedCallback(),this._timer=window.setInterval(()=>{document.hidden||this._load()},Nc),this._started&&this._load()}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this._timer)}updated(e){this.hass&&!this._started&&(this._started=!0,this._load())}async _load(){if(!this.hass)return;let e=++this._request;this._loading=!0;try{let s=await ya(this.hass,!0);if(e!==this._request)return;this._data=s,this._error=void 0}catch(s){e===this._request&&(this._error=K(P(this.hass),s))}finally{e===this._request&&(this._loading=!1)}}_printerName(e){return e?this._data?.printers.find(s=>s.printer_id===e)?.name??e:""}async _submitJob(e){let s=qt(e);if(!s||!this.hass||this._busy)return;let n=P(this.hass);this._busy=!0,this._formError=void 0;try{let r=await va(this.hass,{file:I(s,"file")??"",name:I(s,"name"),quantity:nt(s,"quantity"),priority:nt(s,"priority"),printer_id:I(s,"printer_id"),tags_any:s.getAll("tags_any").map(String),tags_all:s.getAll("tags_all").map(String),model:I(s,"model"),filament:I(s,"filament"),nozzle_mm:nt(s,"nozzle_mm"),notes:I(s,"notes"),options:ms(s)});this._adding=!1,this._new=new Set(r.map(o=>o.job_id));let a=n("queue.added",{n:E(this.hass,r.length)});this._notice={text:a},gt(this,a),await this._load()}catch(r){this._formError=K(n,r)}finally{this._busy=!1}}async _move(e,s){if(!this.hass||!this._data||this._moving!==void 0)return;let n=this._data.items.filter(l=>l.status==="queued"),r=n.findIndex(l=>l.job_id===e.job_id),a=r+s;if(r<0||a<0||a>=n.length)return;let o=s<0?a===0?null:n[a-1].job_id:n[a].job_id;this._moving=e.job_id;try{await wa(this.hass,e.job_id,o),await this._load()}catch(l){this._notice={text:K(P(this.hass),l)}}finally{this._moving=void 0}}_askCancel(e){let s=P(this.hass);this._confirm={heading:s("queue.cancel_heading"),text:s("queue.cancel_text",{name:e.name}),confirmLabel:s("queue.cancel_job"),action:async()=>{this.hass&&(await $a(this.hass,e.job_id),gt(this,s("queue.cancelled",{name:e.name})),await this._load())}}}async _submitPreset(e){let s=qt(e),n=this._presetFrom;if(!s||!n||!this.hass||this._busy)return;let r=P(this.hass);this._busy=!0,this._formError=void 0;try{let a=await Ma(this.hass,I(s,"preset_name")??"",n.job_id);this._presetFrom=void 0;let o=r("queue.preset_saved",{name:a.name});this._notice={text:o,link:`${this.base}/presets`,linkLabel:r("queue.open_presets")},gt(this,o)}catch(a){this._formError=K(r,a)}finally{this._busy=!1}}_decision(e,s){let n=s.decision;if(!n)return y;let r=s.constraints,a=n.unmet.map(c=>e(`queue.constraint.${c}`,{printer:this._printerName(r.printer_id),tags:(c==="tags_all"?r.tags_all:r.tags_any).join(", "),model:r.model??"",nozzle:r.nozzle_mm??""})).join(", "),o=n.reason==="proposed"?e("queue.reason.proposed",{printer:this._printerName(n.printer_id)}):n.reason==="no_printer_fits"&&a?e("queue.reason.no_printer_fits_unmet",{unmet:a}):n.reason==="filament_not_loaded"?e("queue.reason.filament_not_loaded",{filament:s.constraints.filament??""}):e(`queue.reason.${n.reason}`),l=n.printers.length;return f`<div class="decision" data-reason=${n.reason} style="--badge-color:${Vc(n.reason)}">
        <span class="dot" aria-hidden="true"></span><span>${o}</span>
      </div>
      ${l||n.notes.length?f`<details class="why">
            <summary>${e("queue.why",{n:E(this.hass,l)})}</summary>
            ${l?f`<ul class="checks">
                  ${n.printers.map(c=>f`<li data-printer-id=${c.printer_id}>
                      <strong>${c.name||this._printerName(c.printer_id)}</strong>
                      <span class="muted">${c.checks.length?c.checks.map(d=>e(`queue.check.${d}`)).join(" · "):e("queue.check.ok")}</span>
                    </li>`)}
                </ul>`:y}
            ${n.notes.map(c=>f`<div class="muted small">${e(`queue.note.${c}`)}</div>`)}
          </details>`:y}`}_job(e,s,n,r){let a=s.status==="queued",o=s.status==="assigned"||s.status==="printing",l=a||s.status==="assigned",c=[...Va(e,s.constraints,d=>this._printerName(d)),..._s(e,s.options)];return f`<li class="card job ${this._new.has(s.job_id)?"new":""}" data-job-id=${s.job_id} data-status=${s.status}>
      <div class="job-head">
        ${a?f`<span class="order" title=${e("queue.position")} aria-label=${e("queue.position_n",{n:n+1})}>${n+1}</span>`:y}
        <div class="title">
          <div class="name ellipsis" data-field="name">${s.name}</div>
          <div class="muted small ellipsis" data-field="file">${s.file}</div>
        </div>
        ${a?s.priority?f`<span class="pill" data-field="priority">${e("queue.priority_n",{n:s.priority>0?`+${s.priority}`:s.priority})}</span>`:y:f`<span class="badge" style="--badge-color:${Bc(s.status)}" data-field="status">${e(`queue.status.${s.status}`)}</span>`}
      </div>
      <div class="pills" data-field="constraints">${c.length?c:f`<span class="pill">${e("queue.any_printer")}</span>`}</div>
      ${a?this._decision(e,s):y}
      ${o&&s.printer_id?f`<div class="small">${e("queue.on_printer",{printer:s.printer_name??this._printerName(s.printer_id)})}</div>`:y}
      ${s.notes?f`<div class="small notes">${s.notes}</div>`:y}
      <div class="muted small meta">
        ${s.ended_at?e("queue.ended",{when:ot(this.hass,s.ended_at)}):e("queue.added_by",{who:s.created_by??e("audit.system"),when:ot(this.hass,s.created_at)})}
      </div>
      <div class="job-actions">
        ${a?f`<button
                class="icon-btn"
                data-action="up"
                aria-label=${e("queue.move_up")}
                ?disabled=${n===0||this._moving!==void 0}
                @click=${()=>this._move(s,-1)}
              >
                ${R("up")}
              </button>
              <button
                class="icon-btn"
                data-action="down"
                aria-label=${e("queue.move_down")}
                ?disabled=${n===r.length-1||this._moving!==void 0}
                @click=${()=>this._move(s,1)}
              >
                ${R("down")}
              </button>`:y}
        <span class="spacer"></span>
        <button class="btn" data-action="save-preset" @click=${()=>{this._formError=void 0,this._presetFrom=s}}>${R("save")}${e("queue.save_as_preset")}</button>
        ${l?f`<button class="btn danger" data-action="cancel" aria-label=${e("queue.cancel_named",{name:s.name})} @click=${()=>this._askCancel(s)}>${R("close")}${e("queue.cancel_short")}</button>`:y}
      </div>
    </li>`}_addDialog(e){let s=this._data?.printers??[],n=[...new Set(s.flatMap(l=>l.tags))].sort((l,c)=>l.localeCompare(c)),r=[...new Set(s.map(l=>l.model).filter(l=>!!l))].sort(),a=[...s.flatMap(l=>l.filaments??[]),...si],o=(this._data?.items??[]).map(l=>l.file);return f`<odin-dialog
      .open=${this._adding}
      heading=${e("queue.add_heading")}
      close-label=${e("common.close")}
      data-dialog="add-job"
      @closed=${()=>this._adding=!1}
    >
      ${this._adding?f`<form id="job-form" novalidate @submit=${l=>this._submitJob(l)}>
            <div class="form-grid">
              ${O(e("jobs.file"),"file","",{required:!0,maxlength:512,list:"odin-files",full:!0,hint:e("jobs.file_hint")})}
              ${O(e("jobs.name"),"name","",{maxlength:255,hint:e("jobs.name_hint")})}
              ${O(e("jobs.quantity"),"quantity",1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${O(e("jobs.priority"),"priority",0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric",hint:e("jobs.priority_hint")})}
              ${_t(e("jobs.printer"),"printer_id","",[{value:"",label:e("queue.any_printer")},...s.map(l=>({value:l.printer_id,label:l.name}))])}
              ${_t(e("jobs.model"),"model","",[{value:"",label:e("jobs.any_model")},...r.map(l=>({value:l,label:l}))])}
              ${O(e("jobs.filament"),"filament","",{maxlength:64,list:"odin-filaments"})}
              ${_t(e("jobs.nozzle"),"nozzle_mm","",[{value:"",label:e("jobs.any_nozzle")},...gs.map(l=>({value:String(l),label:`${l} mm`}))])}
              ${n.length?Cn(e("jobs.tags_any"),"tags_any",n,[]):y}
              ${n.length?Cn(e("jobs.tags_all"),"tags_all",n,[]):y}
              ${He(e("jobs.notes"),"notes","",{maxlength:2e3})}
              ${fs(e,{})}
            </div>
            ${me("odin-files",o)} ${me("odin-filaments",a)}
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._adding=!1}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="job-form" data-action="submit-job" ?disabled=${this._busy}>
        ${e("queue.add_submit")}
      </button>
    </odin-dialog>`}_presetDialog(e){let s=this._presetFrom;return f`<odin-dialog
      .open=${!!s}
      heading=${e("queue.save_as_preset")}
      close-label=${e("common.close")}
      data-dialog="save-preset"
      @closed=${()=>this._presetFrom=void 0}
    >
      ${s?f`<form id="preset-from-job" novalidate @submit=${n=>this._submitPreset(n)}>
            <p class="muted small">${e("queue.save_as_preset_help",{file:s.file})}</p>
            ${O(e("presets.name"),"preset_name",Wc(s.name),{required:!0,maxlength:128})}
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._presetFrom=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-from-job" data-action="submit-preset" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}render(){let e=P(this.hass),s=this._data,n=s?.items??[],r=n.filter(l=>l.status==="printing"||l.status==="assigned"),a=n.filter(l=>l.status==="queued"),o=n.filter(l=>!["queued","assigned","printing"].includes(l.status));return f`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-queued=${a.length} data-active=${r.length}>
          ${s?e("queue.summary",{queued:E(this.hass,a.length),active:E(this.hass,r.length)}):""}
        </div>
        <div class="actions">
          <button
            class="btn primary"
            data-action="add-job"
            ?disabled=${!s}
            @click=${()=>{this._formError=void 0,this._adding=!0}}
          >
            ${R("plus")}${e("queue.add")}
          </button>
        </div>
      </div>
      ${this._notice?f`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice.text}</span>
            ${this._notice.link?f`<a
                  class="inline-link"
                  href=${this._notice.link}
                  @click=${l=>{l.preventDefault(),Kt(this._notice?.link??this.base)}}
                  >${this._notice.linkLabel}</a
                >`:y}
            <button class="icon-btn" aria-label=${e("common.close")} @click=${()=>this._notice=void 0}>${R("close")}</button>
          </div>`:y}
      ${this._error?f`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?f`<div data-loaded=${this._loading?"false":"true"}>
            ${r.length?f`<div class="section-title"><h2>${e("queue.active")}</h2></div>
                  <ul class="jobs" data-list="active">${r.map((l,c)=>this._job(e,l,c,r))}</ul>`:y}
            <div class="section-title">
              <h2>${e("queue.waiting")}</h2>
              <span class="muted small">${e("queue.order_note")}</span>
            </div>
            ${a.length?f`<ul class="jobs" data-list="queued">${a.map((l,c)=>this._job(e,l,c,a))}</ul>`:f`<div class="card center muted" data-empty="queue">
                  ${e("queue.empty")}
                  <div>
                    <a
                      class="inline-link"
                      href="${this.base}/presets"
                      @click=${l=>{l.preventDefault(),Kt(`${this.base}/presets`)}}
                      >${e("queue.open_presets")}</a
                    >
                  </div>
                </div>`}
            ${o.length?f`<details class="finished">
                  <summary>${e("queue.finished",{n:E(this.hass,o.length)})}</summary>
                  <ul class="jobs" data-list="finished">${o.map((l,c)=>this._job(e,l,c,o))}</ul>
                </details>`:y}
          </div>`:this._error?y:f`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._addDialog(e)} ${this._presetDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};ht.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],ht.prototype,"hass",2),b([k({type:Boolean})],ht.prototype,"narrow",2),b([k()],ht.prototype,"base",2),b([v()],ht.prototype,"_data",2),b([v()],ht.prototype,"_error",2),b([v()],ht.prototype,"_loading",2),b([v()],ht.prototype,"_adding",2),b([v()],ht.prototype,"_presetFrom",2),b([v()],ht.prototype,"_confirm",2),b([v()],ht.prototype,"_formError",2),b([v()],ht.prototype,"_busy",2),b([v()],ht.prototype,"_moving",2),b([v()],ht.prototype,"_notice",2),b([v()],ht.prototype,"_new",2);Y("odin-queue-page",ht);var qc=["any","printer","tag","model"],bt=class extends H{constructor(){super(...arguments);this.narrow=!1;this.base="/odin";this._printers=[];this._targetType="any";this._busy=!1;this._started=!1;this._printerName=e=>this._printers.find(s=>s.printer_id===e)?.name??e}updated(e){this.hass&&!this._started&&(this._started=!0,pe(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load())}async _load(){if(this.hass)try{this._presets=await ka(this.hass),this._error=void 0}catch(e){this._error=K(P(this.hass),e)}}_edit(e){this._formError=void 0,this._targetType=e==="new"?"any":e.target.type,this._editing=e}async _submitPreset(e){let s=qt(e);if(!s||!this.hass||this._busy||!this._editing)return;let n=P(this.hass),r=this._editing==="new"?void 0:this._editing,a=I(s,"target_type")??"any";this._busy=!0,this._formError=void 0;try{let{preset:o}=await Sa(this.hass,{preset_id:r?.preset_id,name:I(s,"name")??"",file:I(s,"file")??"",target:a==="any"?{type:a}:{type:a,value:I(s,"target_value")},filament:I(s,"filament"),nozzle_mm:nt(s,"nozzle_mm"),quantity:nt(s,"quantity"),priority:nt(s,"priority"),notes:I(s,"notes"),options:ms(s)});this._editing=void 0,gt(this,n("presets.saved",{name:o.name})),await this._load()}catch(o){this._formError=K(n,o)}finally{this._busy=!1}}async _submitSchedule(e){let s=qt(e),n=this._scheduling;if(!s||!n||!this.hass||this._busy)return;let r=P(this.hass);this._busy=!0,this._formError=void 0;try{let a=await Da(this.hass,n.preset_id,{quantity:nt(s,"quantity"),priority:nt(s,"priority"),tag:I(s,"tag")});this._scheduling=void 0;let o=r("presets.scheduled",{n:E(this.hass,a.length),name:n.name});this._notice={text:o,jobs:a.length},gt(this,o)}catch(a){this._formError=K(r,a)}finally{this._busy=!1}}_askDelete(e){let s=P(this.hass);this._confirm={heading:s("presets.delete_heading"),text:s("presets.delete_text",{name:e.name}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await Aa(this.hass,e.preset_id),gt(this,s("presets.deleted",{name:e.name})),await this._load())}}}_tile(e,s){let n=[[e("jobs.file"),s.file],[e("presets.target"),Tn(e,s,this._printerName)],[e("jobs.quantity"),E(this.hass,s.quantity)]];s.priority&&n.push([e("jobs.priority"),String(s.priority)]),s.filament&&n.push([e("jobs.filament"),s.filament]),s.nozzle_mm!==null&&n.push([e("jobs.nozzle"),`${s.nozzle_mm} mm`]);let r=_s(e,s.options);return f`<li class="card preset" data-preset-id=${s.preset_id}>
      <h3 class="ellipsis" data-field="name">${s.name}</h3>
      <dl class="facts">${n.map(([a,o])=>f`<dt>${a}</dt><dd>${o}</dd>`)}</dl>
      ${r.length?f`<div class="pills opts">${r}</div>`:y}
      ${s.notes?f`<div class="small muted notes">${s.notes}</div>`:y}
      <div class="tile-actions">
        <button class="icon-btn" data-action="edit" aria-label=${e("presets.edit",{name:s.name})} @click=${()=>this._edit(s)}>
          ${R("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${e("presets.delete",{name:s.name})} @click=${()=>this._askDelete(s)}>
          ${R("delete")}
        </button>
        <span class="spacer"></span>
        <button
          class="btn primary"
          data-action="schedule"
          @click=${()=>{this._formError=void 0,this._scheduling=s}}
        >
          ${R("schedule")}${e("presets.quick_schedule")}
        </button>
      </div>
    </li>`}_targetValue(e,s){let n=s&&s.target.type===this._targetType?s.target.value:"",r=[...new Set(this._printers.flatMap(o=>o.tags))].sort((o,l)=>o.localeCompare(l)),a=[...new Set(this._printers.map(o=>o.model).filter(o=>!!o))].sort();switch(this._targetType){case"printer":return _t(e("jobs.printer"),"target_value",n,this._printers.map(o=>({value:o.printer_id,label:o.name})),{required:!0});case"tag":return _t(e("presets.tag"),"target_value",n,r.map(o=>({value:o,label:o})),{required:!0});case"model":return f`${O(e("jobs.model"),"target_value",n,{required:!0,maxlength:64,list:"odin-models"})}
        ${me("odin-models",a)}`;default:return y}}_editDialog(e){let s=this._editing,n=s&&s!=="new"?s:void 0;return f`<odin-dialog
      .open=${!!s}
      heading=${e(n?"presets.edit_heading":"presets.new_heading")}
      close-label=${e("common.close")}
      data-dialog="preset"
      @closed=${()=>this._editing=void 0}
    >
      ${s?f`<form id="preset-form" novalidate @submit=${r=>this._submitPreset(r)}>
            <div class="form-grid">
              ${O(e("presets.name"),"name",n?.name,{required:!0,maxlength:128,full:!0})}
              ${O(e("jobs.file"),"file",n?.file,{required:!0,maxlength:512,full:!0,hint:e("jobs.file_hint")})}
              ${_t(e("presets.target"),"target_type",this._targetType,qc.map(r=>({value:r,label:e(`presets.target_type.${r}`)})),{onChange:r=>this._targetType=r})}
              ${this._targetValue(e,n)}
              ${O(e("jobs.filament"),"filament",n?.filament,{maxlength:64,list:"odin-preset-filaments"})}
              ${_t(e("jobs.nozzle"),"nozzle_mm",n?.nozzle_mm!=null?String(n.nozzle_mm):"",[{value:"",label:e("jobs.any_nozzle")},...gs.map(r=>({value:String(r),label:`${r} mm`}))])}
              ${O(e("jobs.quantity"),"quantity",n?.quantity??1,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${O(e("jobs.priority"),"priority",n?.priority??0,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${He(e("jobs.notes"),"notes",n?.notes,{maxlength:2e3})}
              ${fs(e,n?.options??{})}
            </div>
            ${me("odin-preset-filaments",si)}
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-form" data-action="submit-preset" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}_scheduleDialog(e){let s=this._scheduling,n=[...new Set(this._printers.flatMap(r=>r.tags))].sort((r,a)=>r.localeCompare(a));return f`<odin-dialog
      .open=${!!s}
      heading=${s?e("presets.schedule_heading",{name:s.name}):""}
      close-label=${e("common.close")}
      data-dialog="schedule"
      @closed=${()=>this._scheduling=void 0}
    >
      ${s?f`<form id="schedule-form" novalidate @submit=${r=>this._submitSchedule(r)}>
            <p class="muted small">${e("presets.schedule_help",{file:s.file,target:Tn(e,s,this._printerName)})}</p>
            <div class="form-grid">
              ${O(e("jobs.quantity"),"quantity",s.quantity,{type:"number",min:1,max:50,step:1,required:!0,inputmode:"numeric"})}
              ${O(e("jobs.priority"),"priority",s.priority,{type:"number",min:-100,max:100,step:1,inputmode:"numeric"})}
              ${n.length?_t(e("presets.only_tag"),"tag","",[{value:"",label:e("presets.as_in_preset")},...n.map(r=>({value:r,label:r}))],{full:!0,hint:e("presets.only_tag_hint")}):y}
            </div>
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._scheduling=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="schedule-form" data-action="submit-schedule" ?disabled=${this._busy}>
        ${R("schedule")}${e("presets.schedule_submit")}
      </button>
    </odin-dialog>`}render(){let e=P(this.hass),s=this._presets;return f`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-count=${s?.length??""}>
          ${s?e("presets.summary",{n:E(this.hass,s.length)}):""}
        </div>
        <div class="actions">
          <button class="btn primary" data-action="new-preset" @click=${()=>this._edit("new")}>${R("plus")}${e("presets.new")}</button>
        </div>
      </div>
      ${this._notice?f`<div class="notice success banner" role="status" data-notice data-scheduled=${this._notice.jobs}>
            <span>${this._notice.text}</span>
            <a
              class="inline-link"
              data-action="open-queue"
              href="${this.base}/queue"
              @click=${n=>{n.preventDefault(),Kt(`${this.base}/queue`)}}
              >${e("presets.open_queue")}</a
            >
            <button class="icon-btn" aria-label=${e("common.close")} @click=${()=>this._notice=void 0}>${R("close")}</button>
          </div>`:y}
      ${this._error?f`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?s.length===0?f`<div class="card center muted" data-empty="presets">${e("presets.empty")}</div>`:f`<ul class="tiles presets" data-loaded="true">${s.map(n=>this._tile(e,n))}</ul>`:this._error?y:f`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._editDialog(e)} ${this._scheduleDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};bt.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],bt.prototype,"hass",2),b([k({type:Boolean})],bt.prototype,"narrow",2),b([k()],bt.prototype,"base",2),b([v()],bt.prototype,"_presets",2),b([v()],bt.prototype,"_printers",2),b([v()],bt.prototype,"_error",2),b([v()],bt.prototype,"_editing",2),b([v()],bt.prototype,"_targetType",2),b([v()],bt.prototype,"_scheduling",2),b([v()],bt.prototype,"_confirm",2),b([v()],bt.prototype,"_formError",2),b([v()],bt.prototype,"_busy",2),b([v()],bt.prototype,"_notice",2);Y("odin-presets-page",bt);var Uc=["dryer","oven","ams","dry_box","dehydrator","other"],Ba="[A-Ha-h][1-4]|[Hh][Tt][1-8]|[Ee][Xx][Tt]",Yc=50,bs="slot";function Xc(i,t){if(!t)return;let e=t.toUpperCase().replace(/_/g,"-");return i.find(s=>s.material.toUpperCase()===e)??i.find(s=>s.material.toUpperCase()===e.split(/[-\s+]/)[0])}function Zc(i){if(!i)return null;let t=i.trim().toLowerCase().replace(/\s+/g,"");return typeof CSS<"u"&&CSS.supports("color",t)?t:null}function Gc(i){let t=e=>String(e).padStart(2,"0");return`${zt(i)}T${t(i.getHours())}:${t(i.getMinutes())}`}var at=class extends H{constructor(){super(...arguments);this.narrow=!1;this._materials=[];this._printers=[];this._loading=!1;this._editPrinter="";this._logging=!1;this._logTarget="";this._history={};this._busy=!1;this._started=!1;this._printerName=e=>e?this._printers.find(s=>s.printer_id===e)?.name??e:""}updated(e){this.hass&&!this._started&&(this._started=!0,pe(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load())}async _load(){if(this.hass){this._loading=!0;try{let[e,s,n]=await Promise.all([Pa(this.hass),An(this.hass,{limit:Yc}),La(this.hass)]);e.sort((r,a)=>Number(a.drying?.needs_drying??!1)-Number(r.drying?.needs_drying??!1)||r.label.localeCompare(a.label)||r.spool_id-a.spool_id),this._spools=e,this._sessions=s,this._materials=n,this._error=void 0;for(let r of Object.keys(this._history).map(Number))this._loadHistory(r)}catch(e){this._error=K(P(this.hass),e)}finally{this._loading=!1}}}async _loadHistory(e){if(this.hass)try{let s=await An(this.hass,{spool_id:e,limit:20});this._history={...this._history,[e]:s}}catch(s){this._error=K(P(this.hass),s)}}_toggleHistory(e){if(e in this._history){let{[e]:s,...n}=this._history;this._history=n;return}this._history={...this._history,[e]:"loading"},this._loadHistory(e)}_spoolName(e){let s=this._spools?.find(n=>n.spool_id===e.spool_id);return s?s.label:e.printer_id?`${this._printerName(e.printer_id)} · ${e.slot??""}`:e.spool_id!==null?`#${e.spool_id}`:"–"}_openLog(e){this._formError=void 0,this._logTarget=e?String(e.spool_id):this._spools?.[0]?String(this._spools[0].spool_id):bs,this._logging=!0}async _submitLog(e){let s=qt(e);if(!s||!this.hass||this._busy)return;let n=P(this.hass),r=I(s,"target")??"",a=I(s,"started_at");this._busy=!0,this._formError=void 0;try{let{spool:o}=await za(this.hass,{...r===bs?{printer_id:I(s,"printer_id"),slot:I(s,"slot")?.toUpperCase()}:{spool_id:Number(r)},temp_c:nt(s,"temp_c")??0,duration_min:Math.round((nt(s,"duration_h")??0)*60),method:I(s,"method"),started_at:a?new Date(a).toISOString():void 0,humidity_before:nt(s,"humidity_before"),humidity_after:nt(s,"humidity_after"),notes:I(s,"notes")});this._logging=!1,gt(this,o?n("drying.logged_spool",{spool:o.label}):n("drying.logged")),await this._load()}catch(o){this._formError=K(n,o)}finally{this._busy=!1}}_editSpool(e){this._formError=void 0,this._editPrinter=e==="new"?"":e.printer_id??"",this._editing=e}async _submitSpool(e){let s=qt(e);if(!s||!this.hass||this._busy||!this._editing)return;let n=P(this.hass),r=this._editing==="new"?void 0:this._editing,a=I(s,"opened_at"),o=I(s,"printer_id");this._busy=!0,this._formError=void 0;try{let l=await Ca(this.hass,{spool_id:r?.spool_id,material:I(s,"material")??"",name:I(s,"name"),brand:I(s,"brand"),colour:I(s,"colour"),weight_g:nt(s,"weight_g"),opened_at:a?`${a}T00:00:00`:void 0,location:I(s,"location"),printer_id:o,slot:o?I(s,"slot")?.toUpperCase():void 0,spoolman_id:nt(s,"spoolman_id"),humidity_entity_id:I(s,"humidity_entity_id"),notes:I(s,"notes")});this._editing=void 0,gt(this,n("drying.spool_saved",{spool:l.label})),await this._load()}catch(l){this._formError=K(n,l)}finally{this._busy=!1}}_askDelete(e){let s=P(this.hass);this._confirm={heading:s("drying.delete_heading"),text:s("drying.delete_text",{spool:e.label}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await Ta(this.hass,e.spool_id),gt(this,s("drying.spool_deleted",{spool:e.label})),await this._load())}}}async _submitMaterial(e){let s=qt(e);if(!s||!this.hass||this._busy||!this._material)return;let n=P(this.hass),r=this._material==="new"?I(s,"material")??"":this._material.material;this._busy=!0,this._formError=void 0;try{this._materials=await Ra(this.hass,{material:r,max_days:nt(s,"max_days")??null,max_humidity:nt(s,"max_humidity")??null,drying_temp_c:nt(s,"drying_temp_c")??null,drying_hours:nt(s,"drying_hours")??null}),this._material=void 0,gt(this,n("drying.material_saved",{material:r})),await this._load()}catch(a){this._formError=K(n,a)}finally{this._busy=!1}}_askReset(e){let s=P(this.hass);this._confirm={heading:s("drying.reset_heading"),text:s(e.has_default?"drying.reset_text":"drying.reset_text_custom",{material:e.material}),confirmLabel:s("drying.reset"),action:async()=>{this.hass&&(this._materials=await Oa(this.hass,e.material),await this._load())}}}_status(e,s){let n=s.drying;if(!n||!n.tracked)return f`<div class="status" data-status="untracked" style="--badge-color:var(--secondary-text-color)">
        <span class="dot"></span><span>${e("drying.not_tracked")}</span>
      </div>`;let r=[];if(n.days_since!==null&&r.push(n.max_days!==null?e("drying.days_since_max",{days:Z(this.hass,n.days_since,1),max:Z(this.hass,n.max_days,0)}):e("drying.days_since",{days:Z(this.hass,n.days_since,1)})),n.humidity!==null&&r.push(n.max_humidity!==null?e("drying.humidity_max",{rh:Z(this.hass,n.humidity,0),max:Z(this.hass,n.max_humidity,0)}):e("drying.humidity",{rh:Z(this.hass,n.humidity,0)})),n.needs_drying){let a=n.reasons.map(o=>e(`drying.reason.${o}`)).join(", ");return f`<div class="status" data-status="needs" style="--badge-color:var(--error-color, #db4437)">
        <span class="dot"></span><span><strong>${e("drying.needs")}</strong> (${a}) · ${r.join(" · ")}</span>
      </div>`}return f`<div class="status" data-status="ok" style="--badge-color:var(--success-color, #43a047)">
      <span class="dot"></span
      ><span
        >${n.due_at?e("drying.due",{date:Fe(this.hass,n.due_at)}):e("drying.dry")}${r.length?` · ${r.join(" · ")}`:""}</span
      >
    </div>`}_sessionList(e,s){return s.length?f`<ul class="sessions">
      ${s.map(n=>f`<li data-session-id=${n.session_id}>
          <span>${ot(this.hass,n.ended_at)}</span>
          <span class="muted"
            >${Z(this.hass,n.temp_c,0)} °C · ${Et(n.duration_min*60)} · ${e(`drying.method.${n.method}`)}${n.humidity_before!==null||n.humidity_after!==null?` · ${Z(this.hass,n.humidity_before,0)} → ${Z(this.hass,n.humidity_after,0)} %`:""}</span
          >
        </li>`)}
    </ul>`:f`<div class="muted small">${e("drying.no_history")}</div>`}_tile(e,s){let n=Zc(s.colour),r=[];s.brand&&r.push([e("drying.brand"),s.brand]),s.colour&&r.push([e("drying.colour"),s.colour]),s.weight_g!==null&&r.push([e("drying.weight"),`${E(this.hass,s.weight_g)} g`]),s.opened_at&&r.push([e("drying.opened"),Fe(this.hass,s.opened_at)]),s.printer_id&&r.push([e("drying.slot"),`${this._printerName(s.printer_id)}${s.slot?` · ${s.slot}`:""}`]),s.location&&r.push([e("drying.location"),s.location]),s.spoolman_id!==null&&r.push([e("drying.spoolman"),`#${s.spoolman_id}`]),s.humidity_entity_id&&r.push([e("drying.sensor"),s.humidity_entity_id]);let a=this._history[s.spool_id];return f`<li class="card spool" data-spool-id=${s.spool_id} data-needs-drying=${s.drying?.needs_drying?"true":"false"}>
      <div class="head">
        <span class="swatch ${n?"":"none"}" style=${n?`background:${n}`:""} aria-hidden="true"></span>
        <h3 class="ellipsis" data-field="label">${s.label}</h3>
        <span class="pill">${s.material}</span>
      </div>
      ${this._status(e,s)}
      ${r.length?f`<dl class="facts">${r.map(([o,l])=>f`<dt>${o}</dt><dd>${l}</dd>`)}</dl>`:y}
      ${s.notes?f`<div class="small muted notes">${s.notes}</div>`:y}
      ${a?f`<div class="history" data-history=${s.spool_id}>
            <h4>${e("drying.history")}</h4>
            ${a==="loading"?f`<div class="muted small">${e("panel.loading")}</div>`:this._sessionList(e,a)}
          </div>`:y}
      <div class="tile-actions">
        <button
          class="icon-btn"
          data-action="history"
          aria-expanded=${a?"true":"false"}
          aria-label=${e("drying.show_history",{spool:s.label})}
          @click=${()=>this._toggleHistory(s.spool_id)}
        >
          ${R("history")}
        </button>
        <button class="icon-btn" data-action="edit" aria-label=${e("drying.edit",{spool:s.label})} @click=${()=>this._editSpool(s)}>
          ${R("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${e("drying.delete",{spool:s.label})} @click=${()=>this._askDelete(s)}>
          ${R("delete")}
        </button>
        <span class="spacer"></span>
        <button class="btn primary" data-action="log" @click=${()=>this._openLog(s)}>${R("drying")}${e("drying.log")}</button>
      </div>
    </li>`}_historyTable(e){let s=this._sessions??[];return s.length?f`<div class="card table-wrap">
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
          ${s.map(n=>f`<tr data-session-id=${n.session_id}>
              <td data-col="spool">${this._spoolName(n)}${n.material?f` <span class="muted small">${n.material}</span>`:y}</td>
              <td data-col="when" data-label=${e("drying.when")}>${ot(this.hass,n.ended_at)}</td>
              <td class="num" data-col="temp" data-label=${e("drying.temp")}>${Z(this.hass,n.temp_c,0)} °C</td>
              <td class="num" data-col="duration" data-label=${e("drying.duration")}>${Et(n.duration_min*60)}</td>
              <td data-col="method" data-label=${e("drying.method_label")}>${e(`drying.method.${n.method}`)}</td>
              <td class="num" data-col="humidity" data-label=${e("drying.rh_before_after")}>
                ${n.humidity_before===null&&n.humidity_after===null?"–":`${Z(this.hass,n.humidity_before,0)} → ${Z(this.hass,n.humidity_after,0)} %`}
              </td>
              <td data-col="by" data-label=${e("drying.by")}>${n.actor??"–"}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`:f`<div class="card center muted" data-empty="history">${e("drying.no_history")}</div>`}_materialsTable(e){let s=[...this._materials].sort((n,r)=>n.material.localeCompare(r.material));return f`<details class="card materials" data-section="materials">
      <summary>${e("drying.materials")} (${E(this.hass,s.length)})</summary>
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
            ${s.map(n=>f`<tr data-key=${n.material}>
                <td>${n.material}${n.overridden?f` <span class="muted small">${e("drying.custom")}</span>`:y}${n.tracked?y:f` <span class="muted small">${e("drying.not_tracked")}</span>`}</td>
                <td class="num" data-label=${e("drying.max_days")}>${n.max_days===null?"–":Z(this.hass,n.max_days,0)}</td>
                <td class="num" data-label=${e("drying.max_humidity")}>${n.max_humidity===null?"–":`${Z(this.hass,n.max_humidity,0)} %`}</td>
                <td class="num" data-label=${e("drying.drying_temp")}>${n.drying_temp_c===null?"–":`${Z(this.hass,n.drying_temp_c,0)} °C`}</td>
                <td class="num" data-label=${e("drying.drying_hours")}>${n.drying_hours===null?"–":`${Z(this.hass,n.drying_hours,0)} h`}</td>
                <td class="row-actions">
                  <button class="icon-btn" aria-label=${e("drying.edit_material",{material:n.material})} @click=${()=>{this._formError=void 0,this._material=n}}>${R("pencil")}</button>
                  ${n.overridden?f`<button class="icon-btn danger" aria-label=${e("drying.reset_material",{material:n.material})} @click=${()=>this._askReset(n)}>
                        ${R("history")}
                      </button>`:y}
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="tile-actions">
        <button class="btn" @click=${()=>{this._formError=void 0,this._material="new"}}>${R("plus")}${e("drying.add_material")}</button>
      </div>
    </details>`}_logDialog(e){let s=this._spools??[],n=s.find(o=>String(o.spool_id)===this._logTarget),r=Xc(this._materials,n?.material),a=r?.drying_hours??4;return f`<odin-dialog
      .open=${this._logging}
      heading=${e("drying.log_heading")}
      close-label=${e("common.close")}
      data-dialog="log-drying"
      @closed=${()=>this._logging=!1}
    >
      ${this._logging?f`<form id="log-form" novalidate @submit=${o=>this._submitLog(o)}>
            <div class="form-grid">
              ${_t(e("drying.what"),"target",this._logTarget,[...s.map(o=>({value:String(o.spool_id),label:`${o.label} (${o.material})`})),{value:bs,label:e("drying.printer_slot")}],{full:!0,onChange:o=>this._logTarget=o})}
              ${this._logTarget===bs?f`${_t(e("jobs.printer"),"printer_id",this._printers[0]?.printer_id??"",this._printers.map(o=>({value:o.printer_id,label:o.name})),{required:!0})}
                  ${O(e("drying.slot_code"),"slot","",{required:!0,pattern:Ba,maxlength:3,hint:e("drying.slot_hint")})}`:y}
              ${O(`${e("drying.temp")} (°C)`,"temp_c",r?.drying_temp_c??50,{type:"number",min:25,max:150,step:1,required:!0,inputmode:"numeric"})}
              ${O(e("drying.duration_h"),"duration_h",a,{type:"number",min:.25,max:72,step:.25,required:!0,inputmode:"decimal",hint:e("drying.hours_hint")})}
              ${_t(e("drying.method_label"),"method","dryer",Uc.map(o=>({value:o,label:e(`drying.method.${o}`)})))}
              ${O(e("drying.started"),"started_at","",{type:"datetime-local",max:Gc(new Date),hint:e("drying.started_hint")})}
              ${O(`${e("drying.rh_before")} (%)`,"humidity_before","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${O(`${e("drying.rh_after")} (%)`,"humidity_after","",{type:"number",min:0,max:100,step:1,inputmode:"numeric"})}
              ${He(e("jobs.notes"),"notes","",{maxlength:2e3})}
            </div>
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._logging=!1}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="log-form" data-action="submit-log" ?disabled=${this._busy}>
        ${e("drying.log")}
      </button>
    </odin-dialog>`}_spoolDialog(e){let s=this._editing,n=s&&s!=="new"?s:void 0,r=Object.values(this.hass?.states??{}).filter(a=>a.entity_id.startsWith("sensor.")&&a.attributes.device_class==="humidity").map(a=>({value:a.entity_id,label:String(a.attributes.friendly_name??a.entity_id)}));return n?.humidity_entity_id&&!r.some(a=>a.value===n.humidity_entity_id)&&r.push({value:n.humidity_entity_id,label:n.humidity_entity_id}),f`<odin-dialog
      .open=${!!s}
      heading=${e(n?"drying.edit_heading":"drying.new_heading")}
      close-label=${e("common.close")}
      data-dialog="spool"
      @closed=${()=>this._editing=void 0}
    >
      ${s?f`<form id="spool-form" novalidate @submit=${a=>this._submitSpool(a)}>
            <div class="form-grid">
              ${O(e("drying.material"),"material",n?.material,{required:!0,maxlength:64,list:"odin-materials"})}
              ${O(e("drying.name"),"name",n?.name,{maxlength:128,hint:e("drying.name_hint")})}
              ${O(e("drying.brand"),"brand",n?.brand,{maxlength:128})}
              ${O(e("drying.colour"),"colour",n?.colour,{maxlength:128})}
              ${O(`${e("drying.weight")} (g)`,"weight_g",n?.weight_g,{type:"number",min:0,max:1e5,step:1,inputmode:"numeric"})}
              ${O(e("drying.opened"),"opened_at",n?.opened_at?zt(new Date(n.opened_at)):"",{type:"date",max:zt(new Date)})}
              ${O(e("drying.location"),"location",n?.location,{maxlength:128})}
              ${_t(e("drying.in_printer"),"printer_id",this._editPrinter,[{value:"",label:e("drying.no_printer")},...this._printers.map(a=>({value:a.printer_id,label:a.name}))],{onChange:a=>this._editPrinter=a})}
              ${this._editPrinter?O(e("drying.slot_code"),"slot",n?.slot,{pattern:Ba,maxlength:3,hint:e("drying.slot_hint")}):y}
              ${O(e("drying.spoolman"),"spoolman_id",n?.spoolman_id,{type:"number",min:1,step:1,inputmode:"numeric",hint:e("drying.spoolman_hint")})}
              ${_t(e("drying.sensor"),"humidity_entity_id",n?.humidity_entity_id??"",[{value:"",label:e("drying.no_sensor")},...r],{full:!0})}
              ${He(e("jobs.notes"),"notes",n?.notes,{maxlength:2e3})}
            </div>
            ${me("odin-materials",[...this._materials.map(a=>a.material),...si])}
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._editing=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="spool-form" data-action="submit-spool" ?disabled=${this._busy}>
        ${e("common.save")}
      </button>
    </odin-dialog>`}_materialDialog(e){let s=this._material,n=s&&s!=="new"?s:void 0;return f`<odin-dialog
      .open=${!!s}
      heading=${n?e("drying.edit_material",{material:n.material}):e("drying.add_material")}
      close-label=${e("common.close")}
      data-dialog="material"
      @closed=${()=>this._material=void 0}
    >
      ${s?f`<form id="material-form" novalidate @submit=${r=>this._submitMaterial(r)}>
            <p class="muted small">${e("drying.material_form_help")}</p>
            <div class="form-grid">
              ${n?y:O(e("drying.material"),"material","",{required:!0,maxlength:64,full:!0})}
              ${O(e("drying.max_days"),"max_days",n?.max_days,{type:"number",min:0,max:3650,step:"any",inputmode:"decimal"})}
              ${O(`${e("drying.max_humidity")} (%)`,"max_humidity",n?.max_humidity,{type:"number",min:0,max:100,step:"any",inputmode:"decimal"})}
              ${O(`${e("drying.drying_temp")} (°C)`,"drying_temp_c",n?.drying_temp_c,{type:"number",min:25,max:150,step:1,inputmode:"numeric"})}
              ${O(`${e("drying.drying_hours")} (h)`,"drying_hours",n?.drying_hours,{type:"number",min:0,max:72,step:"any",inputmode:"decimal"})}
            </div>
            ${this._formError?f`<div class="notice error" role="alert">${this._formError}</div>`:y}
          </form>`:y}
      <button slot="actions" class="btn" @click=${()=>this._material=void 0}>${e("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="material-form" ?disabled=${this._busy}>${e("common.save")}</button>
    </odin-dialog>`}render(){let e=P(this.hass),s=this._spools,n=s?.filter(r=>r.drying?.needs_drying).length??0;return f`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-spools=${s?.length??""} data-needs=${n}>
          ${s?e("drying.summary",{n:E(this.hass,s.length),needs:E(this.hass,n)}):""}
        </div>
        <div class="actions">
          <button class="btn" data-action="add-spool" @click=${()=>this._editSpool("new")}>${R("plus")}${e("drying.add_spool")}</button>
          <button class="btn primary" data-action="log-drying" ?disabled=${!s} @click=${()=>this._openLog()}>
            ${R("drying")}${e("drying.log")}
          </button>
        </div>
      </div>
      ${this._error?f`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?f`<div data-loaded=${this._loading?"false":"true"}>
            ${s.length===0?f`<div class="card center muted" data-empty="spools">${e("drying.no_spools")}</div>`:f`<ul class="tiles spools">${s.map(r=>this._tile(e,r))}</ul>`}
            <div class="section-title"><h2>${e("drying.history_all")}</h2></div>
            ${this._historyTable(e)}
            <div class="section-title"></div>
            ${this._materialsTable(e)}
          </div>`:this._error?y:f`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._logDialog(e)} ${this._spoolDialog(e)} ${this._materialDialog(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};at.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],at.prototype,"hass",2),b([k({type:Boolean})],at.prototype,"narrow",2),b([v()],at.prototype,"_spools",2),b([v()],at.prototype,"_sessions",2),b([v()],at.prototype,"_materials",2),b([v()],at.prototype,"_printers",2),b([v()],at.prototype,"_error",2),b([v()],at.prototype,"_loading",2),b([v()],at.prototype,"_editing",2),b([v()],at.prototype,"_editPrinter",2),b([v()],at.prototype,"_logging",2),b([v()],at.prototype,"_logTarget",2),b([v()],at.prototype,"_material",2),b([v()],at.prototype,"_history",2),b([v()],at.prototype,"_confirm",2),b([v()],at.prototype,"_formError",2),b([v()],at.prototype,"_busy",2);Y("odin-drying-page",at);function En(i){switch(i){case"success":return"var(--success-color, #43a047)";case"failed":return"var(--error-color, #db4437)";case"cancelled":return"var(--warning-color, #ffa600)";default:return"var(--secondary-text-color, #727272)"}}function zn(i,t){return i(`timelapses.outcome.${t??"open"}`)}function Kc(i,t){return t>=1024*1024*1024?`${Z(i,t/1024**3,1)} GB`:t>=1024*1024?`${Z(i,t/1024**2,1)} MB`:`${E(i,Math.max(1,Math.round(t/1024)))} kB`}function Ln(i,t){return t<60?`${Z(i,t,1)} s`:`${Math.floor(t/60)} min ${String(Math.round(t%60)).padStart(2,"0")} s`}var Ne=class extends H{constructor(){super(...arguments);this.autoplay=!0}render(){let e=this.timelapse;if(!e)return y;let s=P(this.hass),n=e.started_at&&e.ended_at?(new Date(e.ended_at).getTime()-new Date(e.started_at).getTime())/1e3:null,r=n===null?"–":n<60?`< 1 ${s("units.min")}`:Et(n);return f`<div class="player">
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
        <dd>${e.job_name??e.file_name??"–"}${e.file_name&&e.job_name?f` <span class="muted">(${e.file_name})</span>`:y}</dd>
        <dt>${s("timelapses.result")}</dt>
        <dd><span class="badge" style="--badge-color:${En(e.outcome)}" data-field="outcome">${zn(s,e.outcome)}</span></dd>
        <dt>${s("timelapses.run")}</dt>
        <dd>${fa(this.hass,e.started_at,e.ended_at)} (${r})</dd>
        <dt>${s("timelapses.video")}</dt>
        <dd>
          ${s("timelapses.video_facts",{length:Ln(this.hass,e.seconds),frames:E(this.hass,e.frames),fps:E(this.hass,e.fps),size:Kc(this.hass,e.bytes)})}
        </dd>
        <dt>${s("timelapses.kept")}</dt>
        <dd>${e.expires?s("timelapses.kept_until",{date:ot(this.hass,e.expires)}):s("timelapses.kept_forever")}</dd>
      </dl>`}};Ne.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],Ne.prototype,"hass",2),b([k({attribute:!1})],Ne.prototype,"timelapse",2),b([k({type:Boolean})],Ne.prototype,"autoplay",2);Y("odin-timelapse-player",Ne);var Jc=24,ut=class extends H{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.runId=0;this._next=null;this._recording=[];this._printers=[];this._printer="";this._loading=!1;this._runMissing=0;this._started=!1;this._openedRun=0;this._request=0}get _isAdmin(){return!!this.hass?.user?.is_admin}willUpdate(e){e.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(e){this.hass&&(this._started?e.has("_printer")&&this._load(!0):(this._started=!0,pe(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load(!0)),this.runId&&this.runId!==this._openedRun&&(this._openedRun=this.runId,this._openRun(this.runId)))}async _load(e){if(!this.hass)return;let s=++this._request;this._loading=!0;try{let n=await Di(this.hass,{printer_id:this._printer||void 0,before:e?null:this._next,limit:Jc});if(s!==this._request)return;this._items=e?n.items:[...this._items??[],...n.items],this._next=n.next,this._recording=n.recording,this._error=void 0}catch(n){s===this._request&&(this._error=K(P(this.hass),n))}finally{s===this._request&&(this._loading=!1)}}async _openRun(e){if(this.hass)try{let s=await Di(this.hass,{run_id:e,limit:1});s.items[0]?(this._runMissing=0,this._playing=s.items[0]):this._runMissing=e}catch(s){this._error=K(P(this.hass),s)}}_askDelete(e){let s=P(this.hass),n=e.job_name??e.file_name??`#${e.id}`;this._confirm={heading:s("timelapses.delete_heading"),text:s("timelapses.delete_text",{job:n,printer:e.printer_name??""}),confirmLabel:s("common.delete"),action:async()=>{this.hass&&(await Ia(this.hass,e.id),this._playing=void 0,gt(this,s("timelapses.deleted",{job:n})),await this._load(!0))}}}_printerName(e){return this._printers.find(s=>s.printer_id===e)?.name??e}_card(e,s){let n=s.job_name??s.file_name??`#${s.id}`;return f`<li>
      <button class="card tl" data-timelapse-id=${s.id} data-run-id=${s.run_id} aria-label=${e("timelapses.play",{job:n})} @click=${()=>this._playing=s}>
        <div class="thumb">
          <img src=${s.poster_url} alt="" loading="lazy" decoding="async" />
          <span class="play" aria-hidden="true">${R("play")}</span>
          <span class="len">${Ln(this.hass,s.seconds)}</span>
        </div>
        <div class="meta">
          <div class="row">
            <span class="name ellipsis">${n}</span>
            <span class="badge" style="--badge-color:${En(s.outcome)}">${zn(e,s.outcome)}</span>
          </div>
          <div class="muted small ellipsis">${s.printer_name??this._printerName(s.printer_id)} · ${ot(this.hass,s.ended_at??s.created)}</div>
        </div>
      </button>
    </li>`}_player(e){let s=this._playing,n=s?s.job_name??s.file_name??`#${s.id}`:"";return f`<odin-dialog
      wide
      .open=${!!s}
      heading=${n}
      close-label=${e("common.close")}
      data-dialog="player"
      @closed=${()=>this._playing=void 0}
    >
      ${s?f`<odin-timelapse-player .hass=${this.hass} .timelapse=${s}></odin-timelapse-player>`:y}
      ${s&&!this._isAdmin?f`<p class="muted small admin-note" data-denied="delete">${e("timelapses.admin_delete")}</p>`:y}
      ${s&&this._isAdmin?f`<button slot="actions" class="btn danger" data-action="delete" @click=${()=>this._askDelete(s)}>${R("delete")}${e("common.delete")}</button>`:y}
      ${s?f`<a slot="actions" class="btn" data-action="download" href=${s.url} download=${`${n.replace(/[^\w.-]+/g,"_")}-${s.run_id}.mp4`}
            >${R("download")}${e("timelapses.download")}</a
          >`:y}
      <button slot="actions" class="btn primary" @click=${()=>this._playing=void 0}>${e("common.close")}</button>
    </odin-dialog>`}render(){let e=P(this.hass),s=this._items;return f`
      <section class="card filters">
        <label class="field">
          ${e("timelapses.printer")}
          <select name="printer" @change=${n=>this._printer=n.target.value}>
            <option value="" ?selected=${this._printer===""}>${e("analytics.any")}</option>
            ${this._printers.map(n=>f`<option value=${n.printer_id} ?selected=${n.printer_id===this._printer}>${n.name}</option>`)}
          </select>
        </label>
        <div class="recording" data-recording=${this._recording.length}>
          ${this._recording.length?f`<span class="rec-dot" aria-hidden="true"></span>${e("timelapses.recording",{printers:this._recording.map(n=>this._printerName(n)).join(", ")})}`:f`<span class="muted small">${e("timelapses.not_recording")}</span>`}
        </div>
      </section>
      ${this._runMissing?f`<div class="notice" role="status" data-run-missing=${this._runMissing}>${e("timelapses.run_missing",{run:this._runMissing})}</div>`:y}
      ${this._error?f`<div class="card center error-text" role="alert">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load(!0)}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?s.length===0?f`<div class="card center muted" data-empty="timelapses">${e("timelapses.empty")}</div>`:f`<div data-loaded=${this._loading?"false":"true"}>
              <div class="muted small count" data-count=${s.length}>${e("timelapses.count",{n:E(this.hass,s.length)})}</div>
              <ul class="gallery">${s.map(n=>this._card(e,n))}</ul>
              ${this._next?f`<div class="more">
                    <button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>${e("audit.load_more")}</button>
                  </div>`:y}
            </div>`:this._error?y:f`<div class="center muted">${e("panel.loading")}</div>`}
      ${this._player(e)}
      <odin-confirm .hass=${this.hass} .request=${this._confirm} @closed=${()=>this._confirm=void 0}></odin-confirm>
    `}};ut.styles=[G,vt,B`
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
    `],b([k({attribute:!1})],ut.prototype,"hass",2),b([k({type:Boolean})],ut.prototype,"narrow",2),b([k()],ut.prototype,"initialPrinter",2),b([k({type:Number})],ut.prototype,"runId",2),b([v()],ut.prototype,"_items",2),b([v()],ut.prototype,"_next",2),b([v()],ut.prototype,"_recording",2),b([v()],ut.prototype,"_printers",2),b([v()],ut.prototype,"_printer",2),b([v()],ut.prototype,"_error",2),b([v()],ut.prototype,"_loading",2),b([v()],ut.prototype,"_playing",2),b([v()],ut.prototype,"_confirm",2),b([v()],ut.prototype,"_runMissing",2);Y("odin-timelapses-page",ut);function Ti(i){return i+.5|0}var _e=(i,t,e)=>Math.max(Math.min(i,e),t);function Pi(i){return _e(Ti(i*2.55),0,255)}function be(i){return _e(Ti(i*255),0,255)}function ee(i){return _e(Ti(i/2.55)/100,0,1)}function Wa(i){return _e(Ti(i*100),0,100)}var Rt={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},On=[..."0123456789ABCDEF"],Qc=i=>On[i&15],td=i=>On[(i&240)>>4]+On[i&15],ys=i=>(i&240)>>4===(i&15),ed=i=>ys(i.r)&&ys(i.g)&&ys(i.b)&&ys(i.a);function id(i){var t=i.length,e;return i[0]==="#"&&(t===4||t===5?e={r:255&Rt[i[1]]*17,g:255&Rt[i[2]]*17,b:255&Rt[i[3]]*17,a:t===5?Rt[i[4]]*17:255}:(t===7||t===9)&&(e={r:Rt[i[1]]<<4|Rt[i[2]],g:Rt[i[3]]<<4|Rt[i[4]],b:Rt[i[5]]<<4|Rt[i[6]],a:t===9?Rt[i[7]]<<4|Rt[i[8]]:255})),e}var sd=(i,t)=>i<255?t(i):"";function nd(i){var t=ed(i)?Qc:td;return i?"#"+t(i.r)+t(i.g)+t(i.b)+sd(i.a,t):void 0}var rd=/^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;function Xa(i,t,e){let s=t*Math.min(e,1-e),n=(r,a=(r+i/30)%12)=>e-s*Math.max(Math.min(a-3,9-a,1),-1);return[n(0),n(8),n(4)]}function ad(i,t,e){let s=(n,r=(n+i/60)%6)=>e-e*t*Math.max(Math.min(r,4-r,1),0);return[s(5),s(3),s(1)]}function od(i,t,e){let s=Xa(i,1,.5),n;for(t+e>1&&(n=1/(t+e),t*=n,e*=n),n=0;n<3;n++)s[n]*=1-t-e,s[n]+=t;return s}function ld(i,t,e,s,n){return i===n?(t-e)/s+(t<e?6:0):t===n?(e-i)/s+2:(i-t)/s+4}function Fn(i){let e=i.r/255,s=i.g/255,n=i.b/255,r=Math.max(e,s,n),a=Math.min(e,s,n),o=(r+a)/2,l,c,d;return r!==a&&(d=r-a,c=o>.5?d/(2-r-a):d/(r+a),l=ld(e,s,n,d,r),l=l*60+.5),[l|0,c||0,o]}function In(i,t,e,s){return(Array.isArray(t)?i(t[0],t[1],t[2]):i(t,e,s)).map(be)}function jn(i,t,e){return In(Xa,i,t,e)}function cd(i,t,e){return In(od,i,t,e)}function dd(i,t,e){return In(ad,i,t,e)}function Za(i){return(i%360+360)%360}function hd(i){let t=rd.exec(i),e=255,s;if(!t)return;t[5]!==s&&(e=t[6]?Pi(+t[5]):be(+t[5]));let n=Za(+t[2]),r=+t[3]/100,a=+t[4]/100;return t[1]==="hwb"?s=cd(n,r,a):t[1]==="hsv"?s=dd(n,r,a):s=jn(n,r,a),{r:s[0],g:s[1],b:s[2],a:e}}function ud(i,t){var e=Fn(i);e[0]=Za(e[0]+t),e=jn(e),i.r=e[0],i.g=e[1],i.b=e[2]}function pd(i){if(!i)return;let t=Fn(i),e=t[0],s=Wa(t[1]),n=Wa(t[2]);return i.a<255?`hsla(${e}, ${s}%, ${n}%, ${ee(i.a)})`:`hsl(${e}, ${s}%, ${n}%)`}var qa={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},Ua={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};function fd(){let i={},t=Object.keys(Ua),e=Object.keys(qa),s,n,r,a,o;for(s=0;s<t.length;s++){for(a=o=t[s],n=0;n<e.length;n++)r=e[n],o=o.replace(r,qa[r]);r=parseInt(Ua[a],16),i[o]=[r>>16&255,r>>8&255,r&255]}return i}var xs;function md(i){xs||(xs=fd(),xs.transparent=[0,0,0,0]);let t=xs[i.toLowerCase()];return t&&{r:t[0],g:t[1],b:t[2],a:t.length===4?t[3]:255}}var gd=/^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;function _d(i){let t=gd.exec(i),e=255,s,n,r;if(t){if(t[7]!==s){let a=+t[7];e=t[8]?Pi(a):_e(a*255,0,255)}return s=+t[1],n=+t[3],r=+t[5],s=255&(t[2]?Pi(s):_e(s,0,255)),n=255&(t[4]?Pi(n):_e(n,0,255)),r=255&(t[6]?Pi(r):_e(r,0,255)),{r:s,g:n,b:r,a:e}}}function bd(i){return i&&(i.a<255?`rgba(${i.r}, ${i.g}, ${i.b}, ${ee(i.a)})`:`rgb(${i.r}, ${i.g}, ${i.b})`)}var Rn=i=>i<=.0031308?i*12.92:Math.pow(i,1/2.4)*1.055-.055,ni=i=>i<=.04045?i/12.92:Math.pow((i+.055)/1.055,2.4);function yd(i,t,e){let s=ni(ee(i.r)),n=ni(ee(i.g)),r=ni(ee(i.b));return{r:be(Rn(s+e*(ni(ee(t.r))-s))),g:be(Rn(n+e*(ni(ee(t.g))-n))),b:be(Rn(r+e*(ni(ee(t.b))-r))),a:i.a+e*(t.a-i.a)}}function vs(i,t,e){if(i){let s=Fn(i);s[t]=Math.max(0,Math.min(s[t]+s[t]*e,t===0?360:1)),s=jn(s),i.r=s[0],i.g=s[1],i.b=s[2]}}function Ga(i,t){return i&&Object.assign(t||{},i)}function Ya(i){var t={r:0,g:0,b:0,a:255};return Array.isArray(i)?i.length>=3&&(t={r:i[0],g:i[1],b:i[2],a:255},i.length>3&&(t.a=be(i[3]))):(t=Ga(i,{r:0,g:0,b:0,a:1}),t.a=be(t.a)),t}function xd(i){return i.charAt(0)==="r"?_d(i):hd(i)}var Ci=class i{constructor(t){if(t instanceof i)return t;let e=typeof t,s;e==="object"?s=Ya(t):e==="string"&&(s=id(t)||md(t)||xd(t)),this._rgb=s,this._valid=!!s}get valid(){return this._valid}get rgb(){var t=Ga(this._rgb);return t&&(t.a=ee(t.a)),t}set rgb(t){this._rgb=Ya(t)}rgbString(){return this._valid?bd(this._rgb):void 0}hexString(){return this._valid?nd(this._rgb):void 0}hslString(){return this._valid?pd(this._rgb):void 0}mix(t,e){if(t){let s=this.rgb,n=t.rgb,r,a=e===r?.5:e,o=2*a-1,l=s.a-n.a,c=((o*l===-1?o:(o+l)/(1+o*l))+1)/2;r=1-c,s.r=255&c*s.r+r*n.r+.5,s.g=255&c*s.g+r*n.g+.5,s.b=255&c*s.b+r*n.b+.5,s.a=a*s.a+(1-a)*n.a,this.rgb=s}return this}interpolate(t,e){return t&&(this._rgb=yd(this._rgb,t._rgb,e)),this}clone(){return new i(this.rgb)}alpha(t){return this._rgb.a=be(t),this}clearer(t){let e=this._rgb;return e.a*=1-t,this}greyscale(){let t=this._rgb,e=Ti(t.r*.3+t.g*.59+t.b*.11);return t.r=t.g=t.b=e,this}opaquer(t){let e=this._rgb;return e.a*=1+t,this}negate(){let t=this._rgb;return t.r=255-t.r,t.g=255-t.g,t.b=255-t.b,this}lighten(t){return vs(this._rgb,2,t),this}darken(t){return vs(this._rgb,2,-t),this}saturate(t){return vs(this._rgb,1,t),this}desaturate(t){return vs(this._rgb,1,-t),this}rotate(t){return ud(this._rgb,t),this}};function Yt(){}var oo=(()=>{let i=0;return()=>i++})();function j(i){return i==null}function J(i){if(Array.isArray&&Array.isArray(i))return!0;let t=Object.prototype.toString.call(i);return t.slice(0,7)==="[object"&&t.slice(-6)==="Array]"}function N(i){return i!==null&&Object.prototype.toString.call(i)==="[object Object]"}function dt(i){return(typeof i=="number"||i instanceof Number)&&isFinite(+i)}function St(i,t){return dt(i)?i:t}function L(i,t){return typeof i>"u"?t:i}var lo=(i,t)=>typeof i=="string"&&i.endsWith("%")?parseFloat(i)/100*t:+i;function X(i,t,e){if(i&&typeof i.call=="function")return i.apply(e,t)}function U(i,t,e,s){let n,r,a;if(J(i))if(r=i.length,s)for(n=r-1;n>=0;n--)t.call(e,i[n],n);else for(n=0;n<r;n++)t.call(e,i[n],n);else if(N(i))for(a=Object.keys(i),r=a.length,n=0;n<r;n++)t.call(e,i[a[n]],a[n])}function Li(i,t){let e,s,n,r;if(!i||!t||i.length!==t.length)return!1;for(e=0,s=i.length;e<s;++e)if(n=i[e],r=t[e],n.datasetIndex!==r.datasetIndex||n.index!==r.index)return!1;return!0}function Ss(i){if(J(i))return i.map(Ss);if(N(i)){let t=Object.create(null),e=Object.keys(i),s=e.length,n=0;for(;n<s;++n)t[e[n]]=Ss(i[e[n]]);return t}return i}function co(i){return["__proto__","prototype","constructor"].indexOf(i)===-1}function vd(i,t,e,s){if(!co(i))return;let n=t[i],r=e[i];N(n)&&N(r)?ai(n,r,s):t[i]=Ss(r)}function ai(i,t,e){let s=J(t)?t:[t],n=s.length;if(!N(i))return i;e=e||{};let r=e.merger||vd,a;for(let o=0;o<n;++o){if(a=s[o],!N(a))continue;let l=Object.keys(a);for(let c=0,d=l.length;c<d;++c)r(l[c],i,a,e)}return i}function li(i,t){return ai(i,t,{merger:$d})}function $d(i,t,e){if(!co(i))return;let s=t[i],n=e[i];N(s)&&N(n)?li(s,n):Object.prototype.hasOwnProperty.call(t,i)||(t[i]=Ss(n))}var Ka={"":i=>i,x:i=>i.x,y:i=>i.y};function wd(i){let t=i.split("."),e=[],s="";for(let n of t)s+=n,s.endsWith("\\")?s=s.slice(0,-1)+".":(e.push(s),s="");return e}function kd(i){let t=wd(i);return e=>{for(let s of t){if(s==="")break;e=e&&e[s]}return e}}function qe(i,t){return(Ka[t]||(Ka[t]=kd(t)))(i)}function Ps(i){return i.charAt(0).toUpperCase()+i.slice(1)}var ci=i=>typeof i<"u",ie=i=>typeof i=="function",Bn=(i,t)=>{if(i.size!==t.size)return!1;for(let e of i)if(!t.has(e))return!1;return!0};function ho(i){return i.type==="mouseup"||i.type==="click"||i.type==="contextmenu"}var ct=Math.PI,Pt=2*ct,Sd=Pt+ct,Ms=Number.POSITIVE_INFINITY,Md=ct/180,wt=ct/2,Ve=ct/4,Ja=ct*2/3,se=Math.log10,Nt=Math.sign;function di(i,t,e){return Math.abs(i-t)<e}function Wn(i){let t=Math.round(i);i=di(i,t,i/1e3)?t:i;let e=Math.pow(10,Math.floor(se(i))),s=i/e;return(s<=1?1:s<=2?2:s<=5?5:10)*e}function uo(i){let t=[],e=Math.sqrt(i),s;for(s=1;s<e;s++)i%s===0&&(t.push(s),t.push(i/s));return e===(e|0)&&t.push(e),t.sort((n,r)=>n-r).pop(),t}function Ad(i){return typeof i=="symbol"||typeof i=="object"&&i!==null&&!(Symbol.toPrimitive in i||"toString"in i||"valueOf"in i)}function hi(i){return!Ad(i)&&!isNaN(parseFloat(i))&&isFinite(i)}function po(i,t){let e=Math.round(i);return e-t<=i&&e+t>=i}function qn(i,t,e){let s,n,r;for(s=0,n=i.length;s<n;s++)r=i[s][e],isNaN(r)||(t.min=Math.min(t.min,r),t.max=Math.max(t.max,r))}function ne(i){return i*(ct/180)}function Cs(i){return i*(180/ct)}function Un(i){if(!dt(i))return;let t=1,e=0;for(;Math.round(i*t)/t!==i;)t*=10,e++;return e}function fo(i,t){let e=t.x-i.x,s=t.y-i.y,n=Math.sqrt(e*e+s*s),r=Math.atan2(s,e);return r<-.5*ct&&(r+=Pt),{angle:r,distance:n}}function As(i,t){return Math.sqrt(Math.pow(t.x-i.x,2)+Math.pow(t.y-i.y,2))}function Dd(i,t){return(i-t+Sd)%Pt-ct}function Ot(i){return(i%Pt+Pt)%Pt}function Yn(i,t,e,s){let n=Ot(i),r=Ot(t),a=Ot(e),o=Ot(r-n),l=Ot(a-n),c=Ot(n-r),d=Ot(n-a);return n===r||n===a||s&&r===a||o>l&&c<d}function kt(i,t,e){return Math.max(t,Math.min(e,i))}function mo(i){return kt(i,-32768,32767)}function $e(i,t,e,s=1e-6){return i>=Math.min(t,e)-s&&i<=Math.max(t,e)+s}function Ts(i,t,e){e=e||(a=>i[a]<t);let s=i.length-1,n=0,r;for(;s-n>1;)r=n+s>>1,e(r)?n=r:s=r;return{lo:n,hi:s}}var xe=(i,t,e,s)=>Ts(i,e,s?n=>{let r=i[n][t];return r<e||r===e&&i[n+1][t]===e}:n=>i[n][t]<e),go=(i,t,e)=>Ts(i,e,s=>i[s][t]>=e);function _o(i,t,e){let s=0,n=i.length;for(;s<n&&i[s]<t;)s++;for(;n>s&&i[n-1]>e;)n--;return s>0||n<i.length?i.slice(s,n):i}var bo=["push","pop","shift","splice","unshift"];function yo(i,t){if(i._chartjs){i._chartjs.listeners.push(t);return}Object.defineProperty(i,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[t]}}),bo.forEach(e=>{let s="_onData"+Ps(e),n=i[e];Object.defineProperty(i,e,{configurable:!0,enumerable:!1,value(...r){let a=n.apply(this,r);return i._chartjs.listeners.forEach(o=>{typeof o[s]=="function"&&o[s](...r)}),a}})})}function Xn(i,t){let e=i._chartjs;if(!e)return;let s=e.listeners,n=s.indexOf(t);n!==-1&&s.splice(n,1),!(s.length>0)&&(bo.forEach(r=>{delete i[r]}),delete i._chartjs)}function Zn(i){let t=new Set(i);return t.size===i.length?i:Array.from(t)}var Gn=(function(){return typeof window>"u"?function(i){return i()}:window.requestAnimationFrame})();function Kn(i,t){let e=[],s=!1;return function(...n){e=n,s||(s=!0,Gn.call(window,()=>{s=!1,i.apply(t,e)}))}}function xo(i,t){let e;return function(...s){return t?(clearTimeout(e),e=setTimeout(i,t,s)):i.apply(this,s),t}}var Jn=i=>i==="start"?"left":i==="end"?"right":"center",Mt=(i,t,e)=>i==="start"?t:i==="end"?e:(t+e)/2,vo=(i,t,e,s)=>i===(s?"left":"right")?e:i==="center"?(t+e)/2:t;function $o(i,t,e){let s=t.length,n=0,r=s;if(i._sorted){let{iScale:a,vScale:o,_parsed:l}=i,c=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null,d=a.axis,{min:h,max:u,minDefined:p,maxDefined:g}=a.getUserBounds();if(p){if(n=Math.min(xe(l,d,h).lo,e?s:xe(t,d,a.getPixelForValue(h)).lo),c){let m=l.slice(0,n+1).reverse().findIndex(_=>!j(_[o.axis]));n-=Math.max(0,m)}n=kt(n,0,s-1)}if(g){let m=Math.max(xe(l,a.axis,u,!0).hi+1,e?0:xe(t,d,a.getPixelForValue(u),!0).hi+1);if(c){let _=l.slice(m-1).findIndex(x=>!j(x[o.axis]));m+=Math.max(0,_)}r=kt(m,n,s)-n}else r=s-n}return{start:n,count:r}}function wo(i){let{xScale:t,yScale:e,_scaleRanges:s}=i,n={xmin:t.min,xmax:t.max,ymin:e.min,ymax:e.max};if(!s)return i._scaleRanges=n,!0;let r=s.xmin!==t.min||s.xmax!==t.max||s.ymin!==e.min||s.ymax!==e.max;return Object.assign(s,n),r}var $s=i=>i===0||i===1,Qa=(i,t,e)=>-(Math.pow(2,10*(i-=1))*Math.sin((i-t)*Pt/e)),to=(i,t,e)=>Math.pow(2,-10*i)*Math.sin((i-t)*Pt/e)+1,ri={linear:i=>i,easeInQuad:i=>i*i,easeOutQuad:i=>-i*(i-2),easeInOutQuad:i=>(i/=.5)<1?.5*i*i:-.5*(--i*(i-2)-1),easeInCubic:i=>i*i*i,easeOutCubic:i=>(i-=1)*i*i+1,easeInOutCubic:i=>(i/=.5)<1?.5*i*i*i:.5*((i-=2)*i*i+2),easeInQuart:i=>i*i*i*i,easeOutQuart:i=>-((i-=1)*i*i*i-1),easeInOutQuart:i=>(i/=.5)<1?.5*i*i*i*i:-.5*((i-=2)*i*i*i-2),easeInQuint:i=>i*i*i*i*i,easeOutQuint:i=>(i-=1)*i*i*i*i+1,easeInOutQuint:i=>(i/=.5)<1?.5*i*i*i*i*i:.5*((i-=2)*i*i*i*i+2),easeInSine:i=>-Math.cos(i*wt)+1,easeOutSine:i=>Math.sin(i*wt),easeInOutSine:i=>-.5*(Math.cos(ct*i)-1),easeInExpo:i=>i===0?0:Math.pow(2,10*(i-1)),easeOutExpo:i=>i===1?1:-Math.pow(2,-10*i)+1,easeInOutExpo:i=>$s(i)?i:i<.5?.5*Math.pow(2,10*(i*2-1)):.5*(-Math.pow(2,-10*(i*2-1))+2),easeInCirc:i=>i>=1?i:-(Math.sqrt(1-i*i)-1),easeOutCirc:i=>Math.sqrt(1-(i-=1)*i),easeInOutCirc:i=>(i/=.5)<1?-.5*(Math.sqrt(1-i*i)-1):.5*(Math.sqrt(1-(i-=2)*i)+1),easeInElastic:i=>$s(i)?i:Qa(i,.075,.3),easeOutElastic:i=>$s(i)?i:to(i,.075,.3),easeInOutElastic(i){return $s(i)?i:i<.5?.5*Qa(i*2,.1125,.45):.5+.5*to(i*2-1,.1125,.45)},easeInBack(i){return i*i*((1.70158+1)*i-1.70158)},easeOutBack(i){return(i-=1)*i*((1.70158+1)*i+1.70158)+1},easeInOutBack(i){let t=1.70158;return(i/=.5)<1?.5*(i*i*(((t*=1.525)+1)*i-t)):.5*((i-=2)*i*(((t*=1.525)+1)*i+t)+2)},easeInBounce:i=>1-ri.easeOutBounce(1-i),easeOutBounce(i){return i<1/2.75?7.5625*i*i:i<2/2.75?7.5625*(i-=1.5/2.75)*i+.75:i<2.5/2.75?7.5625*(i-=2.25/2.75)*i+.9375:7.5625*(i-=2.625/2.75)*i+.984375},easeInOutBounce:i=>i<.5?ri.easeInBounce(i*2)*.5:ri.easeOutBounce(i*2-1)*.5+.5};function Qn(i){if(i&&typeof i=="object"){let t=i.toString();return t==="[object CanvasPattern]"||t==="[object CanvasGradient]"}return!1}function tr(i){return Qn(i)?i:new Ci(i)}function Hn(i){return Qn(i)?i:new Ci(i).saturate(.5).darken(.1).hexString()}var Pd=["x","y","borderWidth","radius","tension"],Cd=["color","borderColor","backgroundColor"];function Td(i){i.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),i.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:t=>t!=="onProgress"&&t!=="onComplete"&&t!=="fn"}),i.set("animations",{colors:{type:"color",properties:Cd},numbers:{type:"number",properties:Pd}}),i.describe("animations",{_fallback:"animation"}),i.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:t=>t|0}}}})}function Ed(i){i.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})}var eo=new Map;function zd(i,t){t=t||{};let e=i+JSON.stringify(t),s=eo.get(e);return s||(s=new Intl.NumberFormat(i,t),eo.set(e,s)),s}function Es(i,t,e){return zd(t,e).format(i)}var ko={values(i){return J(i)?i:""+i},numeric(i,t,e){if(i===0)return"0";let s=this.chart.options.locale,n,r=i;if(e.length>1){let c=Math.max(Math.abs(e[0].value),Math.abs(e[e.length-1].value));(c<1e-4||c>1e15)&&(n="scientific"),r=Ld(i,e)}let a=se(Math.abs(r)),o=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:n,minimumFractionDigits:o,maximumFractionDigits:o};return Object.assign(l,this.options.ticks.format),Es(i,s,l)},logarithmic(i,t,e){if(i===0)return"0";let s=e[t].significand||i/Math.pow(10,Math.floor(se(i)));return[1,2,3,5,10,15].includes(s)||t>.8*e.length?ko.numeric.call(this,i,t,e):""}};function Ld(i,t){let e=t.length>3?t[2].value-t[1].value:t[1].value-t[0].value;return Math.abs(e)>=1&&i!==Math.floor(i)&&(e=i-Math.floor(i)),e}var Ri={formatters:ko};function Rd(i){i.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(t,e)=>e.lineWidth,tickColor:(t,e)=>e.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:Ri.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),i.route("scale.ticks","color","","color"),i.route("scale.grid","color","","borderColor"),i.route("scale.border","color","","borderColor"),i.route("scale.title","color","","color"),i.describe("scale",{_fallback:!1,_scriptable:t=>!t.startsWith("before")&&!t.startsWith("after")&&t!=="callback"&&t!=="parser",_indexable:t=>t!=="borderDash"&&t!=="tickBorderDash"&&t!=="dash"}),i.describe("scales",{_fallback:"scale"}),i.describe("scale.ticks",{_scriptable:t=>t!=="backdropPadding"&&t!=="callback",_indexable:t=>t!=="backdropPadding"})}var we=Object.create(null),zs=Object.create(null);function Ei(i,t){if(!t)return i;let e=t.split(".");for(let s=0,n=e.length;s<n;++s){let r=e[s];i=i[r]||(i[r]=Object.create(null))}return i}function Nn(i,t,e){return typeof t=="string"?ai(Ei(i,t),e):ai(Ei(i,""),t)}var Vn=class{constructor(t,e){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=s=>s.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(s,n)=>Hn(n.backgroundColor),this.hoverBorderColor=(s,n)=>Hn(n.borderColor),this.hoverColor=(s,n)=>Hn(n.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(t),this.apply(e)}set(t,e){return Nn(this,t,e)}get(t){return Ei(this,t)}describe(t,e){return Nn(zs,t,e)}override(t,e){return Nn(we,t,e)}route(t,e,s,n){let r=Ei(this,t),a=Ei(this,s),o="_"+e;Object.defineProperties(r,{[o]:{value:r[e],writable:!0},[e]:{enumerable:!0,get(){let l=this[o],c=a[n];return N(l)?Object.assign({},c,l):L(l,c)},set(l){this[o]=l}}})}apply(t){t.forEach(e=>e(this))}},et=new Vn({_scriptable:i=>!i.startsWith("on"),_indexable:i=>i!=="events",hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[Td,Ed,Rd]);function Od(i){return!i||j(i.size)||j(i.family)?null:(i.style?i.style+" ":"")+(i.weight?i.weight+" ":"")+i.size+"px "+i.family}function zi(i,t,e,s,n){let r=t[n];return r||(r=t[n]=i.measureText(n).width,e.push(n)),r>s&&(s=r),s}function So(i,t,e,s){s=s||{};let n=s.data=s.data||{},r=s.garbageCollect=s.garbageCollect||[];s.font!==t&&(n=s.data={},r=s.garbageCollect=[],s.font=t),i.save(),i.font=t;let a=0,o=e.length,l,c,d,h,u;for(l=0;l<o;l++)if(h=e[l],h!=null&&!J(h))a=zi(i,n,r,a,h);else if(J(h))for(c=0,d=h.length;c<d;c++)u=h[c],u!=null&&!J(u)&&(a=zi(i,n,r,a,u));i.restore();let p=r.length/2;if(p>e.length){for(l=0;l<p;l++)delete n[r[l]];r.splice(0,p)}return a}function ke(i,t,e){let s=i.currentDevicePixelRatio,n=e!==0?Math.max(e/2,.5):0;return Math.round((t-n)*s)/s+n}function er(i,t){!t&&!i||(t=t||i.getContext("2d"),t.save(),t.resetTransform(),t.clearRect(0,0,i.width,i.height),t.restore())}function Ls(i,t,e,s){ir(i,t,e,s,null)}function ir(i,t,e,s,n){let r,a,o,l,c,d,h,u,p=t.pointStyle,g=t.rotation,m=t.radius,_=(g||0)*Md;if(p&&typeof p=="object"&&(r=p.toString(),r==="[object HTMLImageElement]"||r==="[object HTMLCanvasElement]")){i.save(),i.translate(e,s),i.rotate(_),i.drawImage(p,-p.width/2,-p.height/2,p.width,p.height),i.restore();return}if(!(isNaN(m)||m<=0)){switch(i.beginPath(),p){default:n?i.ellipse(e,s,n/2,m,0,0,Pt):i.arc(e,s,m,0,Pt),i.closePath();break;case"triangle":d=n?n/2:m,i.moveTo(e+Math.sin(_)*d,s-Math.cos(_)*m),_+=Ja,i.lineTo(e+Math.sin(_)*d,s-Math.cos(_)*m),_+=Ja,i.lineTo(e+Math.sin(_)*d,s-Math.cos(_)*m),i.closePath();break;case"rectRounded":c=m*.516,l=m-c,a=Math.cos(_+Ve)*l,h=Math.cos(_+Ve)*(n?n/2-c:l),o=Math.sin(_+Ve)*l,u=Math.sin(_+Ve)*(n?n/2-c:l),i.arc(e-h,s-o,c,_-ct,_-wt),i.arc(e+u,s-a,c,_-wt,_),i.arc(e+h,s+o,c,_,_+wt),i.arc(e-u,s+a,c,_+wt,_+ct),i.closePath();break;case"rect":if(!g){l=Math.SQRT1_2*m,d=n?n/2:l,i.rect(e-d,s-l,2*d,2*l);break}_+=Ve;case"rectRot":h=Math.cos(_)*(n?n/2:m),a=Math.cos(_)*m,o=Math.sin(_)*m,u=Math.sin(_)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+u,s-a),i.lineTo(e+h,s+o),i.lineTo(e-u,s+a),i.closePath();break;case"crossRot":_+=Ve;case"cross":h=Math.cos(_)*(n?n/2:m),a=Math.cos(_)*m,o=Math.sin(_)*m,u=Math.sin(_)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"star":h=Math.cos(_)*(n?n/2:m),a=Math.cos(_)*m,o=Math.sin(_)*m,u=Math.sin(_)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a),_+=Ve,h=Math.cos(_)*(n?n/2:m),a=Math.cos(_)*m,o=Math.sin(_)*m,u=Math.sin(_)*(n?n/2:m),i.moveTo(e-h,s-o),i.lineTo(e+h,s+o),i.moveTo(e+u,s-a),i.lineTo(e-u,s+a);break;case"line":a=n?n/2:Math.cos(_)*m,o=Math.sin(_)*m,i.moveTo(e-a,s-o),i.lineTo(e+a,s+o);break;case"dash":i.moveTo(e,s),i.lineTo(e+Math.cos(_)*(n?n/2:m),s+Math.sin(_)*m);break;case!1:i.closePath();break}i.fill(),t.borderWidth>0&&i.stroke()}}function Ut(i,t,e){return e=e||.5,!t||i&&i.x>t.left-e&&i.x<t.right+e&&i.y>t.top-e&&i.y<t.bottom+e}function Rs(i,t){i.save(),i.beginPath(),i.rect(t.left,t.top,t.right-t.left,t.bottom-t.top),i.clip()}function Os(i){i.restore()}function Mo(i,t,e,s,n){if(!t)return i.lineTo(e.x,e.y);if(n==="middle"){let r=(t.x+e.x)/2;i.lineTo(r,t.y),i.lineTo(r,e.y)}else n==="after"!=!!s?i.lineTo(t.x,e.y):i.lineTo(e.x,t.y);i.lineTo(e.x,e.y)}function Ao(i,t,e,s){if(!t)return i.lineTo(e.x,e.y);i.bezierCurveTo(s?t.cp1x:t.cp2x,s?t.cp1y:t.cp2y,s?e.cp2x:e.cp1x,s?e.cp2y:e.cp1y,e.x,e.y)}function Fd(i,t){t.translation&&i.translate(t.translation[0],t.translation[1]),j(t.rotation)||i.rotate(t.rotation),t.color&&(i.fillStyle=t.color),t.textAlign&&(i.textAlign=t.textAlign),t.textBaseline&&(i.textBaseline=t.textBaseline)}function Id(i,t,e,s,n){if(n.strikethrough||n.underline){let r=i.measureText(s),a=t-r.actualBoundingBoxLeft,o=t+r.actualBoundingBoxRight,l=e-r.actualBoundingBoxAscent,c=e+r.actualBoundingBoxDescent,d=n.strikethrough?(l+c)/2:c;i.strokeStyle=i.fillStyle,i.beginPath(),i.lineWidth=n.decorationWidth||2,i.moveTo(a,d),i.lineTo(o,d),i.stroke()}}function jd(i,t){let e=i.fillStyle;i.fillStyle=t.color,i.fillRect(t.left,t.top,t.width,t.height),i.fillStyle=e}function Ue(i,t,e,s,n,r={}){let a=J(t)?t:[t],o=r.strokeWidth>0&&r.strokeColor!=="",l,c;for(i.save(),i.font=n.string,Fd(i,r),l=0;l<a.length;++l)c=a[l],r.backdrop&&jd(i,r.backdrop),o&&(r.strokeColor&&(i.strokeStyle=r.strokeColor),j(r.strokeWidth)||(i.lineWidth=r.strokeWidth),i.strokeText(c,e,s,r.maxWidth)),i.fillText(c,e,s,r.maxWidth),Id(i,e,s,c,r),s+=Number(n.lineHeight);i.restore()}function ui(i,t){let{x:e,y:s,w:n,h:r,radius:a}=t;i.arc(e+a.topLeft,s+a.topLeft,a.topLeft,1.5*ct,ct,!0),i.lineTo(e,s+r-a.bottomLeft),i.arc(e+a.bottomLeft,s+r-a.bottomLeft,a.bottomLeft,ct,wt,!0),i.lineTo(e+n-a.bottomRight,s+r),i.arc(e+n-a.bottomRight,s+r-a.bottomRight,a.bottomRight,wt,0,!0),i.lineTo(e+n,s+a.topRight),i.arc(e+n-a.topRight,s+a.topRight,a.topRight,0,-wt,!0),i.lineTo(e+a.topLeft,s)}var Hd=/^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/,Nd=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function Vd(i,t){let e=(""+i).match(Hd);if(!e||e[1]==="normal")return t*1.2;switch(i=+e[2],e[3]){case"px":return i;case"%":i/=100;break}return t*i}var Bd=i=>+i||0;function sr(i,t){let e={},s=N(t),n=s?Object.keys(t):t,r=N(i)?s?a=>L(i[a],i[t[a]]):a=>i[a]:()=>i;for(let a of n)e[a]=Bd(r(a));return e}function nr(i){return sr(i,{top:"y",right:"x",bottom:"y",left:"x"})}function Se(i){return sr(i,["topLeft","topRight","bottomLeft","bottomRight"])}function yt(i){let t=nr(i);return t.width=t.left+t.right,t.height=t.top+t.bottom,t}function pt(i,t){i=i||{},t=t||et.font;let e=L(i.size,t.size);typeof e=="string"&&(e=parseInt(e,10));let s=L(i.style,t.style);s&&!(""+s).match(Nd)&&(console.warn('Invalid font style specified: "'+s+'"'),s=void 0);let n={family:L(i.family,t.family),lineHeight:Vd(L(i.lineHeight,t.lineHeight),e),size:e,style:s,weight:L(i.weight,t.weight),string:""};return n.string=Od(n),n}function Oi(i,t,e,s){let n=!0,r,a,o;for(r=0,a=i.length;r<a;++r)if(o=i[r],o!==void 0&&(t!==void 0&&typeof o=="function"&&(o=o(t),n=!1),e!==void 0&&J(o)&&(o=o[e%o.length],n=!1),o!==void 0))return s&&!n&&(s.cacheable=!1),o}function Do(i,t,e){let{min:s,max:n}=i,r=lo(t,(n-s)/2),a=(o,l)=>e&&o===0?0:o+l;return{min:a(s,-Math.abs(r)),max:a(n,r)}}function re(i,t){return Object.assign(Object.create(i),t)}function Fs(i,t=[""],e,s,n=()=>i[0]){let r=e||i;typeof s>"u"&&(s=To("_fallback",i));let a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:i,_rootScopes:r,_fallback:s,_getTarget:n,override:o=>Fs([o,...i],t,r,s)};return new Proxy(a,{deleteProperty(o,l){return delete o[l],delete o._keys,delete i[0][l],!0},get(o,l){return Po(o,l,()=>Kd(l,t,i,o))},getOwnPropertyDescriptor(o,l){return Reflect.getOwnPropertyDescriptor(o._scopes[0],l)},getPrototypeOf(){return Reflect.getPrototypeOf(i[0])},has(o,l){return so(o).includes(l)},ownKeys(o){return so(o)},set(o,l,c){let d=o._storage||(o._storage=n());return o[l]=d[l]=c,delete o._keys,!0}})}function We(i,t,e,s){let n={_cacheable:!1,_proxy:i,_context:t,_subProxy:e,_stack:new Set,_descriptors:rr(i,s),setContext:r=>We(i,r,e,s),override:r=>We(i.override(r),t,e,s)};return new Proxy(n,{deleteProperty(r,a){return delete r[a],delete i[a],!0},get(r,a,o){return Po(r,a,()=>qd(r,a,o))},getOwnPropertyDescriptor(r,a){return r._descriptors.allKeys?Reflect.has(i,a)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(i,a)},getPrototypeOf(){return Reflect.getPrototypeOf(i)},has(r,a){return Reflect.has(i,a)},ownKeys(){return Reflect.ownKeys(i)},set(r,a,o){return i[a]=o,delete r[a],!0}})}function rr(i,t={scriptable:!0,indexable:!0}){let{_scriptable:e=t.scriptable,_indexable:s=t.indexable,_allKeys:n=t.allKeys}=i;return{allKeys:n,scriptable:e,indexable:s,isScriptable:ie(e)?e:()=>e,isIndexable:ie(s)?s:()=>s}}var Wd=(i,t)=>i?i+Ps(t):t,ar=(i,t)=>N(t)&&i!=="adapters"&&(Object.getPrototypeOf(t)===null||t.constructor===Object);function Po(i,t,e){if(Object.prototype.hasOwnProperty.call(i,t)||t==="constructor")return i[t];let s=e();return i[t]=s,s}function qd(i,t,e){let{_proxy:s,_context:n,_subProxy:r,_descriptors:a}=i,o=s[t];return ie(o)&&a.isScriptable(t)&&(o=Ud(t,o,i,e)),J(o)&&o.length&&(o=Yd(t,o,i,a.isIndexable)),ar(t,o)&&(o=We(o,n,r&&r[t],a)),o}function Ud(i,t,e,s){let{_proxy:n,_context:r,_subProxy:a,_stack:o}=e;if(o.has(i))throw new Error("Recursion detected: "+Array.from(o).join("->")+"->"+i);o.add(i);let l=t(r,a||s);return o.delete(i),ar(i,l)&&(l=or(n._scopes,n,i,l)),l}function Yd(i,t,e,s){let{_proxy:n,_context:r,_subProxy:a,_descriptors:o}=e;if(typeof r.index<"u"&&s(i))return t[r.index%t.length];if(N(t[0])){let l=t,c=n._scopes.filter(d=>d!==l);t=[];for(let d of l){let h=or(c,n,i,d);t.push(We(h,r,a&&a[i],o))}}return t}function Co(i,t,e){return ie(i)?i(t,e):i}var Xd=(i,t)=>i===!0?t:typeof i=="string"?qe(t,i):void 0;function Zd(i,t,e,s,n){for(let r of t){let a=Xd(e,r);if(a){i.add(a);let o=Co(a._fallback,e,n);if(typeof o<"u"&&o!==e&&o!==s)return o}else if(a===!1&&typeof s<"u"&&e!==s)return null}return!1}function or(i,t,e,s){let n=t._rootScopes,r=Co(t._fallback,e,s),a=[...i,...n],o=new Set;o.add(s);let l=io(o,a,e,r||e,s);return l===null||typeof r<"u"&&r!==e&&(l=io(o,a,r,l,s),l===null)?!1:Fs(Array.from(o),[""],n,r,()=>Gd(t,e,s))}function io(i,t,e,s,n){for(;e;)e=Zd(i,t,e,s,n);return e}function Gd(i,t,e){let s=i._getTarget();t in s||(s[t]={});let n=s[t];return J(n)&&N(e)?e:n||{}}function Kd(i,t,e,s){let n;for(let r of t)if(n=To(Wd(r,i),e),typeof n<"u")return ar(i,n)?or(e,s,i,n):n}function To(i,t){for(let e of t){if(!e)continue;let s=e[i];if(typeof s<"u")return s}}function so(i){let t=i._keys;return t||(t=i._keys=Jd(i._scopes)),t}function Jd(i){let t=new Set;for(let e of i)for(let s of Object.keys(e).filter(n=>!n.startsWith("_")))t.add(s);return Array.from(t)}var Qd=Number.EPSILON||1e-14,oi=(i,t)=>t<i.length&&!i[t].skip&&i[t],Eo=i=>i==="x"?"y":"x";function th(i,t,e,s){let n=i.skip?t:i,r=t,a=e.skip?t:e,o=As(r,n),l=As(a,r),c=o/(o+l),d=l/(o+l);c=isNaN(c)?0:c,d=isNaN(d)?0:d;let h=s*c,u=s*d;return{previous:{x:r.x-h*(a.x-n.x),y:r.y-h*(a.y-n.y)},next:{x:r.x+u*(a.x-n.x),y:r.y+u*(a.y-n.y)}}}function eh(i,t,e){let s=i.length,n,r,a,o,l,c=oi(i,0);for(let d=0;d<s-1;++d)if(l=c,c=oi(i,d+1),!(!l||!c)){if(di(t[d],0,Qd)){e[d]=e[d+1]=0;continue}n=e[d]/t[d],r=e[d+1]/t[d],o=Math.pow(n,2)+Math.pow(r,2),!(o<=9)&&(a=3/Math.sqrt(o),e[d]=n*a*t[d],e[d+1]=r*a*t[d])}}function ih(i,t,e="x"){let s=Eo(e),n=i.length,r,a,o,l=oi(i,0);for(let c=0;c<n;++c){if(a=o,o=l,l=oi(i,c+1),!o)continue;let d=o[e],h=o[s];a&&(r=(d-a[e])/3,o[`cp1${e}`]=d-r,o[`cp1${s}`]=h-r*t[c]),l&&(r=(l[e]-d)/3,o[`cp2${e}`]=d+r,o[`cp2${s}`]=h+r*t[c])}}function sh(i,t="x"){let e=Eo(t),s=i.length,n=Array(s).fill(0),r=Array(s),a,o,l,c=oi(i,0);for(a=0;a<s;++a)if(o=l,l=c,c=oi(i,a+1),!!l){if(c){let d=c[t]-l[t];n[a]=d!==0?(c[e]-l[e])/d:0}r[a]=o?c?Nt(n[a-1])!==Nt(n[a])?0:(n[a-1]+n[a])/2:n[a-1]:n[a]}eh(i,n,r),ih(i,r,t)}function ws(i,t,e){return Math.max(Math.min(i,e),t)}function nh(i,t){let e,s,n,r,a,o=Ut(i[0],t);for(e=0,s=i.length;e<s;++e)a=r,r=o,o=e<s-1&&Ut(i[e+1],t),r&&(n=i[e],a&&(n.cp1x=ws(n.cp1x,t.left,t.right),n.cp1y=ws(n.cp1y,t.top,t.bottom)),o&&(n.cp2x=ws(n.cp2x,t.left,t.right),n.cp2y=ws(n.cp2y,t.top,t.bottom)))}function zo(i,t,e,s,n){let r,a,o,l;if(t.spanGaps&&(i=i.filter(c=>!c.skip)),t.cubicInterpolationMode==="monotone")sh(i,n);else{let c=s?i[i.length-1]:i[0];for(r=0,a=i.length;r<a;++r)o=i[r],l=th(c,o,i[Math.min(r+1,a-(s?0:1))%a],t.tension),o.cp1x=l.previous.x,o.cp1y=l.previous.y,o.cp2x=l.next.x,o.cp2y=l.next.y,c=o}t.capBezierPoints&&nh(i,e)}function Is(){return typeof window<"u"&&typeof document<"u"}function js(i){let t=i.parentNode;return t&&t.toString()==="[object ShadowRoot]"&&(t=t.host),t}function Ds(i,t,e){let s;return typeof i=="string"?(s=parseInt(i,10),i.indexOf("%")!==-1&&(s=s/100*t.parentNode[e])):s=i,s}var Hs=i=>i.ownerDocument.defaultView.getComputedStyle(i,null);function rh(i,t){return Hs(i).getPropertyValue(t)}var ah=["top","right","bottom","left"];function Be(i,t,e){let s={};e=e?"-"+e:"";for(let n=0;n<4;n++){let r=ah[n];s[r]=parseFloat(i[t+"-"+r+e])||0}return s.width=s.left+s.right,s.height=s.top+s.bottom,s}var oh=(i,t,e)=>(i>0||t>0)&&(!e||!e.shadowRoot);function lh(i,t){let e=i.touches,s=e&&e.length?e[0]:i,{offsetX:n,offsetY:r}=s,a=!1,o,l;if(oh(n,r,i.target))o=n,l=r;else{let c=t.getBoundingClientRect();o=s.clientX-c.left,l=s.clientY-c.top,a=!0}return{x:o,y:l,box:a}}function Me(i,t){if("native"in i)return i;let{canvas:e,currentDevicePixelRatio:s}=t,n=Hs(e),r=n.boxSizing==="border-box",a=Be(n,"padding"),o=Be(n,"border","width"),{x:l,y:c,box:d}=lh(i,e),h=a.left+(d&&o.left),u=a.top+(d&&o.top),{width:p,height:g}=t;return r&&(p-=a.width+o.width,g-=a.height+o.height),{x:Math.round((l-h)/p*e.width/s),y:Math.round((c-u)/g*e.height/s)}}function ch(i,t,e){let s,n;if(t===void 0||e===void 0){let r=i&&js(i);if(!r)t=i.clientWidth,e=i.clientHeight;else{let a=r.getBoundingClientRect(),o=Hs(r),l=Be(o,"border","width"),c=Be(o,"padding");t=a.width-c.width-l.width,e=a.height-c.height-l.height,s=Ds(o.maxWidth,r,"clientWidth"),n=Ds(o.maxHeight,r,"clientHeight")}}return{width:t,height:e,maxWidth:s||Ms,maxHeight:n||Ms}}var ve=i=>Math.round(i*10)/10;function Lo(i,t,e,s){let n=Hs(i),r=Be(n,"margin"),a=Ds(n.maxWidth,i,"clientWidth")||Ms,o=Ds(n.maxHeight,i,"clientHeight")||Ms,l=ch(i,t,e),{width:c,height:d}=l;if(n.boxSizing==="content-box"){let u=Be(n,"border","width"),p=Be(n,"padding");c-=p.width+u.width,d-=p.height+u.height}return c=Math.max(0,c-r.width),d=Math.max(0,s?c/s:d-r.height),c=ve(Math.min(c,a,l.maxWidth)),d=ve(Math.min(d,o,l.maxHeight)),c&&!d&&(d=ve(c/2)),(t!==void 0||e!==void 0)&&s&&l.height&&d>l.height&&(d=l.height,c=ve(Math.floor(d*s))),{width:c,height:d}}function lr(i,t,e){let s=t||1,n=ve(i.height*s),r=ve(i.width*s);i.height=ve(i.height),i.width=ve(i.width);let a=i.canvas;a.style&&(e||!a.style.height&&!a.style.width)&&(a.style.height=`${i.height}px`,a.style.width=`${i.width}px`);let o=Math.floor(n),l=Math.floor(r);return i.currentDevicePixelRatio!==s||a.height!==o||a.width!==l?(i.currentDevicePixelRatio=s,a.height=o,a.width=l,i.ctx.setTransform(s,0,0,s,0,0),!0):!1}var Ro=(function(){let i=!1;try{let t={get passive(){return i=!0,!1}};Is()&&(window.addEventListener("test",null,t),window.removeEventListener("test",null,t))}catch{}return i})();function cr(i,t){let e=rh(i,t),s=e&&e.match(/^(\d+)(\.\d+)?px$/);return s?+s[1]:void 0}function ye(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:i.y+e*(t.y-i.y)}}function Oo(i,t,e,s){return{x:i.x+e*(t.x-i.x),y:s==="middle"?e<.5?i.y:t.y:s==="after"?e<1?i.y:t.y:e>0?t.y:i.y}}function Fo(i,t,e,s){let n={x:i.cp2x,y:i.cp2y},r={x:t.cp1x,y:t.cp1y},a=ye(i,n,e),o=ye(n,r,e),l=ye(r,t,e),c=ye(a,o,e),d=ye(o,l,e);return ye(c,d,e)}var dh=function(i,t){return{x(e){return i+i+t-e},setWidth(e){t=e},textAlign(e){return e==="center"?e:e==="right"?"left":"right"},xPlus(e,s){return e-s},leftForLtr(e,s){return e-s}}},hh=function(){return{x(i){return i},setWidth(i){},textAlign(i){return i},xPlus(i,t){return i+t},leftForLtr(i,t){return i}}};function Ye(i,t,e){return i?dh(t,e):hh()}function dr(i,t){let e,s;(t==="ltr"||t==="rtl")&&(e=i.canvas.style,s=[e.getPropertyValue("direction"),e.getPropertyPriority("direction")],e.setProperty("direction",t,"important"),i.prevTextDirection=s)}function hr(i,t){t!==void 0&&(delete i.prevTextDirection,i.canvas.style.setProperty("direction",t[0],t[1]))}function Io(i){return i==="angle"?{between:Yn,compare:Dd,normalize:Ot}:{between:$e,compare:(t,e)=>t-e,normalize:t=>t}}function no({start:i,end:t,count:e,loop:s,style:n}){return{start:i%e,end:t%e,loop:s&&(t-i+1)%e===0,style:n}}function uh(i,t,e){let{property:s,start:n,end:r}=e,{between:a,normalize:o}=Io(s),l=t.length,{start:c,end:d,loop:h}=i,u,p;if(h){for(c+=l,d+=l,u=0,p=l;u<p&&a(o(t[c%l][s]),n,r);++u)c--,d--;c%=l,d%=l}return d<c&&(d+=l),{start:c,end:d,loop:h,style:i.style}}function jo(i,t,e){if(!e)return[i];let{property:s,start:n,end:r}=e,a=t.length,{compare:o,between:l,normalize:c}=Io(s),{start:d,end:h,loop:u,style:p}=uh(i,t,e),g=[],m=!1,_=null,x,$,S,M=()=>l(n,S,x)&&o(n,S)!==0,w=()=>o(r,x)===0||l(r,S,x),C=()=>m||M(),D=()=>!m||w();for(let A=d,z=d;A<=h;++A)$=t[A%a],!$.skip&&(x=c($[s]),x!==S&&(m=l(x,n,r),_===null&&C()&&(_=o(x,n)===0?A:z),_!==null&&D()&&(g.push(no({start:_,end:A,loop:u,count:a,style:p})),_=null),z=A,S=x));return _!==null&&g.push(no({start:_,end:h,loop:u,count:a,style:p})),g}function Ho(i,t){let e=[],s=i.segments;for(let n=0;n<s.length;n++){let r=jo(s[n],i.points,t);r.length&&e.push(...r)}return e}function ph(i,t,e,s){let n=0,r=t-1;if(e&&!s)for(;n<t&&!i[n].skip;)n++;for(;n<t&&i[n].skip;)n++;for(n%=t,e&&(r+=n);r>n&&i[r%t].skip;)r--;return r%=t,{start:n,end:r}}function fh(i,t,e,s){let n=i.length,r=[],a=t,o=i[t],l;for(l=t+1;l<=e;++l){let c=i[l%n];c.skip||c.stop?o.skip||(s=!1,r.push({start:t%n,end:(l-1)%n,loop:s}),t=a=c.stop?l:null):(a=l,o.skip&&(t=l)),o=c}return a!==null&&r.push({start:t%n,end:a%n,loop:s}),r}function No(i,t){let e=i.points,s=i.options.spanGaps,n=e.length;if(!n)return[];let r=!!i._loop,{start:a,end:o}=ph(e,n,r,s);if(s===!0)return ro(i,[{start:a,end:o,loop:r}],e,t);let l=o<a?o+n:o,c=!!i._fullLoop&&a===0&&o===n-1;return ro(i,fh(e,a,l,c),e,t)}function ro(i,t,e,s){return!s||!s.setContext||!e?t:mh(i,t,e,s)}function mh(i,t,e,s){let n=i._chart.getContext(),r=ao(i.options),{_datasetIndex:a,options:{spanGaps:o}}=i,l=e.length,c=[],d=r,h=t[0].start,u=h;function p(g,m,_,x){let $=o?-1:1;if(g!==m){for(g+=l;e[g%l].skip;)g-=$;for(;e[m%l].skip;)m+=$;g%l!==m%l&&(c.push({start:g%l,end:m%l,loop:_,style:x}),d=x,h=m%l)}}for(let g of t){h=o?h:g.start;let m=e[h%l],_;for(u=h+1;u<=g.end;u++){let x=e[u%l];_=ao(s.setContext(re(n,{type:"segment",p0:m,p1:x,p0DataIndex:(u-1)%l,p1DataIndex:u%l,datasetIndex:a}))),gh(_,d)&&p(h,u-1,g.loop,d),m=x,d=_}h<u-1&&p(h,u-1,g.loop,d)}return c}function ao(i){return{backgroundColor:i.backgroundColor,borderCapStyle:i.borderCapStyle,borderDash:i.borderDash,borderDashOffset:i.borderDashOffset,borderJoinStyle:i.borderJoinStyle,borderWidth:i.borderWidth,borderColor:i.borderColor}}function gh(i,t){if(!t)return!1;let e=[],s=function(n,r){return Qn(r)?(e.includes(r)||e.push(r),e.indexOf(r)):r};return JSON.stringify(i,s)!==JSON.stringify(t,s)}function ks(i,t,e){return i.options.clip?i[e]:t[e]}function _h(i,t){let{xScale:e,yScale:s}=i;return e&&s?{left:ks(e,t,"left"),right:ks(e,t,"right"),top:ks(s,t,"top"),bottom:ks(s,t,"bottom")}:t}function Vo(i,t){let e=t._clip;if(e.disabled)return!1;let s=_h(t,i.chartArea);return{left:e.left===!1?0:s.left-(e.left===!0?0:e.left),right:e.right===!1?i.width:s.right+(e.right===!0?0:e.right),top:e.top===!1?0:s.top-(e.top===!0?0:e.top),bottom:e.bottom===!1?i.height:s.bottom+(e.bottom===!0?0:e.bottom)}}var vr=class{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(t,e,s,n){let r=e.listeners[n],a=e.duration;r.forEach(o=>o({chart:t,initial:e.initial,numSteps:a,currentStep:Math.min(s-e.start,a)}))}_refresh(){this._request||(this._running=!0,this._request=Gn.call(window,()=>{this._update(),this._request=null,this._running&&this._refresh()}))}_update(t=Date.now()){let e=0;this._charts.forEach((s,n)=>{if(!s.running||!s.items.length)return;let r=s.items,a=r.length-1,o=!1,l;for(;a>=0;--a)l=r[a],l._active?(l._total>s.duration&&(s.duration=l._total),l.tick(t),o=!0):(r[a]=r[r.length-1],r.pop());o&&(n.draw(),this._notify(n,s,t,"progress")),r.length||(s.running=!1,this._notify(n,s,t,"complete"),s.initial=!1),e+=r.length}),this._lastDate=t,e===0&&(this._running=!1)}_getAnims(t){let e=this._charts,s=e.get(t);return s||(s={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},e.set(t,s)),s}listen(t,e,s){this._getAnims(t).listeners[e].push(s)}add(t,e){!e||!e.length||this._getAnims(t).items.push(...e)}has(t){return this._getAnims(t).items.length>0}start(t){let e=this._charts.get(t);e&&(e.running=!0,e.start=Date.now(),e.duration=e.items.reduce((s,n)=>Math.max(s,n._duration),0),this._refresh())}running(t){if(!this._running)return!1;let e=this._charts.get(t);return!(!e||!e.running||!e.items.length)}stop(t){let e=this._charts.get(t);if(!e||!e.items.length)return;let s=e.items,n=s.length-1;for(;n>=0;--n)s[n].cancel();e.items=[],this._notify(t,e,Date.now(),"complete")}remove(t){return this._charts.delete(t)}},ae=new vr,Bo="transparent",bh={boolean(i,t,e){return e>.5?t:i},color(i,t,e){let s=tr(i||Bo),n=s.valid&&tr(t||Bo);return n&&n.valid?n.mix(s,e).hexString():t},number(i,t,e){return i+(t-i)*e}},$r=class{constructor(t,e,s,n){let r=e[s];n=Oi([t.to,n,r,t.from]);let a=Oi([t.from,r,n]);this._active=!0,this._fn=t.fn||bh[t.type||typeof a],this._easing=ri[t.easing]||ri.linear,this._start=Math.floor(Date.now()+(t.delay||0)),this._duration=this._total=Math.floor(t.duration),this._loop=!!t.loop,this._target=e,this._prop=s,this._from=a,this._to=n,this._promises=void 0}active(){return this._active}update(t,e,s){if(this._active){this._notify(!1);let n=this._target[this._prop],r=s-this._start,a=this._duration-r;this._start=s,this._duration=Math.floor(Math.max(a,t.duration)),this._total+=r,this._loop=!!t.loop,this._to=Oi([t.to,e,n,t.from]),this._from=Oi([t.from,n,e])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(t){let e=t-this._start,s=this._duration,n=this._prop,r=this._from,a=this._loop,o=this._to,l;if(this._active=r!==o&&(a||e<s),!this._active){this._target[n]=o,this._notify(!0);return}if(e<0){this._target[n]=r;return}l=e/s%2,l=a&&l>1?2-l:l,l=this._easing(Math.min(1,Math.max(0,l))),this._target[n]=this._fn(r,o,l)}wait(){let t=this._promises||(this._promises=[]);return new Promise((e,s)=>{t.push({res:e,rej:s})})}_notify(t){let e=t?"res":"rej",s=this._promises||[];for(let n=0;n<s.length;n++)s[n][e]()}},Xs=class{constructor(t,e){this._chart=t,this._properties=new Map,this.configure(e)}configure(t){if(!N(t))return;let e=Object.keys(et.animation),s=this._properties;Object.getOwnPropertyNames(t).forEach(n=>{let r=t[n];if(!N(r))return;let a={};for(let o of e)a[o]=r[o];(J(r.properties)&&r.properties||[n]).forEach(o=>{(o===n||!s.has(o))&&s.set(o,a)})})}_animateOptions(t,e){let s=e.options,n=xh(t,s);if(!n)return[];let r=this._createAnimations(n,s);return s.$shared&&yh(t.options.$animations,s).then(()=>{t.options=s},()=>{}),r}_createAnimations(t,e){let s=this._properties,n=[],r=t.$animations||(t.$animations={}),a=Object.keys(e),o=Date.now(),l;for(l=a.length-1;l>=0;--l){let c=a[l];if(c.charAt(0)==="$")continue;if(c==="options"){n.push(...this._animateOptions(t,e));continue}let d=e[c],h=r[c],u=s.get(c);if(h)if(u&&h.active()){h.update(u,d,o);continue}else h.cancel();if(!u||!u.duration){t[c]=d;continue}r[c]=h=new $r(u,t,c,d),n.push(h)}return n}update(t,e){if(this._properties.size===0){Object.assign(t,e);return}let s=this._createAnimations(t,e);if(s.length)return ae.add(this._chart,s),!0}};function yh(i,t){let e=[],s=Object.keys(t);for(let n=0;n<s.length;n++){let r=i[s[n]];r&&r.active()&&e.push(r.wait())}return Promise.all(e)}function xh(i,t){if(!t)return;let e=i.options;if(!e){i.options=t;return}return e.$shared&&(i.options=e=Object.assign({},e,{$shared:!1,$animations:{}})),e}function Wo(i,t){let e=i&&i.options||{},s=e.reverse,n=e.min===void 0?t:0,r=e.max===void 0?t:0;return{start:s?r:n,end:s?n:r}}function vh(i,t,e){if(e===!1)return!1;let s=Wo(i,e),n=Wo(t,e);return{top:n.end,right:s.end,bottom:n.start,left:s.start}}function $h(i){let t,e,s,n;return N(i)?(t=i.top,e=i.right,s=i.bottom,n=i.left):t=e=s=n=i,{top:t,right:e,bottom:s,left:n,disabled:i===!1}}function Fl(i,t){let e=[],s=i._getSortedDatasetMetas(t),n,r;for(n=0,r=s.length;n<r;++n)e.push(s[n].index);return e}function qo(i,t,e,s={}){let n=i.keys,r=s.mode==="single",a,o,l,c;if(t===null)return;let d=!1;for(a=0,o=n.length;a<o;++a){if(l=+n[a],l===e){if(d=!0,s.all)continue;break}c=i.values[l],dt(c)&&(r||t===0||Nt(t)===Nt(c))&&(t+=c)}return!d&&!s.all?0:t}function wh(i,t){let{iScale:e,vScale:s}=t,n=e.axis==="x"?"x":"y",r=s.axis==="x"?"x":"y",a=Object.keys(i),o=new Array(a.length),l,c,d;for(l=0,c=a.length;l<c;++l)d=a[l],o[l]={[n]:d,[r]:i[d]};return o}function ur(i,t){let e=i&&i.options.stacked;return e||e===void 0&&t.stack!==void 0}function kh(i,t,e){return`${i.id}.${t.id}.${e.stack||e.type}`}function Sh(i){let{min:t,max:e,minDefined:s,maxDefined:n}=i.getUserBounds();return{min:s?t:Number.NEGATIVE_INFINITY,max:n?e:Number.POSITIVE_INFINITY}}function Mh(i,t,e){let s=i[t]||(i[t]={});return s[e]||(s[e]={})}function Uo(i,t,e,s){for(let n of t.getMatchingVisibleMetas(s).reverse()){let r=i[n.index];if(e&&r>0||!e&&r<0)return n.index}return null}function Yo(i,t){let{chart:e,_cachedMeta:s}=i,n=e._stacks||(e._stacks={}),{iScale:r,vScale:a,index:o}=s,l=r.axis,c=a.axis,d=kh(r,a,s),h=t.length,u;for(let p=0;p<h;++p){let g=t[p],{[l]:m,[c]:_}=g,x=g._stacks||(g._stacks={});u=x[c]=Mh(n,d,m),u[o]=_,u._top=Uo(u,a,!0,s.type),u._bottom=Uo(u,a,!1,s.type);let $=u._visualValues||(u._visualValues={});$[o]=_}}function pr(i,t){let e=i.scales;return Object.keys(e).filter(s=>e[s].axis===t).shift()}function Ah(i,t){return re(i,{active:!1,dataset:void 0,datasetIndex:t,index:t,mode:"default",type:"dataset"})}function Dh(i,t,e){return re(i,{active:!1,dataIndex:t,parsed:void 0,raw:void 0,element:e,index:t,mode:"default",type:"data"})}function Fi(i,t){let e=i.controller.index,s=i.vScale&&i.vScale.axis;if(s){t=t||i._parsed;for(let n of t){let r=n._stacks;!r||r[s]===void 0||r[s][e]===void 0||(delete r[s][e],r[s]._visualValues!==void 0&&r[s]._visualValues[e]!==void 0&&delete r[s]._visualValues[e])}}}var fr=i=>i==="reset"||i==="none",Xo=(i,t)=>t?i:Object.assign({},i),Ph=(i,t,e)=>i&&!t.hidden&&t._stacked&&{keys:Fl(e,!0),values:null},Wi=class{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(t,e){this.chart=t,this._ctx=t.ctx,this.index=e,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){let t=this._cachedMeta;this.configure(),this.linkScales(),t._stacked=ur(t.vScale,t),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options")}updateIndex(t){this.index!==t&&Fi(this._cachedMeta),this.index=t}linkScales(){let t=this.chart,e=this._cachedMeta,s=this.getDataset(),n=(h,u,p,g)=>h==="x"?u:h==="r"?g:p,r=e.xAxisID=L(s.xAxisID,pr(t,"x")),a=e.yAxisID=L(s.yAxisID,pr(t,"y")),o=e.rAxisID=L(s.rAxisID,pr(t,"r")),l=e.indexAxis,c=e.iAxisID=n(l,r,a,o),d=e.vAxisID=n(l,a,r,o);e.xScale=this.getScaleForId(r),e.yScale=this.getScaleForId(a),e.rScale=this.getScaleForId(o),e.iScale=this.getScaleForId(c),e.vScale=this.getScaleForId(d)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(t){return this.chart.scales[t]}_getOtherScale(t){let e=this._cachedMeta;return t===e.iScale?e.vScale:e.iScale}reset(){this._update("reset")}_destroy(){let t=this._cachedMeta;this._data&&Xn(this._data,this),t._stacked&&Fi(t)}_dataCheck(){let t=this.getDataset(),e=t.data||(t.data=[]),s=this._data;if(N(e)){let n=this._cachedMeta;this._data=wh(e,n)}else if(s!==e){if(s){Xn(s,this);let n=this._cachedMeta;Fi(n),n._parsed=[]}e&&Object.isExtensible(e)&&yo(e,this),this._syncList=[],this._data=e}}addElements(){let t=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(t.dataset=new this.datasetElementType)}buildOrUpdateElements(t){let e=this._cachedMeta,s=this.getDataset(),n=!1;this._dataCheck();let r=e._stacked;e._stacked=ur(e.vScale,e),e.stack!==s.stack&&(n=!0,Fi(e),e.stack=s.stack),this._resyncElements(t),(n||r!==e._stacked)&&(Yo(this,e._parsed),e._stacked=ur(e.vScale,e))}configure(){let t=this.chart.config,e=t.datasetScopeKeys(this._type),s=t.getOptionScopes(this.getDataset(),e,!0);this.options=t.createResolver(s,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(t,e){let{_cachedMeta:s,_data:n}=this,{iScale:r,_stacked:a}=s,o=r.axis,l=t===0&&e===n.length?!0:s._sorted,c=t>0&&s._parsed[t-1],d,h,u;if(this._parsing===!1)s._parsed=n,s._sorted=!0,u=n;else{J(n[t])?u=this.parseArrayData(s,n,t,e):N(n[t])?u=this.parseObjectData(s,n,t,e):u=this.parsePrimitiveData(s,n,t,e);let p=()=>h[o]===null||c&&h[o]<c[o];for(d=0;d<e;++d)s._parsed[d+t]=h=u[d],l&&(p()&&(l=!1),c=h);s._sorted=l}a&&Yo(this,u)}parsePrimitiveData(t,e,s,n){let{iScale:r,vScale:a}=t,o=r.axis,l=a.axis,c=r.getLabels(),d=r===a,h=new Array(n),u,p,g;for(u=0,p=n;u<p;++u)g=u+s,h[u]={[o]:d||r.parse(c[g],g),[l]:a.parse(e[g],g)};return h}parseArrayData(t,e,s,n){let{xScale:r,yScale:a}=t,o=new Array(n),l,c,d,h;for(l=0,c=n;l<c;++l)d=l+s,h=e[d],o[l]={x:r.parse(h[0],d),y:a.parse(h[1],d)};return o}parseObjectData(t,e,s,n){let{xScale:r,yScale:a}=t,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,c=new Array(n),d,h,u,p;for(d=0,h=n;d<h;++d)u=d+s,p=e[u],c[d]={x:r.parse(qe(p,o),u),y:a.parse(qe(p,l),u)};return c}getParsed(t){return this._cachedMeta._parsed[t]}getDataElement(t){return this._cachedMeta.data[t]}applyStack(t,e,s){let n=this.chart,r=this._cachedMeta,a=e[t.axis],o={keys:Fl(n,!0),values:e._stacks[t.axis]._visualValues};return qo(o,a,r.index,{mode:s})}updateRangeFromParsed(t,e,s,n){let r=s[e.axis],a=r===null?NaN:r,o=n&&s._stacks[e.axis];n&&o&&(n.values=o,a=qo(n,r,this._cachedMeta.index)),t.min=Math.min(t.min,a),t.max=Math.max(t.max,a)}getMinMax(t,e){let s=this._cachedMeta,n=s._parsed,r=s._sorted&&t===s.iScale,a=n.length,o=this._getOtherScale(t),l=Ph(e,s,this.chart),c={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:d,max:h}=Sh(o),u,p;function g(){p=n[u];let m=p[o.axis];return!dt(p[t.axis])||d>m||h<m}for(u=0;u<a&&!(!g()&&(this.updateRangeFromParsed(c,t,p,l),r));++u);if(r){for(u=a-1;u>=0;--u)if(!g()){this.updateRangeFromParsed(c,t,p,l);break}}return c}getAllParsedValues(t){let e=this._cachedMeta._parsed,s=[],n,r,a;for(n=0,r=e.length;n<r;++n)a=e[n][t.axis],dt(a)&&s.push(a);return s}getMaxOverflow(){return!1}getLabelAndValue(t){let e=this._cachedMeta,s=e.iScale,n=e.vScale,r=this.getParsed(t);return{label:s?""+s.getLabelForValue(r[s.axis]):"",value:n?""+n.getLabelForValue(r[n.axis]):""}}_update(t){let e=this._cachedMeta;this.update(t||"default"),e._clip=$h(L(this.options.clip,vh(e.xScale,e.yScale,this.getMaxOverflow())))}update(t){}draw(){let t=this._ctx,e=this.chart,s=this._cachedMeta,n=s.data||[],r=e.chartArea,a=[],o=this._drawStart||0,l=this._drawCount||n.length-o,c=this.options.drawActiveElementsOnTop,d;for(s.dataset&&s.dataset.draw(t,r,o,l),d=o;d<o+l;++d){let h=n[d];h.hidden||(h.active&&c?a.push(h):h.draw(t,r))}for(d=0;d<a.length;++d)a[d].draw(t,r)}getStyle(t,e){let s=e?"active":"default";return t===void 0&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(s):this.resolveDataElementOptions(t||0,s)}getContext(t,e,s){let n=this.getDataset(),r;if(t>=0&&t<this._cachedMeta.data.length){let a=this._cachedMeta.data[t];r=a.$context||(a.$context=Dh(this.getContext(),t,a)),r.parsed=this.getParsed(t),r.raw=n.data[t],r.index=r.dataIndex=t}else r=this.$context||(this.$context=Ah(this.chart.getContext(),this.index)),r.dataset=n,r.index=r.datasetIndex=this.index;return r.active=!!e,r.mode=s,r}resolveDatasetElementOptions(t){return this._resolveElementOptions(this.datasetElementType.id,t)}resolveDataElementOptions(t,e){return this._resolveElementOptions(this.dataElementType.id,e,t)}_resolveElementOptions(t,e="default",s){let n=e==="active",r=this._cachedDataOpts,a=t+"-"+e,o=r[a],l=this.enableOptionSharing&&ci(s);if(o)return Xo(o,l);let c=this.chart.config,d=c.datasetElementScopeKeys(this._type,t),h=n?[`${t}Hover`,"hover",t,""]:[t,""],u=c.getOptionScopes(this.getDataset(),d),p=Object.keys(et.elements[t]),g=()=>this.getContext(s,n,e),m=c.resolveNamedOptions(u,p,g,h);return m.$shared&&(m.$shared=l,r[a]=Object.freeze(Xo(m,l))),m}_resolveAnimations(t,e,s){let n=this.chart,r=this._cachedDataOpts,a=`animation-${e}`,o=r[a];if(o)return o;let l;if(n.options.animation!==!1){let d=this.chart.config,h=d.datasetAnimationScopeKeys(this._type,e),u=d.getOptionScopes(this.getDataset(),h);l=d.createResolver(u,this.getContext(t,s,e))}let c=new Xs(n,l&&l.animations);return l&&l._cacheable&&(r[a]=Object.freeze(c)),c}getSharedOptions(t){if(t.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},t))}includeOptions(t,e){return!e||fr(t)||this.chart._animationsDisabled}_getSharedOptions(t,e){let s=this.resolveDataElementOptions(t,e),n=this._sharedOptions,r=this.getSharedOptions(s),a=this.includeOptions(e,r)||r!==n;return this.updateSharedOptions(r,e,s),{sharedOptions:r,includeOptions:a}}updateElement(t,e,s,n){fr(n)?Object.assign(t,s):this._resolveAnimations(e,n).update(t,s)}updateSharedOptions(t,e,s){t&&!fr(e)&&this._resolveAnimations(void 0,e).update(t,s)}_setStyle(t,e,s,n){t.active=n;let r=this.getStyle(e,n);this._resolveAnimations(e,s,n).update(t,{options:!n&&this.getSharedOptions(r)||r})}removeHoverStyle(t,e,s){this._setStyle(t,s,"active",!1)}setHoverStyle(t,e,s){this._setStyle(t,s,"active",!0)}_removeDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!1)}_setDatasetHoverStyle(){let t=this._cachedMeta.dataset;t&&this._setStyle(t,void 0,"active",!0)}_resyncElements(t){let e=this._data,s=this._cachedMeta.data;for(let[o,l,c]of this._syncList)this[o](l,c);this._syncList=[];let n=s.length,r=e.length,a=Math.min(r,n);a&&this.parse(0,a),r>n?this._insertElements(n,r-n,t):r<n&&this._removeElements(r,n-r)}_insertElements(t,e,s=!0){let n=this._cachedMeta,r=n.data,a=t+e,o,l=c=>{for(c.length+=e,o=c.length-1;o>=a;o--)c[o]=c[o-e]};for(l(r),o=t;o<a;++o)r[o]=new this.dataElementType;this._parsing&&l(n._parsed),this.parse(t,e),s&&this.updateElements(r,t,e,"reset")}updateElements(t,e,s,n){}_removeElements(t,e){let s=this._cachedMeta;if(this._parsing){let n=s._parsed.splice(t,e);s._stacked&&Fi(s,n)}s.data.splice(t,e)}_sync(t){if(this._parsing)this._syncList.push(t);else{let[e,s,n]=t;this[e](s,n)}this.chart._dataChanges.push([this.index,...t])}_onDataPush(){let t=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-t,t])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(t,e){e&&this._sync(["_removeElements",t,e]);let s=arguments.length-2;s&&this._sync(["_insertElements",t,s])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}};function Ch(i,t){if(!i._cache.$bar){let e=i.getMatchingVisibleMetas(t),s=[];for(let n=0,r=e.length;n<r;n++)s=s.concat(e[n].controller.getAllParsedValues(i));i._cache.$bar=Zn(s.sort((n,r)=>n-r))}return i._cache.$bar}function Th(i){let t=i.iScale,e=Ch(t,i.type),s=t._length,n,r,a,o,l=()=>{a===32767||a===-32768||(ci(o)&&(s=Math.min(s,Math.abs(a-o)||s)),o=a)};for(n=0,r=e.length;n<r;++n)a=t.getPixelForValue(e[n]),l();for(o=void 0,n=0,r=t.ticks.length;n<r;++n)a=t.getPixelForTick(n),l();return s}function Eh(i,t,e,s){let n=e.barThickness,r,a;return j(n)?(r=t.min*e.categoryPercentage,a=e.barPercentage):(r=n*s,a=1),{chunk:r/s,ratio:a,start:t.pixels[i]-r/2}}function zh(i,t,e,s){let n=t.pixels,r=n[i],a=i>0?n[i-1]:null,o=i<n.length-1?n[i+1]:null,l=e.categoryPercentage;a===null&&(a=r-(o===null?t.end-t.start:o-r)),o===null&&(o=r+r-a);let c=r-(r-Math.min(a,o))/2*l;return{chunk:Math.abs(o-a)/2*l/s,ratio:e.barPercentage,start:c}}function Lh(i,t,e,s){let n=e.parse(i[0],s),r=e.parse(i[1],s),a=Math.min(n,r),o=Math.max(n,r),l=a,c=o;Math.abs(a)>Math.abs(o)&&(l=o,c=a),t[e.axis]=c,t._custom={barStart:l,barEnd:c,start:n,end:r,min:a,max:o}}function Il(i,t,e,s){return J(i)?Lh(i,t,e,s):t[e.axis]=e.parse(i,s),t}function Zo(i,t,e,s){let n=i.iScale,r=i.vScale,a=n.getLabels(),o=n===r,l=[],c,d,h,u;for(c=e,d=e+s;c<d;++c)u=t[c],h={},h[n.axis]=o||n.parse(a[c],c),l.push(Il(u,h,r,c));return l}function mr(i){return i&&i.barStart!==void 0&&i.barEnd!==void 0}function Rh(i,t,e){return i!==0?Nt(i):(t.isHorizontal()?1:-1)*(t.min>=e?1:-1)}function Oh(i){let t,e,s,n,r;return i.horizontal?(t=i.base>i.x,e="left",s="right"):(t=i.base<i.y,e="bottom",s="top"),t?(n="end",r="start"):(n="start",r="end"),{start:e,end:s,reverse:t,top:n,bottom:r}}function Fh(i,t,e,s){let n=t.borderSkipped,r={};if(!n){i.borderSkipped=r;return}if(n===!0){i.borderSkipped={top:!0,right:!0,bottom:!0,left:!0};return}let{start:a,end:o,reverse:l,top:c,bottom:d}=Oh(i);n==="middle"&&e&&(i.enableBorderRadius=!0,(e._top||0)===s?n=c:(e._bottom||0)===s?n=d:(r[Go(d,a,o,l)]=!0,n=c)),r[Go(n,a,o,l)]=!0,i.borderSkipped=r}function Go(i,t,e,s){return s?(i=Ih(i,t,e),i=Ko(i,e,t)):i=Ko(i,t,e),i}function Ih(i,t,e){return i===t?e:i===e?t:i}function Ko(i,t,e){return i==="start"?t:i==="end"?e:i}function jh(i,{inflateAmount:t},e){i.inflateAmount=t==="auto"?e===1?.33:0:t}var Zs=class extends Wi{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(t,e,s,n){return Zo(t,e,s,n)}parseArrayData(t,e,s,n){return Zo(t,e,s,n)}parseObjectData(t,e,s,n){let{iScale:r,vScale:a}=t,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,c=r.axis==="x"?o:l,d=a.axis==="x"?o:l,h=[],u,p,g,m;for(u=s,p=s+n;u<p;++u)m=e[u],g={},g[r.axis]=r.parse(qe(m,c),u),h.push(Il(qe(m,d),g,a,u));return h}updateRangeFromParsed(t,e,s,n){super.updateRangeFromParsed(t,e,s,n);let r=s._custom;r&&e===this._cachedMeta.vScale&&(t.min=Math.min(t.min,r.min),t.max=Math.max(t.max,r.max))}getMaxOverflow(){return 0}getLabelAndValue(t){let e=this._cachedMeta,{iScale:s,vScale:n}=e,r=this.getParsed(t),a=r._custom,o=mr(a)?"["+a.start+", "+a.end+"]":""+n.getLabelForValue(r[n.axis]);return{label:""+s.getLabelForValue(r[s.axis]),value:o}}initialize(){this.enableOptionSharing=!0,super.initialize();let t=this._cachedMeta;t.stack=this.getDataset().stack}update(t){let e=this._cachedMeta;this.updateElements(e.data,0,e.data.length,t)}updateElements(t,e,s,n){let r=n==="reset",{index:a,_cachedMeta:{vScale:o}}=this,l=o.getBasePixel(),c=o.isHorizontal(),d=this._getRuler(),{sharedOptions:h,includeOptions:u}=this._getSharedOptions(e,n);for(let p=e;p<e+s;p++){let g=this.getParsed(p),m=r||j(g[o.axis])?{base:l,head:l}:this._calculateBarValuePixels(p),_=this._calculateBarIndexPixels(p,d),x=(g._stacks||{})[o.axis],$={horizontal:c,base:m.base,enableBorderRadius:!x||mr(g._custom)||a===x._top||a===x._bottom,x:c?m.head:_.center,y:c?_.center:m.head,height:c?_.size:Math.abs(m.size),width:c?Math.abs(m.size):_.size};u&&($.options=h||this.resolveDataElementOptions(p,t[p].active?"active":n));let S=$.options||t[p].options;Fh($,S,x,a),jh($,S,d.ratio),this.updateElement(t[p],p,$,n)}}_getStacks(t,e){let{iScale:s}=this._cachedMeta,n=s.getMatchingVisibleMetas(this._type).filter(d=>d.controller.options.grouped),r=s.options.stacked,a=[],o=this._cachedMeta.controller.getParsed(e),l=o&&o[s.axis],c=d=>{let h=d._parsed.find(p=>p[s.axis]===l),u=h&&h[d.vScale.axis];if(j(u)||isNaN(u))return!0};for(let d of n)if(!(e!==void 0&&c(d))&&((r===!1||a.indexOf(d.stack)===-1||r===void 0&&d.stack===void 0)&&a.push(d.stack),d.index===t))break;return a.length||a.push(void 0),a}_getStackCount(t){return this._getStacks(void 0,t).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){let t=this.chart.scales,e=this.chart.options.indexAxis;return Object.keys(t).filter(s=>t[s].axis===e).shift()}_getAxis(){let t={},e=this.getFirstScaleIdForIndexAxis();for(let s of this.chart.data.datasets)t[L(this.chart.options.indexAxis==="x"?s.xAxisID:s.yAxisID,e)]=!0;return Object.keys(t)}_getStackIndex(t,e,s){let n=this._getStacks(t,s),r=e!==void 0?n.indexOf(e):-1;return r===-1?n.length-1:r}_getRuler(){let t=this.options,e=this._cachedMeta,s=e.iScale,n=[],r,a;for(r=0,a=e.data.length;r<a;++r)n.push(s.getPixelForValue(this.getParsed(r)[s.axis],r));let o=t.barThickness;return{min:o||Th(e),pixels:n,start:s._startPixel,end:s._endPixel,stackCount:this._getStackCount(),scale:s,grouped:t.grouped,ratio:o?1:t.categoryPercentage*t.barPercentage}}_calculateBarValuePixels(t){let{_cachedMeta:{vScale:e,_stacked:s,index:n},options:{base:r,minBarLength:a}}=this,o=r||0,l=this.getParsed(t),c=l._custom,d=mr(c),h=l[e.axis],u=0,p=s?this.applyStack(e,l,s):h,g,m;p!==h&&(u=p-h,p=h),d&&(h=c.barStart,p=c.barEnd-c.barStart,h!==0&&Nt(h)!==Nt(c.barEnd)&&(u=0),u+=h);let _=!j(r)&&!d?r:u,x=e.getPixelForValue(_);if(this.chart.getDataVisibility(t)?g=e.getPixelForValue(u+p):g=x,m=g-x,Math.abs(m)<a){m=Rh(m,e,o)*a,h===o&&(x-=m/2);let $=e.getPixelForDecimal(0),S=e.getPixelForDecimal(1),M=Math.min($,S),w=Math.max($,S);x=Math.max(Math.min(x,w),M),g=x+m,s&&!d&&(l._stacks[e.axis]._visualValues[n]=e.getValueForPixel(g)-e.getValueForPixel(x))}if(x===e.getPixelForValue(o)){let $=Nt(m)*e.getLineWidthForValue(o)/2;x+=$,m-=$}return{size:m,base:x,head:g,center:g+m/2}}_calculateBarIndexPixels(t,e){let s=e.scale,n=this.options,r=n.skipNull,a=L(n.maxBarThickness,1/0),o,l,c=this._getAxisCount();if(e.grouped){let d=r?this._getStackCount(t):e.stackCount,h=n.barThickness==="flex"?zh(t,e,n,d*c):Eh(t,e,n,d*c),u=this.chart.options.indexAxis==="x"?this.getDataset().xAxisID:this.getDataset().yAxisID,p=this._getAxis().indexOf(L(u,this.getFirstScaleIdForIndexAxis())),g=this._getStackIndex(this.index,this._cachedMeta.stack,r?t:void 0)+p;o=h.start+h.chunk*g+h.chunk/2,l=Math.min(a,h.chunk*h.ratio)}else o=s.getPixelForValue(this.getParsed(t)[s.axis],t),l=Math.min(a,e.min*e.ratio);return{base:o-l/2,head:o+l/2,center:o,size:l}}draw(){let t=this._cachedMeta,e=t.vScale,s=t.data,n=s.length,r=0;for(;r<n;++r)this.getParsed(r)[e.axis]!==null&&!s[r].hidden&&s[r].draw(this._ctx)}};var Gs=class extends Wi{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(t){let e=this._cachedMeta,{dataset:s,data:n=[],_dataset:r}=e,a=this.chart._animationsDisabled,{start:o,count:l}=$o(e,n,a);this._drawStart=o,this._drawCount=l,wo(e)&&(o=0,l=n.length),s._chart=this.chart,s._datasetIndex=this.index,s._decimated=!!r._decimated,s.points=n;let c=this.resolveDatasetElementOptions(t);this.options.showLine||(c.borderWidth=0),c.segment=this.options.segment,this.updateElement(s,void 0,{animated:!a,options:c},t),this.updateElements(n,o,l,t)}updateElements(t,e,s,n){let r=n==="reset",{iScale:a,vScale:o,_stacked:l,_dataset:c}=this._cachedMeta,{sharedOptions:d,includeOptions:h}=this._getSharedOptions(e,n),u=a.axis,p=o.axis,{spanGaps:g,segment:m}=this.options,_=hi(g)?g:Number.POSITIVE_INFINITY,x=this.chart._animationsDisabled||r||n==="none",$=e+s,S=t.length,M=e>0&&this.getParsed(e-1);for(let w=0;w<S;++w){let C=t[w],D=x?C:{};if(w<e||w>=$){D.skip=!0;continue}let A=this.getParsed(w),z=j(A[p]),W=D[u]=a.getPixelForValue(A[u],w),F=D[p]=r||z?o.getBasePixel():o.getPixelForValue(l?this.applyStack(o,A,l):A[p],w);D.skip=isNaN(W)||isNaN(F)||z,D.stop=w>0&&Math.abs(A[u]-M[u])>_,m&&(D.parsed=A,D.raw=c.data[w]),h&&(D.options=d||this.resolveDataElementOptions(w,C.active?"active":n)),x||this.updateElement(C,w,D,n),M=A}}getMaxOverflow(){let t=this._cachedMeta,e=t.dataset,s=e.options&&e.options.borderWidth||0,n=t.data||[];if(!n.length)return s;let r=n[0].size(this.resolveDataElementOptions(0)),a=n[n.length-1].size(this.resolveDataElementOptions(n.length-1));return Math.max(s,r,a)/2}draw(){let t=this._cachedMeta;t.dataset.updateControlPoints(this.chart.chartArea,t.iScale.axis),super.draw()}};function Xe(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}var wr=class i{static override(t){Object.assign(i.prototype,t)}options;constructor(t){this.options=t||{}}init(){}formats(){return Xe()}parse(){return Xe()}format(){return Xe()}add(){return Xe()}diff(){return Xe()}startOf(){return Xe()}endOf(){return Xe()}},Hh={_date:wr};function Nh(i,t,e,s){let{controller:n,data:r,_sorted:a}=i,o=n._cachedMeta.iScale,l=i.dataset&&i.dataset.options?i.dataset.options.spanGaps:null;if(o&&t===o.axis&&t!=="r"&&a&&r.length){let c=o._reversePixels?go:xe;if(s){if(n._sharedOptions){let d=r[0],h=typeof d.getRange=="function"&&d.getRange(t);if(h){let u=c(r,t,e-h),p=c(r,t,e+h);return{lo:u.lo,hi:p.hi}}}}else{let d=c(r,t,e);if(l){let{vScale:h}=n._cachedMeta,{_parsed:u}=i,p=u.slice(0,d.lo+1).reverse().findIndex(m=>!j(m[h.axis]));d.lo-=Math.max(0,p);let g=u.slice(d.hi).findIndex(m=>!j(m[h.axis]));d.hi+=Math.max(0,g)}return d}}return{lo:0,hi:r.length-1}}function Yi(i,t,e,s,n){let r=i.getSortedVisibleDatasetMetas(),a=e[t];for(let o=0,l=r.length;o<l;++o){let{index:c,data:d}=r[o],{lo:h,hi:u}=Nh(r[o],t,a,n);for(let p=h;p<=u;++p){let g=d[p];g.skip||s(g,c,p)}}}function Vh(i){let t=i.indexOf("x")!==-1,e=i.indexOf("y")!==-1;return function(s,n){let r=t?Math.abs(s.x-n.x):0,a=e?Math.abs(s.y-n.y):0;return Math.sqrt(Math.pow(r,2)+Math.pow(a,2))}}function gr(i,t,e,s,n){let r=[];return!n&&!i.isPointInArea(t)||Yi(i,e,t,function(o,l,c){!n&&!Ut(o,i.chartArea,0)||o.inRange(t.x,t.y,s)&&r.push({element:o,datasetIndex:l,index:c})},!0),r}function Bh(i,t,e,s){let n=[];function r(a,o,l){let{startAngle:c,endAngle:d}=a.getProps(["startAngle","endAngle"],s),{angle:h}=fo(a,{x:t.x,y:t.y});Yn(h,c,d)&&n.push({element:a,datasetIndex:o,index:l})}return Yi(i,e,t,r),n}function Wh(i,t,e,s,n,r){let a=[],o=Vh(e),l=Number.POSITIVE_INFINITY;function c(d,h,u){let p=d.inRange(t.x,t.y,n);if(s&&!p)return;let g=d.getCenterPoint(n);if(!(!!r||i.isPointInArea(g))&&!p)return;let _=o(t,g);_<l?(a=[{element:d,datasetIndex:h,index:u}],l=_):_===l&&a.push({element:d,datasetIndex:h,index:u})}return Yi(i,e,t,c),a}function _r(i,t,e,s,n,r){return!r&&!i.isPointInArea(t)?[]:e==="r"&&!s?Bh(i,t,e,n):Wh(i,t,e,s,n,r)}function Jo(i,t,e,s,n){let r=[],a=e==="x"?"inXRange":"inYRange",o=!1;return Yi(i,e,t,(l,c,d)=>{l[a]&&l[a](t[e],n)&&(r.push({element:l,datasetIndex:c,index:d}),o=o||l.inRange(t.x,t.y,n))}),s&&!o?[]:r}var qh={evaluateInteractionItems:Yi,modes:{index(i,t,e,s){let n=Me(t,i),r=e.axis||"x",a=e.includeInvisible||!1,o=e.intersect?gr(i,n,r,s,a):_r(i,n,r,!1,s,a),l=[];return o.length?(i.getSortedVisibleDatasetMetas().forEach(c=>{let d=o[0].index,h=c.data[d];h&&!h.skip&&l.push({element:h,datasetIndex:c.index,index:d})}),l):[]},dataset(i,t,e,s){let n=Me(t,i),r=e.axis||"xy",a=e.includeInvisible||!1,o=e.intersect?gr(i,n,r,s,a):_r(i,n,r,!1,s,a);if(o.length>0){let l=o[0].datasetIndex,c=i.getDatasetMeta(l).data;o=[];for(let d=0;d<c.length;++d)o.push({element:c[d],datasetIndex:l,index:d})}return o},point(i,t,e,s){let n=Me(t,i),r=e.axis||"xy",a=e.includeInvisible||!1;return gr(i,n,r,s,a)},nearest(i,t,e,s){let n=Me(t,i),r=e.axis||"xy",a=e.includeInvisible||!1;return _r(i,n,r,e.intersect,s,a)},x(i,t,e,s){let n=Me(t,i);return Jo(i,n,"x",e.intersect,s)},y(i,t,e,s){let n=Me(t,i);return Jo(i,n,"y",e.intersect,s)}}},jl=["left","top","right","bottom"];function Ii(i,t){return i.filter(e=>e.pos===t)}function Qo(i,t){return i.filter(e=>jl.indexOf(e.pos)===-1&&e.box.axis===t)}function ji(i,t){return i.sort((e,s)=>{let n=t?s:e,r=t?e:s;return n.weight===r.weight?n.index-r.index:n.weight-r.weight})}function Uh(i){let t=[],e,s,n,r,a,o;for(e=0,s=(i||[]).length;e<s;++e)n=i[e],{position:r,options:{stack:a,stackWeight:o=1}}=n,t.push({index:e,box:n,pos:r,horizontal:n.isHorizontal(),weight:n.weight,stack:a&&r+a,stackWeight:o});return t}function Yh(i){let t={};for(let e of i){let{stack:s,pos:n,stackWeight:r}=e;if(!s||!jl.includes(n))continue;let a=t[s]||(t[s]={count:0,placed:0,weight:0,size:0});a.count++,a.weight+=r}return t}function Xh(i,t){let e=Yh(i),{vBoxMaxWidth:s,hBoxMaxHeight:n}=t,r,a,o;for(r=0,a=i.length;r<a;++r){o=i[r];let{fullSize:l}=o.box,c=e[o.stack],d=c&&o.stackWeight/c.weight;o.horizontal?(o.width=d?d*s:l&&t.availableWidth,o.height=n):(o.width=s,o.height=d?d*n:l&&t.availableHeight)}return e}function Zh(i){let t=Uh(i),e=ji(t.filter(c=>c.box.fullSize),!0),s=ji(Ii(t,"left"),!0),n=ji(Ii(t,"right")),r=ji(Ii(t,"top"),!0),a=ji(Ii(t,"bottom")),o=Qo(t,"x"),l=Qo(t,"y");return{fullSize:e,leftAndTop:s.concat(r),rightAndBottom:n.concat(l).concat(a).concat(o),chartArea:Ii(t,"chartArea"),vertical:s.concat(n).concat(l),horizontal:r.concat(a).concat(o)}}function tl(i,t,e,s){return Math.max(i[e],t[e])+Math.max(i[s],t[s])}function Hl(i,t){i.top=Math.max(i.top,t.top),i.left=Math.max(i.left,t.left),i.bottom=Math.max(i.bottom,t.bottom),i.right=Math.max(i.right,t.right)}function Gh(i,t,e,s){let{pos:n,box:r}=e,a=i.maxPadding;if(!N(n)){e.size&&(i[n]-=e.size);let h=s[e.stack]||{size:0,count:1};h.size=Math.max(h.size,e.horizontal?r.height:r.width),e.size=h.size/h.count,i[n]+=e.size}r.getPadding&&Hl(a,r.getPadding());let o=Math.max(0,t.outerWidth-tl(a,i,"left","right")),l=Math.max(0,t.outerHeight-tl(a,i,"top","bottom")),c=o!==i.w,d=l!==i.h;return i.w=o,i.h=l,e.horizontal?{same:c,other:d}:{same:d,other:c}}function Kh(i){let t=i.maxPadding;function e(s){let n=Math.max(t[s]-i[s],0);return i[s]+=n,n}i.y+=e("top"),i.x+=e("left"),e("right"),e("bottom")}function Jh(i,t){let e=t.maxPadding;function s(n){let r={left:0,top:0,right:0,bottom:0};return n.forEach(a=>{r[a]=Math.max(t[a],e[a])}),r}return s(i?["left","right"]:["top","bottom"])}function Vi(i,t,e,s){let n=[],r,a,o,l,c,d;for(r=0,a=i.length,c=0;r<a;++r){o=i[r],l=o.box,l.update(o.width||t.w,o.height||t.h,Jh(o.horizontal,t));let{same:h,other:u}=Gh(t,e,o,s);c|=h&&n.length,d=d||u,l.fullSize||n.push(o)}return c&&Vi(n,t,e,s)||d}function Ns(i,t,e,s,n){i.top=e,i.left=t,i.right=t+s,i.bottom=e+n,i.width=s,i.height=n}function el(i,t,e,s){let n=e.padding,{x:r,y:a}=t;for(let o of i){let l=o.box,c=s[o.stack]||{count:1,placed:0,weight:1},d=o.stackWeight/c.weight||1;if(o.horizontal){let h=t.w*d,u=c.size||l.height;ci(c.start)&&(a=c.start),l.fullSize?Ns(l,n.left,a,e.outerWidth-n.right-n.left,u):Ns(l,t.left+c.placed,a,h,u),c.start=a,c.placed+=h,a=l.bottom}else{let h=t.h*d,u=c.size||l.width;ci(c.start)&&(r=c.start),l.fullSize?Ns(l,r,n.top,u,e.outerHeight-n.bottom-n.top):Ns(l,r,t.top+c.placed,u,h),c.start=r,c.placed+=h,r=l.right}}t.x=r,t.y=a}var Ae={addBox(i,t){i.boxes||(i.boxes=[]),t.fullSize=t.fullSize||!1,t.position=t.position||"top",t.weight=t.weight||0,t._layers=t._layers||function(){return[{z:0,draw(e){t.draw(e)}}]},i.boxes.push(t)},removeBox(i,t){let e=i.boxes?i.boxes.indexOf(t):-1;e!==-1&&i.boxes.splice(e,1)},configure(i,t,e){t.fullSize=e.fullSize,t.position=e.position,t.weight=e.weight},update(i,t,e,s){if(!i)return;let n=yt(i.options.layout.padding),r=Math.max(t-n.width,0),a=Math.max(e-n.height,0),o=Zh(i.boxes),l=o.vertical,c=o.horizontal;U(i.boxes,m=>{typeof m.beforeLayout=="function"&&m.beforeLayout()});let d=l.reduce((m,_)=>_.box.options&&_.box.options.display===!1?m:m+1,0)||1,h=Object.freeze({outerWidth:t,outerHeight:e,padding:n,availableWidth:r,availableHeight:a,vBoxMaxWidth:r/2/d,hBoxMaxHeight:a/2}),u=Object.assign({},n);Hl(u,yt(s));let p=Object.assign({maxPadding:u,w:r,h:a,x:n.left,y:n.top},n),g=Xh(l.concat(c),h);Vi(o.fullSize,p,h,g),Vi(l,p,h,g),Vi(c,p,h,g)&&Vi(l,p,h,g),Kh(p),el(o.leftAndTop,p,h,g),p.x+=p.w,p.y+=p.h,el(o.rightAndBottom,p,h,g),i.chartArea={left:p.left,top:p.top,right:p.left+p.w,bottom:p.top+p.h,height:p.h,width:p.w},U(o.chartArea,m=>{let _=m.box;Object.assign(_,i.chartArea),_.update(p.w,p.h,{left:0,top:0,right:0,bottom:0})})}},Ks=class{acquireContext(t,e){}releaseContext(t){return!1}addEventListener(t,e,s){}removeEventListener(t,e,s){}getDevicePixelRatio(){return 1}getMaximumSize(t,e,s,n){return e=Math.max(0,e||t.width),s=s||t.height,{width:e,height:Math.max(0,n?Math.floor(e/n):s)}}isAttached(t){return!0}updateConfig(t){}},kr=class extends Ks{acquireContext(t){return t&&t.getContext&&t.getContext("2d")||null}updateConfig(t){t.options.animation=!1}},Us="$chartjs",Qh={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},il=i=>i===null||i==="";function tu(i,t){let e=i.style,s=i.getAttribute("height"),n=i.getAttribute("width");if(i[Us]={initial:{height:s,width:n,style:{display:e.display,height:e.height,width:e.width}}},e.display=e.display||"block",e.boxSizing=e.boxSizing||"border-box",il(n)){let r=cr(i,"width");r!==void 0&&(i.width=r)}if(il(s))if(i.style.height==="")i.height=i.width/(t||2);else{let r=cr(i,"height");r!==void 0&&(i.height=r)}return i}var Nl=Ro?{passive:!0}:!1;function eu(i,t,e){i&&i.addEventListener(t,e,Nl)}function iu(i,t,e){i&&i.canvas&&i.canvas.removeEventListener(t,e,Nl)}function su(i,t){let e=Qh[i.type]||i.type,{x:s,y:n}=Me(i,t);return{type:e,chart:t,native:i,x:s!==void 0?s:null,y:n!==void 0?n:null}}function Js(i,t){for(let e of i)if(e===t||e.contains(t))return!0}function nu(i,t,e){let s=i.canvas,n=new MutationObserver(r=>{let a=!1;for(let o of r)a=a||Js(o.addedNodes,s),a=a&&!Js(o.removedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}function ru(i,t,e){let s=i.canvas,n=new MutationObserver(r=>{let a=!1;for(let o of r)a=a||Js(o.removedNodes,s),a=a&&!Js(o.addedNodes,s);a&&e()});return n.observe(document,{childList:!0,subtree:!0}),n}var qi=new Map,sl=0;function Vl(){let i=window.devicePixelRatio;i!==sl&&(sl=i,qi.forEach((t,e)=>{e.currentDevicePixelRatio!==i&&t()}))}function au(i,t){qi.size||window.addEventListener("resize",Vl),qi.set(i,t)}function ou(i){qi.delete(i),qi.size||window.removeEventListener("resize",Vl)}function lu(i,t,e){let s=i.canvas,n=s&&js(s);if(!n)return;let r=Kn((o,l)=>{let c=n.clientWidth;e(o,l),c<n.clientWidth&&e()},window),a=new ResizeObserver(o=>{let l=o[0],c=l.contentRect.width,d=l.contentRect.height;c===0&&d===0||r(c,d)});return a.observe(n),au(i,r),a}function br(i,t,e){e&&e.disconnect(),t==="resize"&&ou(i)}function cu(i,t,e){let s=i.canvas,n=Kn(r=>{i.ctx!==null&&e(su(r,i))},i);return eu(s,t,n),n}var Sr=class extends Ks{acquireContext(t,e){let s=t&&t.getContext&&t.getContext("2d");return s&&s.canvas===t?(tu(t,e),s):null}releaseContext(t){let e=t.canvas;if(!e[Us])return!1;let s=e[Us].initial;["height","width"].forEach(r=>{let a=s[r];j(a)?e.removeAttribute(r):e.setAttribute(r,a)});let n=s.style||{};return Object.keys(n).forEach(r=>{e.style[r]=n[r]}),e.width=e.width,delete e[Us],!0}addEventListener(t,e,s){this.removeEventListener(t,e);let n=t.$proxies||(t.$proxies={}),a={attach:nu,detach:ru,resize:lu}[e]||cu;n[e]=a(t,e,s)}removeEventListener(t,e){let s=t.$proxies||(t.$proxies={}),n=s[e];if(!n)return;({attach:br,detach:br,resize:br}[e]||iu)(t,e,n),s[e]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(t,e,s,n){return Lo(t,e,s,n)}isAttached(t){let e=t&&js(t);return!!(e&&e.isConnected)}};function du(i){return!Is()||typeof OffscreenCanvas<"u"&&i instanceof OffscreenCanvas?kr:Sr}var le=class{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}hasValue(){return hi(this.x)&&hi(this.y)}getProps(t,e){let s=this.$animations;if(!e||!s)return this;let n={};return t.forEach(r=>{n[r]=s[r]&&s[r].active()?s[r]._to:this[r]}),n}};function hu(i,t){let e=i.options.ticks,s=uu(i),n=Math.min(e.maxTicksLimit||s,s),r=e.major.enabled?fu(t):[],a=r.length,o=r[0],l=r[a-1],c=[];if(a>n)return mu(t,c,r,a/n),c;let d=pu(r,t,n);if(a>0){let h,u,p=a>1?Math.round((l-o)/(a-1)):null;for(Vs(t,c,d,j(p)?0:o-p,o),h=0,u=a-1;h<u;h++)Vs(t,c,d,r[h],r[h+1]);return Vs(t,c,d,l,j(p)?t.length:l+p),c}return Vs(t,c,d),c}function uu(i){let t=i.options.offset,e=i._tickSize(),s=i._length/e+(t?0:1),n=i._maxLength/e;return Math.floor(Math.min(s,n))}function pu(i,t,e){let s=gu(i),n=t.length/e;if(!s)return Math.max(n,1);let r=uo(s);for(let a=0,o=r.length-1;a<o;a++){let l=r[a];if(l>n)return l}return Math.max(n,1)}function fu(i){let t=[],e,s;for(e=0,s=i.length;e<s;e++)i[e].major&&t.push(e);return t}function mu(i,t,e,s){let n=0,r=e[0],a;for(s=Math.ceil(s),a=0;a<i.length;a++)a===r&&(t.push(i[a]),n++,r=e[n*s])}function Vs(i,t,e,s,n){let r=L(s,0),a=Math.min(L(n,i.length),i.length),o=0,l,c,d;for(e=Math.ceil(e),n&&(l=n-s,e=l/Math.floor(l/e)),d=r;d<0;)o++,d=Math.round(r+o*e);for(c=Math.max(r,0);c<a;c++)c===d&&(t.push(i[c]),o++,d=Math.round(r+o*e))}function gu(i){let t=i.length,e,s;if(t<2)return!1;for(s=i[0],e=1;e<t;++e)if(i[e]-i[e-1]!==s)return!1;return s}var _u=i=>i==="left"?"right":i==="right"?"left":i,nl=(i,t,e)=>t==="top"||t==="left"?i[t]+e:i[t]-e,rl=(i,t)=>Math.min(t||i,i);function al(i,t){let e=[],s=i.length/t,n=i.length,r=0;for(;r<n;r+=s)e.push(i[Math.floor(r)]);return e}function bu(i,t,e){let s=i.ticks.length,n=Math.min(t,s-1),r=i._startPixel,a=i._endPixel,o=1e-6,l=i.getPixelForTick(n),c;if(!(e&&(s===1?c=Math.max(l-r,a-l):t===0?c=(i.getPixelForTick(1)-l)/2:c=(l-i.getPixelForTick(n-1))/2,l+=n<t?c:-c,l<r-o||l>a+o)))return l}function yu(i,t){U(i,e=>{let s=e.gc,n=s.length/2,r;if(n>t){for(r=0;r<n;++r)delete e.data[s[r]];s.splice(0,n)}})}function Hi(i){return i.drawTicks?i.tickLength:0}function ol(i,t){if(!i.display)return 0;let e=pt(i.font,t),s=yt(i.padding);return(J(i.text)?i.text.length:1)*e.lineHeight+s.height}function xu(i,t){return re(i,{scale:t,type:"scale"})}function vu(i,t,e){return re(i,{tick:e,index:t,type:"tick"})}function $u(i,t,e){let s=Jn(i);return(e&&t!=="right"||!e&&t==="right")&&(s=_u(s)),s}function wu(i,t,e,s){let{top:n,left:r,bottom:a,right:o,chart:l}=i,{chartArea:c,scales:d}=l,h=0,u,p,g,m=a-n,_=o-r;if(i.isHorizontal()){if(p=Mt(s,r,o),N(e)){let x=Object.keys(e)[0],$=e[x];g=d[x].getPixelForValue($)+m-t}else e==="center"?g=(c.bottom+c.top)/2+m-t:g=nl(i,e,t);u=o-r}else{if(N(e)){let x=Object.keys(e)[0],$=e[x];p=d[x].getPixelForValue($)-_+t}else e==="center"?p=(c.left+c.right)/2-_+t:p=nl(i,e,t);g=Mt(s,a,n),h=e==="left"?-wt:wt}return{titleX:p,titleY:g,maxWidth:u,rotation:h}}var Ge=class i extends le{constructor(t){super(),this.id=t.id,this.type=t.type,this.options=void 0,this.ctx=t.ctx,this.chart=t.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(t){this.options=t.setContext(this.getContext()),this.axis=t.axis,this._userMin=this.parse(t.min),this._userMax=this.parse(t.max),this._suggestedMin=this.parse(t.suggestedMin),this._suggestedMax=this.parse(t.suggestedMax)}parse(t,e){return t}getUserBounds(){let{_userMin:t,_userMax:e,_suggestedMin:s,_suggestedMax:n}=this;return t=St(t,Number.POSITIVE_INFINITY),e=St(e,Number.NEGATIVE_INFINITY),s=St(s,Number.POSITIVE_INFINITY),n=St(n,Number.NEGATIVE_INFINITY),{min:St(t,s),max:St(e,n),minDefined:dt(t),maxDefined:dt(e)}}getMinMax(t){let{min:e,max:s,minDefined:n,maxDefined:r}=this.getUserBounds(),a;if(n&&r)return{min:e,max:s};let o=this.getMatchingVisibleMetas();for(let l=0,c=o.length;l<c;++l)a=o[l].controller.getMinMax(this,t),n||(e=Math.min(e,a.min)),r||(s=Math.max(s,a.max));return e=r&&e>s?s:e,s=n&&e>s?e:s,{min:St(e,St(s,e)),max:St(s,St(e,s))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){let t=this.chart.data;return this.options.labels||(this.isHorizontal()?t.xLabels:t.yLabels)||t.labels||[]}getLabelItems(t=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(t))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){X(this.options.beforeUpdate,[this])}update(t,e,s){let{beginAtZero:n,grace:r,ticks:a}=this.options,o=a.sampleSize;this.beforeUpdate(),this.maxWidth=t,this.maxHeight=e,this._margins=s=Object.assign({left:0,right:0,top:0,bottom:0},s),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+s.left+s.right:this.height+s.top+s.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=Do(this,r,n),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();let l=o<this.ticks.length;this._convertTicksToLabels(l?al(this.ticks,o):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),a.display&&(a.autoSkip||a.source==="auto")&&(this.ticks=hu(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),l&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let t=this.options.reverse,e,s;this.isHorizontal()?(e=this.left,s=this.right):(e=this.top,s=this.bottom,t=!t),this._startPixel=e,this._endPixel=s,this._reversePixels=t,this._length=s-e,this._alignToPixels=this.options.alignToPixels}afterUpdate(){X(this.options.afterUpdate,[this])}beforeSetDimensions(){X(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){X(this.options.afterSetDimensions,[this])}_callHooks(t){this.chart.notifyPlugins(t,this.getContext()),X(this.options[t],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){X(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(t){let e=this.options.ticks,s,n,r;for(s=0,n=t.length;s<n;s++)r=t[s],r.label=X(e.callback,[r.value,s,t],this)}afterTickToLabelConversion(){X(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){X(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){let t=this.options,e=t.ticks,s=rl(this.ticks.length,t.ticks.maxTicksLimit),n=e.minRotation||0,r=e.maxRotation,a=n,o,l,c;if(!this._isVisible()||!e.display||n>=r||s<=1||!this.isHorizontal()){this.labelRotation=n;return}let d=this._getLabelSizes(),h=d.widest.width,u=d.highest.height,p=kt(this.chart.width-h,0,this.maxWidth);o=t.offset?this.maxWidth/s:p/(s-1),h+6>o&&(o=p/(s-(t.offset?.5:1)),l=this.maxHeight-Hi(t.grid)-e.padding-ol(t.title,this.chart.options.font),c=Math.sqrt(h*h+u*u),a=Cs(Math.min(Math.asin(kt((d.highest.height+6)/o,-1,1)),Math.asin(kt(l/c,-1,1))-Math.asin(kt(u/c,-1,1)))),a=Math.max(n,Math.min(r,a))),this.labelRotation=a}afterCalculateLabelRotation(){X(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){X(this.options.beforeFit,[this])}fit(){let t={width:0,height:0},{chart:e,options:{ticks:s,title:n,grid:r}}=this,a=this._isVisible(),o=this.isHorizontal();if(a){let l=ol(n,e.options.font);if(o?(t.width=this.maxWidth,t.height=Hi(r)+l):(t.height=this.maxHeight,t.width=Hi(r)+l),s.display&&this.ticks.length){let{first:c,last:d,widest:h,highest:u}=this._getLabelSizes(),p=s.padding*2,g=ne(this.labelRotation),m=Math.cos(g),_=Math.sin(g);if(o){let x=s.mirror?0:_*h.width+m*u.height;t.height=Math.min(this.maxHeight,t.height+x+p)}else{let x=s.mirror?0:m*h.width+_*u.height;t.width=Math.min(this.maxWidth,t.width+x+p)}this._calculatePadding(c,d,_,m)}}this._handleMargins(),o?(this.width=this._length=e.width-this._margins.left-this._margins.right,this.height=t.height):(this.width=t.width,this.height=this._length=e.height-this._margins.top-this._margins.bottom)}_calculatePadding(t,e,s,n){let{ticks:{align:r,padding:a},position:o}=this.options,l=this.labelRotation!==0,c=o!=="top"&&this.axis==="x";if(this.isHorizontal()){let d=this.getPixelForTick(0)-this.left,h=this.right-this.getPixelForTick(this.ticks.length-1),u=0,p=0;l?c?(u=n*t.width,p=s*e.height):(u=s*t.height,p=n*e.width):r==="start"?p=e.width:r==="end"?u=t.width:r!=="inner"&&(u=t.width/2,p=e.width/2),this.paddingLeft=Math.max((u-d+a)*this.width/(this.width-d),0),this.paddingRight=Math.max((p-h+a)*this.width/(this.width-h),0)}else{let d=e.height/2,h=t.height/2;r==="start"?(d=0,h=t.height):r==="end"&&(d=e.height,h=0),this.paddingTop=d+a,this.paddingBottom=h+a}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){X(this.options.afterFit,[this])}isHorizontal(){let{axis:t,position:e}=this.options;return e==="top"||e==="bottom"||t==="x"}isFullSize(){return this.options.fullSize}_convertTicksToLabels(t){this.beforeTickToLabelConversion(),this.generateTickLabels(t);let e,s;for(e=0,s=t.length;e<s;e++)j(t[e].label)&&(t.splice(e,1),s--,e--);this.afterTickToLabelConversion()}_getLabelSizes(){let t=this._labelSizes;if(!t){let e=this.options.ticks.sampleSize,s=this.ticks;e<s.length&&(s=al(s,e)),this._labelSizes=t=this._computeLabelSizes(s,s.length,this.options.ticks.maxTicksLimit)}return t}_computeLabelSizes(t,e,s){let{ctx:n,_longestTextCache:r}=this,a=[],o=[],l=Math.floor(e/rl(e,s)),c=0,d=0,h,u,p,g,m,_,x,$,S,M,w;for(h=0;h<e;h+=l){if(g=t[h].label,m=this._resolveTickFontOptions(h),n.font=_=m.string,x=r[_]=r[_]||{data:{},gc:[]},$=m.lineHeight,S=M=0,!j(g)&&!J(g))S=zi(n,x.data,x.gc,S,g),M=$;else if(J(g))for(u=0,p=g.length;u<p;++u)w=g[u],!j(w)&&!J(w)&&(S=zi(n,x.data,x.gc,S,w),M+=$);a.push(S),o.push(M),c=Math.max(S,c),d=Math.max(M,d)}yu(r,e);let C=a.indexOf(c),D=o.indexOf(d),A=z=>({width:a[z]||0,height:o[z]||0});return{first:A(0),last:A(e-1),widest:A(C),highest:A(D),widths:a,heights:o}}getLabelForValue(t){return t}getPixelForValue(t,e){return NaN}getValueForPixel(t){}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getPixelForDecimal(t){this._reversePixels&&(t=1-t);let e=this._startPixel+t*this._length;return mo(this._alignToPixels?ke(this.chart,e,0):e)}getDecimalForPixel(t){let e=(t-this._startPixel)/this._length;return this._reversePixels?1-e:e}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){let{min:t,max:e}=this;return t<0&&e<0?e:t>0&&e>0?t:0}getContext(t){let e=this.ticks||[];if(t>=0&&t<e.length){let s=e[t];return s.$context||(s.$context=vu(this.getContext(),t,s))}return this.$context||(this.$context=xu(this.chart.getContext(),this))}_tickSize(){let t=this.options.ticks,e=ne(this.labelRotation),s=Math.abs(Math.cos(e)),n=Math.abs(Math.sin(e)),r=this._getLabelSizes(),a=t.autoSkipPadding||0,o=r?r.widest.width+a:0,l=r?r.highest.height+a:0;return this.isHorizontal()?l*s>o*n?o/s:l/n:l*n<o*s?l/s:o/n}_isVisible(){let t=this.options.display;return t!=="auto"?!!t:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(t){let e=this.axis,s=this.chart,n=this.options,{grid:r,position:a,border:o}=n,l=r.offset,c=this.isHorizontal(),h=this.ticks.length+(l?1:0),u=Hi(r),p=[],g=o.setContext(this.getContext()),m=g.display?g.width:0,_=m/2,x=function(ft){return ke(s,ft,m)},$,S,M,w,C,D,A,z,W,F,q,$t;if(a==="top")$=x(this.bottom),D=this.bottom-u,z=$-_,F=x(t.top)+_,$t=t.bottom;else if(a==="bottom")$=x(this.top),F=t.top,$t=x(t.bottom)-_,D=$+_,z=this.top+u;else if(a==="left")$=x(this.right),C=this.right-u,A=$-_,W=x(t.left)+_,q=t.right;else if(a==="right")$=x(this.left),W=t.left,q=x(t.right)-_,C=$+_,A=this.left+u;else if(e==="x"){if(a==="center")$=x((t.top+t.bottom)/2+.5);else if(N(a)){let ft=Object.keys(a)[0],Tt=a[ft];$=x(this.chart.scales[ft].getPixelForValue(Tt))}F=t.top,$t=t.bottom,D=$+_,z=D+u}else if(e==="y"){if(a==="center")$=x((t.left+t.right)/2);else if(N(a)){let ft=Object.keys(a)[0],Tt=a[ft];$=x(this.chart.scales[ft].getPixelForValue(Tt))}C=$-_,A=C-u,W=t.left,q=t.right}let Vt=L(n.ticks.maxTicksLimit,h),rt=Math.max(1,Math.ceil(h/Vt));for(S=0;S<h;S+=rt){let ft=this.getContext(S),Tt=r.setContext(ft),Gi=o.setContext(ft),Ki=Tt.lineWidth,Ke=Tt.color,Ji=Gi.dash||[],Je=Gi.dashOffset,gi=Tt.tickWidth,Pe=Tt.tickColor,_i=Tt.tickBorderDash||[],Ce=Tt.tickBorderDashOffset;M=bu(this,S,l),M!==void 0&&(w=ke(s,M,Ki),c?C=A=W=q=w:D=z=F=$t=w,p.push({tx1:C,ty1:D,tx2:A,ty2:z,x1:W,y1:F,x2:q,y2:$t,width:Ki,color:Ke,borderDash:Ji,borderDashOffset:Je,tickWidth:gi,tickColor:Pe,tickBorderDash:_i,tickBorderDashOffset:Ce}))}return this._ticksLength=h,this._borderValue=$,p}_computeLabelItems(t){let e=this.axis,s=this.options,{position:n,ticks:r}=s,a=this.isHorizontal(),o=this.ticks,{align:l,crossAlign:c,padding:d,mirror:h}=r,u=Hi(s.grid),p=u+d,g=h?-d:p,m=-ne(this.labelRotation),_=[],x,$,S,M,w,C,D,A,z,W,F,q,$t="middle";if(n==="top")C=this.bottom-g,D=this._getXAxisLabelAlignment();else if(n==="bottom")C=this.top+g,D=this._getXAxisLabelAlignment();else if(n==="left"){let rt=this._getYAxisLabelAlignment(u);D=rt.textAlign,w=rt.x}else if(n==="right"){let rt=this._getYAxisLabelAlignment(u);D=rt.textAlign,w=rt.x}else if(e==="x"){if(n==="center")C=(t.top+t.bottom)/2+p;else if(N(n)){let rt=Object.keys(n)[0],ft=n[rt];C=this.chart.scales[rt].getPixelForValue(ft)+p}D=this._getXAxisLabelAlignment()}else if(e==="y"){if(n==="center")w=(t.left+t.right)/2-p;else if(N(n)){let rt=Object.keys(n)[0],ft=n[rt];w=this.chart.scales[rt].getPixelForValue(ft)}D=this._getYAxisLabelAlignment(u).textAlign}e==="y"&&(l==="start"?$t="top":l==="end"&&($t="bottom"));let Vt=this._getLabelSizes();for(x=0,$=o.length;x<$;++x){S=o[x],M=S.label;let rt=r.setContext(this.getContext(x));A=this.getPixelForTick(x)+r.labelOffset,z=this._resolveTickFontOptions(x),W=z.lineHeight,F=J(M)?M.length:1;let ft=F/2,Tt=rt.color,Gi=rt.textStrokeColor,Ki=rt.textStrokeWidth,Ke=D;a?(w=A,D==="inner"&&(x===$-1?Ke=this.options.reverse?"left":"right":x===0?Ke=this.options.reverse?"right":"left":Ke="center"),n==="top"?c==="near"||m!==0?q=-F*W+W/2:c==="center"?q=-Vt.highest.height/2-ft*W+W:q=-Vt.highest.height+W/2:c==="near"||m!==0?q=W/2:c==="center"?q=Vt.highest.height/2-ft*W:q=Vt.highest.height-F*W,h&&(q*=-1),m!==0&&!rt.showLabelBackdrop&&(w+=W/2*Math.sin(m))):(C=A,q=(1-F)*W/2);let Ji;if(rt.showLabelBackdrop){let Je=yt(rt.backdropPadding),gi=Vt.heights[x],Pe=Vt.widths[x],_i=q-Je.top,Ce=0-Je.left;switch($t){case"middle":_i-=gi/2;break;case"bottom":_i-=gi;break}switch(D){case"center":Ce-=Pe/2;break;case"right":Ce-=Pe;break;case"inner":x===$-1?Ce-=Pe:x>0&&(Ce-=Pe/2);break}Ji={left:Ce,top:_i,width:Pe+Je.width,height:gi+Je.height,color:rt.backdropColor}}_.push({label:M,font:z,textOffset:q,options:{rotation:m,color:Tt,strokeColor:Gi,strokeWidth:Ki,textAlign:Ke,textBaseline:$t,translation:[w,C],backdrop:Ji}})}return _}_getXAxisLabelAlignment(){let{position:t,ticks:e}=this.options;if(-ne(this.labelRotation))return t==="top"?"left":"right";let n="center";return e.align==="start"?n="left":e.align==="end"?n="right":e.align==="inner"&&(n="inner"),n}_getYAxisLabelAlignment(t){let{position:e,ticks:{crossAlign:s,mirror:n,padding:r}}=this.options,a=this._getLabelSizes(),o=t+r,l=a.widest.width,c,d;return e==="left"?n?(d=this.right+r,s==="near"?c="left":s==="center"?(c="center",d+=l/2):(c="right",d+=l)):(d=this.right-o,s==="near"?c="right":s==="center"?(c="center",d-=l/2):(c="left",d=this.left)):e==="right"?n?(d=this.left+r,s==="near"?c="right":s==="center"?(c="center",d-=l/2):(c="left",d-=l)):(d=this.left+o,s==="near"?c="left":s==="center"?(c="center",d+=l/2):(c="right",d=this.right)):c="right",{textAlign:c,x:d}}_computeLabelArea(){if(this.options.ticks.mirror)return;let t=this.chart,e=this.options.position;if(e==="left"||e==="right")return{top:0,left:this.left,bottom:t.height,right:this.right};if(e==="top"||e==="bottom")return{top:this.top,left:0,bottom:this.bottom,right:t.width}}drawBackground(){let{ctx:t,options:{backgroundColor:e},left:s,top:n,width:r,height:a}=this;e&&(t.save(),t.fillStyle=e,t.fillRect(s,n,r,a),t.restore())}getLineWidthForValue(t){let e=this.options.grid;if(!this._isVisible()||!e.display)return 0;let n=this.ticks.findIndex(r=>r.value===t);return n>=0?e.setContext(this.getContext(n)).lineWidth:0}drawGrid(t){let e=this.options.grid,s=this.ctx,n=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(t)),r,a,o=(l,c,d)=>{!d.width||!d.color||(s.save(),s.lineWidth=d.width,s.strokeStyle=d.color,s.setLineDash(d.borderDash||[]),s.lineDashOffset=d.borderDashOffset,s.beginPath(),s.moveTo(l.x,l.y),s.lineTo(c.x,c.y),s.stroke(),s.restore())};if(e.display)for(r=0,a=n.length;r<a;++r){let l=n[r];e.drawOnChartArea&&o({x:l.x1,y:l.y1},{x:l.x2,y:l.y2},l),e.drawTicks&&o({x:l.tx1,y:l.ty1},{x:l.tx2,y:l.ty2},{color:l.tickColor,width:l.tickWidth,borderDash:l.tickBorderDash,borderDashOffset:l.tickBorderDashOffset})}}drawBorder(){let{chart:t,ctx:e,options:{border:s,grid:n}}=this,r=s.setContext(this.getContext()),a=s.display?r.width:0;if(!a)return;let o=n.setContext(this.getContext(0)).lineWidth,l=this._borderValue,c,d,h,u;this.isHorizontal()?(c=ke(t,this.left,a)-a/2,d=ke(t,this.right,o)+o/2,h=u=l):(h=ke(t,this.top,a)-a/2,u=ke(t,this.bottom,o)+o/2,c=d=l),e.save(),e.lineWidth=r.width,e.strokeStyle=r.color,e.beginPath(),e.moveTo(c,h),e.lineTo(d,u),e.stroke(),e.restore()}drawLabels(t){if(!this.options.ticks.display)return;let s=this.ctx,n=this._computeLabelArea();n&&Rs(s,n);let r=this.getLabelItems(t);for(let a of r){let o=a.options,l=a.font,c=a.label,d=a.textOffset;Ue(s,c,0,d,l,o)}n&&Os(s)}drawTitle(){let{ctx:t,options:{position:e,title:s,reverse:n}}=this;if(!s.display)return;let r=pt(s.font),a=yt(s.padding),o=s.align,l=r.lineHeight/2;e==="bottom"||e==="center"||N(e)?(l+=a.bottom,J(s.text)&&(l+=r.lineHeight*(s.text.length-1))):l+=a.top;let{titleX:c,titleY:d,maxWidth:h,rotation:u}=wu(this,l,e,o);Ue(t,s.text,0,0,r,{color:s.color,maxWidth:h,rotation:u,textAlign:$u(o,e,n),textBaseline:"middle",translation:[c,d],strokeColor:s.strokeColor,strokeWidth:s.strokeWidth})}draw(t){this._isVisible()&&(this.drawBackground(),this.drawGrid(t),this.drawBorder(),this.drawTitle(),this.drawLabels(t))}_layers(){let t=this.options,e=t.ticks&&t.ticks.z||0,s=L(t.grid&&t.grid.z,-1),n=L(t.border&&t.border.z,0);return!this._isVisible()||this.draw!==i.prototype.draw?[{z:e,draw:r=>{this.draw(r)}}]:[{z:s,draw:r=>{this.drawBackground(),this.drawGrid(r),this.drawTitle()}},{z:n,draw:()=>{this.drawBorder()}},{z:e,draw:r=>{this.drawLabels(r)}}]}getMatchingVisibleMetas(t){let e=this.chart.getSortedVisibleDatasetMetas(),s=this.axis+"AxisID",n=[],r,a;for(r=0,a=e.length;r<a;++r){let o=e[r];o[s]===this.id&&(!t||o.type===t)&&n.push(o)}return n}_resolveTickFontOptions(t){let e=this.options.ticks.setContext(this.getContext(t));return pt(e.font)}_maxDigits(){let t=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/t}},pi=class{constructor(t,e,s){this.type=t,this.scope=e,this.override=s,this.items=Object.create(null)}isForType(t){return Object.prototype.isPrototypeOf.call(this.type.prototype,t.prototype)}register(t){let e=Object.getPrototypeOf(t),s;Mu(e)&&(s=this.register(e));let n=this.items,r=t.id,a=this.scope+"."+r;if(!r)throw new Error("class does not have id: "+t);return r in n||(n[r]=t,ku(t,a,s),this.override&&et.override(t.id,t.overrides)),a}get(t){return this.items[t]}unregister(t){let e=this.items,s=t.id,n=this.scope;s in e&&delete e[s],n&&s in et[n]&&(delete et[n][s],this.override&&delete we[s])}};function ku(i,t,e){let s=ai(Object.create(null),[e?et.get(e):{},et.get(t),i.defaults]);et.set(t,s),i.defaultRoutes&&Su(t,i.defaultRoutes),i.descriptors&&et.describe(t,i.descriptors)}function Su(i,t){Object.keys(t).forEach(e=>{let s=e.split("."),n=s.pop(),r=[i].concat(s).join("."),a=t[e].split("."),o=a.pop(),l=a.join(".");et.route(r,n,l,o)})}function Mu(i){return"id"in i&&"defaults"in i}var Mr=class{constructor(){this.controllers=new pi(Wi,"datasets",!0),this.elements=new pi(le,"elements"),this.plugins=new pi(Object,"plugins"),this.scales=new pi(Ge,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...t){this._each("register",t)}remove(...t){this._each("unregister",t)}addControllers(...t){this._each("register",t,this.controllers)}addElements(...t){this._each("register",t,this.elements)}addPlugins(...t){this._each("register",t,this.plugins)}addScales(...t){this._each("register",t,this.scales)}getController(t){return this._get(t,this.controllers,"controller")}getElement(t){return this._get(t,this.elements,"element")}getPlugin(t){return this._get(t,this.plugins,"plugin")}getScale(t){return this._get(t,this.scales,"scale")}removeControllers(...t){this._each("unregister",t,this.controllers)}removeElements(...t){this._each("unregister",t,this.elements)}removePlugins(...t){this._each("unregister",t,this.plugins)}removeScales(...t){this._each("unregister",t,this.scales)}_each(t,e,s){[...e].forEach(n=>{let r=s||this._getRegistryForType(n);s||r.isForType(n)||r===this.plugins&&n.id?this._exec(t,r,n):U(n,a=>{let o=s||this._getRegistryForType(a);this._exec(t,o,a)})})}_exec(t,e,s){let n=Ps(t);X(s["before"+n],[],s),e[t](s),X(s["after"+n],[],s)}_getRegistryForType(t){for(let e=0;e<this._typedRegistries.length;e++){let s=this._typedRegistries[e];if(s.isForType(t))return s}return this.plugins}_get(t,e,s){let n=e.get(t);if(n===void 0)throw new Error('"'+t+'" is not a registered '+s+".");return n}},Zt=new Mr,Ar=class{constructor(){this._init=void 0}notify(t,e,s,n){if(e==="beforeInit"&&(this._init=this._createDescriptors(t,!0),this._notify(this._init,t,"install")),this._init===void 0)return;let r=n?this._descriptors(t).filter(n):this._descriptors(t),a=this._notify(r,t,e,s);return e==="afterDestroy"&&(this._notify(r,t,"stop"),this._notify(this._init,t,"uninstall"),this._init=void 0),a}_notify(t,e,s,n){n=n||{};for(let r of t){let a=r.plugin,o=a[s],l=[e,n,r.options];if(X(o,l,a)===!1&&n.cancelable)return!1}return!0}invalidate(){j(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(t){if(this._cache)return this._cache;let e=this._cache=this._createDescriptors(t);return this._notifyStateChanges(t),e}_createDescriptors(t,e){let s=t&&t.config,n=L(s.options&&s.options.plugins,{}),r=Au(s);return n===!1&&!e?[]:Pu(t,r,n,e)}_notifyStateChanges(t){let e=this._oldCache||[],s=this._cache,n=(r,a)=>r.filter(o=>!a.some(l=>o.plugin.id===l.plugin.id));this._notify(n(e,s),t,"stop"),this._notify(n(s,e),t,"start")}};function Au(i){let t={},e=[],s=Object.keys(Zt.plugins.items);for(let r=0;r<s.length;r++)e.push(Zt.getPlugin(s[r]));let n=i.plugins||[];for(let r=0;r<n.length;r++){let a=n[r];e.indexOf(a)===-1&&(e.push(a),t[a.id]=!0)}return{plugins:e,localIds:t}}function Du(i,t){return!t&&i===!1?null:i===!0?{}:i}function Pu(i,{plugins:t,localIds:e},s,n){let r=[],a=i.getContext();for(let o of t){let l=o.id,c=Du(s[l],n);c!==null&&r.push({plugin:o,options:Cu(i.config,{plugin:o,local:e[l]},c,a)})}return r}function Cu(i,{plugin:t,local:e},s,n){let r=i.pluginScopeKeys(t),a=i.getOptionScopes(s,r);return e&&t.defaults&&a.push(t.defaults),i.createResolver(a,n,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function Dr(i,t){let e=et.datasets[i]||{};return((t.datasets||{})[i]||{}).indexAxis||t.indexAxis||e.indexAxis||"x"}function Tu(i,t){let e=i;return i==="_index_"?e=t:i==="_value_"&&(e=t==="x"?"y":"x"),e}function Eu(i,t){return i===t?"_index_":"_value_"}function ll(i){if(i==="x"||i==="y"||i==="r")return i}function zu(i){if(i==="top"||i==="bottom")return"x";if(i==="left"||i==="right")return"y"}function Pr(i,...t){if(ll(i))return i;for(let e of t){let s=e.axis||zu(e.position)||i.length>1&&ll(i[0].toLowerCase());if(s)return s}throw new Error(`Cannot determine type of '${i}' axis. Please provide 'axis' or 'position' option.`)}function cl(i,t,e){if(e[t+"AxisID"]===i)return{axis:t}}function Lu(i,t){if(t.data&&t.data.datasets){let e=t.data.datasets.filter(s=>s.xAxisID===i||s.yAxisID===i);if(e.length)return cl(i,"x",e[0])||cl(i,"y",e[0])}return{}}function Ru(i,t){let e=we[i.type]||{scales:{}},s=t.scales||{},n=Dr(i.type,t),r=Object.create(null);return Object.keys(s).forEach(a=>{let o=s[a];if(!N(o))return console.error(`Invalid scale configuration for scale: ${a}`);if(o._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${a}`);let l=Pr(a,o,Lu(a,i),et.scales[o.type]),c=Eu(l,n),d=e.scales||{};r[a]=li(Object.create(null),[{axis:l},o,d[l],d[c]])}),i.data.datasets.forEach(a=>{let o=a.type||i.type,l=a.indexAxis||Dr(o,t),d=(we[o]||{}).scales||{};Object.keys(d).forEach(h=>{let u=Tu(h,l),p=a[u+"AxisID"]||u;r[p]=r[p]||Object.create(null),li(r[p],[{axis:u},s[p],d[h]])})}),Object.keys(r).forEach(a=>{let o=r[a];li(o,[et.scales[o.type],et.scale])}),r}function Bl(i){let t=i.options||(i.options={});t.plugins=L(t.plugins,{}),t.scales=Ru(i,t)}function Wl(i){return i=i||{},i.datasets=i.datasets||[],i.labels=i.labels||[],i}function Ou(i){return i=i||{},i.data=Wl(i.data),Bl(i),i}var dl=new Map,ql=new Set;function Bs(i,t){let e=dl.get(i);return e||(e=t(),dl.set(i,e),ql.add(e)),e}var Ni=(i,t,e)=>{let s=qe(t,e);s!==void 0&&i.add(s)},Cr=class{constructor(t){this._config=Ou(t),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(t){this._config.type=t}get data(){return this._config.data}set data(t){this._config.data=Wl(t)}get options(){return this._config.options}set options(t){this._config.options=t}get plugins(){return this._config.plugins}update(){let t=this._config;this.clearCache(),Bl(t)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(t){return Bs(t,()=>[[`datasets.${t}`,""]])}datasetAnimationScopeKeys(t,e){return Bs(`${t}.transition.${e}`,()=>[[`datasets.${t}.transitions.${e}`,`transitions.${e}`],[`datasets.${t}`,""]])}datasetElementScopeKeys(t,e){return Bs(`${t}-${e}`,()=>[[`datasets.${t}.elements.${e}`,`datasets.${t}`,`elements.${e}`,""]])}pluginScopeKeys(t){let e=t.id,s=this.type;return Bs(`${s}-plugin-${e}`,()=>[[`plugins.${e}`,...t.additionalOptionScopes||[]]])}_cachedScopes(t,e){let s=this._scopeCache,n=s.get(t);return(!n||e)&&(n=new Map,s.set(t,n)),n}getOptionScopes(t,e,s){let{options:n,type:r}=this,a=this._cachedScopes(t,s),o=a.get(e);if(o)return o;let l=new Set;e.forEach(d=>{t&&(l.add(t),d.forEach(h=>Ni(l,t,h))),d.forEach(h=>Ni(l,n,h)),d.forEach(h=>Ni(l,we[r]||{},h)),d.forEach(h=>Ni(l,et,h)),d.forEach(h=>Ni(l,zs,h))});let c=Array.from(l);return c.length===0&&c.push(Object.create(null)),ql.has(e)&&a.set(e,c),c}chartOptionScopes(){let{options:t,type:e}=this;return[t,we[e]||{},et.datasets[e]||{},{type:e},et,zs]}resolveNamedOptions(t,e,s,n=[""]){let r={$shared:!0},{resolver:a,subPrefixes:o}=hl(this._resolverCache,t,n),l=a;if(Iu(a,e)){r.$shared=!1,s=ie(s)?s():s;let c=this.createResolver(t,s,o);l=We(a,s,c)}for(let c of e)r[c]=l[c];return r}createResolver(t,e,s=[""],n){let{resolver:r}=hl(this._resolverCache,t,s);return N(e)?We(r,e,void 0,n):r}};function hl(i,t,e){let s=i.get(t);s||(s=new Map,i.set(t,s));let n=e.join(),r=s.get(n);return r||(r={resolver:Fs(t,e),subPrefixes:e.filter(o=>!o.toLowerCase().includes("hover"))},s.set(n,r)),r}var Fu=i=>N(i)&&Object.getOwnPropertyNames(i).some(t=>ie(i[t]));function Iu(i,t){let{isScriptable:e,isIndexable:s}=rr(i);for(let n of t){let r=e(n),a=s(n),o=(a||r)&&i[n];if(r&&(ie(o)||Fu(o))||a&&J(o))return!0}return!1}var ju="4.6.1",Hu=["top","bottom","left","right","chartArea"];function ul(i,t){return i==="top"||i==="bottom"||Hu.indexOf(i)===-1&&t==="x"}function pl(i,t){return function(e,s){return e[i]===s[i]?e[t]-s[t]:e[i]-s[i]}}function fl(i){let t=i.chart,e=t.options.animation;t.notifyPlugins("afterRender"),X(e&&e.onComplete,[i],t)}function Nu(i){let t=i.chart,e=t.options.animation;X(e&&e.onProgress,[i],t)}function Ul(i){return Is()&&typeof i=="string"?i=document.getElementById(i):i&&i.length&&(i=i[0]),i&&i.canvas&&(i=i.canvas),i}var Ys={},ml=i=>{let t=Ul(i);return Object.values(Ys).filter(e=>e.canvas===t).pop()};function Vu(i,t,e){let s=Object.keys(i);for(let n of s){let r=+n;if(r>=t){let a=i[n];delete i[n],(e>0||r>t)&&(i[r+e]=a)}}}function Bu(i,t,e,s){return!e||i.type==="mouseout"?null:s?t:i}var fi=class{static defaults=et;static instances=Ys;static overrides=we;static registry=Zt;static version=ju;static getChart=ml;static register(...t){Zt.add(...t),gl()}static unregister(...t){Zt.remove(...t),gl()}constructor(t,e){let s=this.config=new Cr(e),n=Ul(t),r=ml(n);if(r)throw new Error("Canvas is already in use. Chart with ID '"+r.id+"' must be destroyed before the canvas with ID '"+r.canvas.id+"' can be reused.");let a=s.createResolver(s.chartOptionScopes(),this.getContext());this.platform=new(s.platform||du(n)),this.platform.updateConfig(s);let o=this.platform.acquireContext(n,a.aspectRatio),l=o&&o.canvas,c=l&&l.height,d=l&&l.width;if(this.id=oo(),this.ctx=o,this.canvas=l,this.width=d,this.height=c,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new Ar,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=xo(h=>this.update(h),a.resizeDelay||0),this._dataChanges=[],Ys[this.id]=this,!o||!l){console.error("Failed to create chart: can't acquire context from the given item");return}ae.listen(this,"complete",fl),ae.listen(this,"progress",Nu),this._initialize(),this.attached&&this.update()}get aspectRatio(){let{options:{aspectRatio:t,maintainAspectRatio:e},width:s,height:n,_aspectRatio:r}=this;return j(t)?e&&r?r:n?s/n:null:t}get data(){return this.config.data}set data(t){this.config.data=t}get options(){return this._options}set options(t){this.config.options=t}get registry(){return Zt}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():lr(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return er(this.canvas,this.ctx),this}stop(){return ae.stop(this),this}resize(t,e){ae.running(this)?this._resizeBeforeDraw={width:t,height:e}:this._resize(t,e)}_resize(t,e){let s=this.options,n=this.canvas,r=s.maintainAspectRatio&&this.aspectRatio,a=this.platform.getMaximumSize(n,t,e,r),o=s.devicePixelRatio||this.platform.getDevicePixelRatio(),l=this.width?"resize":"attach";this.width=a.width,this.height=a.height,this._aspectRatio=this.aspectRatio,lr(this,o,!0)&&(this.notifyPlugins("resize",{size:a}),X(s.onResize,[this,a],this),this.attached&&this._doResize(l)&&this.render())}ensureScalesHaveIDs(){let e=this.options.scales||{};U(e,(s,n)=>{s.id=n})}buildOrUpdateScales(){let t=this.options,e=t.scales,s=this.scales,n=Object.keys(s).reduce((a,o)=>(a[o]=!1,a),{}),r=[];e&&(r=r.concat(Object.keys(e).map(a=>{let o=e[a],l=Pr(a,o),c=l==="r",d=l==="x";return{options:o,dposition:c?"chartArea":d?"bottom":"left",dtype:c?"radialLinear":d?"category":"linear"}}))),U(r,a=>{let o=a.options,l=o.id,c=Pr(l,o),d=L(o.type,a.dtype);(o.position===void 0||ul(o.position,c)!==ul(a.dposition))&&(o.position=a.dposition),n[l]=!0;let h=null;if(l in s&&s[l].type===d)h=s[l];else{let u=Zt.getScale(d);h=new u({id:l,type:d,ctx:this.ctx,chart:this}),s[h.id]=h}h.init(o,t)}),U(n,(a,o)=>{a||delete s[o]}),U(s,a=>{Ae.configure(this,a,a.options),Ae.addBox(this,a)})}_updateMetasets(){let t=this._metasets,e=this.data.datasets.length,s=t.length;if(t.sort((n,r)=>n.index-r.index),s>e){for(let n=e;n<s;++n)this._destroyDatasetMeta(n);t.splice(e,s-e)}this._sortedMetasets=t.slice(0).sort(pl("order","index"))}_removeUnreferencedMetasets(){let{_metasets:t,data:{datasets:e}}=this;t.length>e.length&&delete this._stacks,t.forEach((s,n)=>{e.filter(r=>r===s._dataset).length===0&&this._destroyDatasetMeta(n)})}buildOrUpdateControllers(){let t=[],e=this.data.datasets,s,n;for(this._removeUnreferencedMetasets(),s=0,n=e.length;s<n;s++){let r=e[s],a=this.getDatasetMeta(s),o=r.type||this.config.type;if(a.type&&a.type!==o&&(this._destroyDatasetMeta(s),a=this.getDatasetMeta(s)),a.type=o,a.indexAxis=r.indexAxis||Dr(o,this.options),a.order=r.order||0,a.index=s,a.label=""+r.label,a.visible=this.isDatasetVisible(s),a.controller)a.controller.updateIndex(s),a.controller.linkScales();else{let l=Zt.getController(o),{datasetElementType:c,dataElementType:d}=et.datasets[o];Object.assign(l,{dataElementType:Zt.getElement(d),datasetElementType:c&&Zt.getElement(c)}),a.controller=new l(this,s),t.push(a.controller)}}return this._updateMetasets(),t}_resetElements(){U(this.data.datasets,(t,e)=>{this.getDatasetMeta(e).controller.reset()},this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(t){let e=this.config;e.update();let s=this._options=e.createResolver(e.chartOptionScopes(),this.getContext()),n=this._animationsDisabled=!s.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),this.notifyPlugins("beforeUpdate",{mode:t,cancelable:!0})===!1)return;let r=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let a=0;for(let c=0,d=this.data.datasets.length;c<d;c++){let{controller:h}=this.getDatasetMeta(c),u=!n&&r.indexOf(h)===-1;h.buildOrUpdateElements(u),a=Math.max(+h.getMaxOverflow(),a)}a=this._minPadding=s.layout.autoPadding?a:0,this._updateLayout(a),n||U(r,c=>{c.reset()}),this._updateDatasets(t),this.notifyPlugins("afterUpdate",{mode:t}),this._layers.sort(pl("z","_idx"));let{_active:o,_lastEvent:l}=this;l?this._eventHandler(l,!0):o.length&&this._updateHoverStyles(o,o,!0),this.render()}_updateScales(){U(this.scales,t=>{Ae.removeBox(this,t)}),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){let t=this.options,e=new Set(Object.keys(this._listeners)),s=new Set(t.events);(!Bn(e,s)||!!this._responsiveListeners!==t.responsive)&&(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){let{_hiddenIndices:t}=this,e=this._getUniformDataChanges()||[];for(let{method:s,start:n,count:r}of e){let a=s==="_removeElements"?-r:r;Vu(t,n,a)}}_getUniformDataChanges(){let t=this._dataChanges;if(!t||!t.length)return;this._dataChanges=[];let e=this.data.datasets.length,s=r=>new Set(t.filter(a=>a[0]===r).map((a,o)=>o+","+a.splice(1).join(","))),n=s(0);for(let r=1;r<e;r++)if(!Bn(n,s(r)))return;return Array.from(n).map(r=>r.split(",")).map(r=>({method:r[1],start:+r[2],count:+r[3]}))}_updateLayout(t){if(this.notifyPlugins("beforeLayout",{cancelable:!0})===!1)return;Ae.update(this,this.width,this.height,t);let e=this.chartArea,s=e.width<=0||e.height<=0;this._layers=[],U(this.boxes,n=>{s&&n.position==="chartArea"||(n.configure&&n.configure(),this._layers.push(...n._layers()))},this),this._layers.forEach((n,r)=>{n._idx=r}),this.notifyPlugins("afterLayout")}_updateDatasets(t){if(this.notifyPlugins("beforeDatasetsUpdate",{mode:t,cancelable:!0})!==!1){for(let e=0,s=this.data.datasets.length;e<s;++e)this.getDatasetMeta(e).controller.configure();for(let e=0,s=this.data.datasets.length;e<s;++e)this._updateDataset(e,ie(t)?t({datasetIndex:e}):t);this.notifyPlugins("afterDatasetsUpdate",{mode:t})}}_updateDataset(t,e){let s=this.getDatasetMeta(t),n={meta:s,index:t,mode:e,cancelable:!0};this.notifyPlugins("beforeDatasetUpdate",n)!==!1&&(s.controller._update(e),n.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",n))}render(){this.notifyPlugins("beforeRender",{cancelable:!0})!==!1&&(ae.has(this)?this.attached&&!ae.running(this)&&ae.start(this):(this.draw(),fl({chart:this})))}draw(){let t;if(this._resizeBeforeDraw){let{width:s,height:n}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(s,n)}if(this.clear(),this.width<=0||this.height<=0||this.notifyPlugins("beforeDraw",{cancelable:!0})===!1)return;let e=this._layers;for(t=0;t<e.length&&e[t].z<=0;++t)e[t].draw(this.chartArea);for(this._drawDatasets();t<e.length;++t)e[t].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(t){let e=this._sortedMetasets,s=[],n,r;for(n=0,r=e.length;n<r;++n){let a=e[n];(!t||a.visible)&&s.push(a)}return s}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0})===!1)return;let t=this.getSortedVisibleDatasetMetas();for(let e=t.length-1;e>=0;--e)this._drawDataset(t[e]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(t){let e=this.ctx,s={meta:t,index:t.index,cancelable:!0},n=Vo(this,t);this.notifyPlugins("beforeDatasetDraw",s)!==!1&&(n&&Rs(e,n),t.controller.draw(),n&&Os(e),s.cancelable=!1,this.notifyPlugins("afterDatasetDraw",s))}isPointInArea(t){return Ut(t,this.chartArea,this._minPadding)}getElementsAtEventForMode(t,e,s,n){let r=qh.modes[e];return typeof r=="function"?r(this,t,s,n):[]}getDatasetMeta(t){let e=this.data.datasets[t],s=this._metasets,n=s.filter(r=>r&&r._dataset===e).pop();return n||(n={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:e&&e.order||0,index:t,_dataset:e,_parsed:[],_sorted:!1},s.push(n)),n}getContext(){return this.$context||(this.$context=re(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(t){let e=this.data.datasets[t];if(!e)return!1;let s=this.getDatasetMeta(t);return typeof s.hidden=="boolean"?!s.hidden:!e.hidden}setDatasetVisibility(t,e){let s=this.getDatasetMeta(t);s.hidden=!e}toggleDataVisibility(t){this._hiddenIndices[t]=!this._hiddenIndices[t]}getDataVisibility(t){return!this._hiddenIndices[t]}_updateVisibility(t,e,s){let n=s?"show":"hide",r=this.getDatasetMeta(t),a=r.controller._resolveAnimations(void 0,n);ci(e)?(r.data[e].hidden=!s,this.update()):(this.setDatasetVisibility(t,s),a.update(r,{visible:s}),this.update(o=>o.datasetIndex===t?n:void 0))}hide(t,e){this._updateVisibility(t,e,!1)}show(t,e){this._updateVisibility(t,e,!0)}_destroyDatasetMeta(t){let e=this._metasets[t];e&&e.controller&&e.controller._destroy(),delete this._metasets[t]}_stop(){let t,e;for(this.stop(),ae.remove(this),t=0,e=this.data.datasets.length;t<e;++t)this._destroyDatasetMeta(t)}destroy(){this.notifyPlugins("beforeDestroy");let{canvas:t,ctx:e}=this;this._stop(),this.config.clearCache(),t&&(this.unbindEvents(),er(t,e),this.platform.releaseContext(e),this.canvas=null,this.ctx=null),delete Ys[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...t){return this.canvas.toDataURL(...t)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){let t=this._listeners,e=this.platform,s=(r,a)=>{e.addEventListener(this,r,a),t[r]=a},n=(r,a,o)=>{r.offsetX=a,r.offsetY=o,this._eventHandler(r)};U(this.options.events,r=>s(r,n))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});let t=this._responsiveListeners,e=this.platform,s=(l,c)=>{e.addEventListener(this,l,c),t[l]=c},n=(l,c)=>{t[l]&&(e.removeEventListener(this,l,c),delete t[l])},r=(l,c)=>{this.canvas&&this.resize(l,c)},a,o=()=>{n("attach",o),this.attached=!0,this.resize(),s("resize",r),s("detach",a)};a=()=>{this.attached=!1,n("resize",r),this._stop(),this._resize(0,0),s("attach",o)},e.isAttached(this.canvas)?o():a()}unbindEvents(){U(this._listeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._listeners={},U(this._responsiveListeners,(t,e)=>{this.platform.removeEventListener(this,e,t)}),this._responsiveListeners=void 0}updateHoverStyle(t,e,s){let n=s?"set":"remove",r,a,o,l;for(e==="dataset"&&(r=this.getDatasetMeta(t[0].datasetIndex),r.controller["_"+n+"DatasetHoverStyle"]()),o=0,l=t.length;o<l;++o){a=t[o];let c=a&&this.getDatasetMeta(a.datasetIndex).controller;c&&c[n+"HoverStyle"](a.element,a.datasetIndex,a.index)}}getActiveElements(){return this._active||[]}setActiveElements(t){let e=this._active||[],s=t.map(({datasetIndex:r,index:a})=>{let o=this.getDatasetMeta(r);if(!o)throw new Error("No dataset found at index "+r);return{datasetIndex:r,element:o.data[a],index:a}});!Li(s,e)&&(this._active=s,this._lastEvent=null,this._updateHoverStyles(s,e))}notifyPlugins(t,e,s){return this._plugins.notify(this,t,e,s)}isPluginEnabled(t){return this._plugins._cache.filter(e=>e.plugin.id===t).length===1}_updateHoverStyles(t,e,s){let n=this.options.hover,r=(l,c)=>l.filter(d=>!c.some(h=>d.datasetIndex===h.datasetIndex&&d.index===h.index)),a=r(e,t),o=s?t:r(t,e);a.length&&this.updateHoverStyle(a,n.mode,!1),o.length&&n.mode&&this.updateHoverStyle(o,n.mode,!0)}_eventHandler(t,e){let s={event:t,replay:e,cancelable:!0,inChartArea:this.isPointInArea(t)},n=a=>(a.options.events||this.options.events).includes(t.native.type);if(this.notifyPlugins("beforeEvent",s,n)===!1)return;let r=this._handleEvent(t,e,s.inChartArea);return s.cancelable=!1,this.notifyPlugins("afterEvent",s,n),(r||s.changed)&&this.render(),this}_handleEvent(t,e,s){let{_active:n=[],options:r}=this,a=e,o=this._getActiveElements(t,n,s,a),l=ho(t),c=Bu(t,this._lastEvent,s,l);s&&(this._lastEvent=null,X(r.onHover,[t,o,this],this),l&&X(r.onClick,[t,o,this],this));let d=!Li(o,n);return(d||e)&&(this._active=o,this._updateHoverStyles(o,n,e)),this._lastEvent=c,d}_getActiveElements(t,e,s,n){if(t.type==="mouseout")return[];if(!s)return e;let r=this.options.hover;return this.getElementsAtEventForMode(t,r.mode,r,n)}};function gl(){return U(fi.instances,i=>i._plugins.invalidate())}function Yl(i,t,e=t){i.lineCap=L(e.borderCapStyle,t.borderCapStyle),i.setLineDash(L(e.borderDash,t.borderDash)),i.lineDashOffset=L(e.borderDashOffset,t.borderDashOffset),i.lineJoin=L(e.borderJoinStyle,t.borderJoinStyle),i.lineWidth=L(e.borderWidth,t.borderWidth),i.strokeStyle=L(e.borderColor,t.borderColor)}function Wu(i,t,e){i.lineTo(e.x,e.y)}function qu(i){return i.stepped?Mo:i.tension||i.cubicInterpolationMode==="monotone"?Ao:Wu}function Xl(i,t,e={}){let s=i.length,{start:n=0,end:r=s-1}=e,{start:a,end:o}=t,l=Math.max(n,a),c=Math.min(r,o),d=n<a&&r<a||n>o&&r>o;return{count:s,start:l,loop:t.loop,ilen:c<l&&!d?s+c-l:c-l}}function Uu(i,t,e,s){let{points:n,options:r}=t,{count:a,start:o,loop:l,ilen:c}=Xl(n,e,s),d=qu(r),{move:h=!0,reverse:u}=s||{},p,g,m;for(p=0;p<=c;++p)g=n[(o+(u?c-p:p))%a],!g.skip&&(h?(i.moveTo(g.x,g.y),h=!1):d(i,m,g,u,r.stepped),m=g);return l&&(g=n[(o+(u?c:0))%a],d(i,m,g,u,r.stepped)),!!l}function Yu(i,t,e,s){let n=t.points,{count:r,start:a,ilen:o}=Xl(n,e,s),{move:l=!0,reverse:c}=s||{},d=0,h=0,u,p,g,m,_,x,$=M=>(a+(c?o-M:M))%r,S=()=>{m!==_&&(i.lineTo(d,_),i.lineTo(d,m),i.lineTo(d,x))};for(l&&(p=n[$(0)],i.moveTo(p.x,p.y)),u=0;u<=o;++u){if(p=n[$(u)],p.skip)continue;let M=p.x,w=p.y,C=M|0;C===g?(w<m?m=w:w>_&&(_=w),d=(h*d+M)/++h):(S(),i.lineTo(M,w),g=C,h=0,m=_=w),x=w}S()}function Tr(i){let t=i.options,e=t.borderDash&&t.borderDash.length;return!i._decimated&&!i._loop&&!t.tension&&t.cubicInterpolationMode!=="monotone"&&!t.stepped&&!e?Yu:Uu}function Xu(i){return i.stepped?Oo:i.tension||i.cubicInterpolationMode==="monotone"?Fo:ye}function Zu(i,t,e,s){let n=t._path;n||(n=t._path=new Path2D,t.path(n,e,s)&&n.closePath()),Yl(i,t.options),i.stroke(n)}function Gu(i,t,e,s){let{segments:n,options:r}=t,a=Tr(t);for(let o of n)Yl(i,r,o.style),i.beginPath(),a(i,t,o,{start:e,end:e+s-1})&&i.closePath(),i.stroke()}var Ku=typeof Path2D=="function";function Ju(i,t,e,s){Ku&&!t.options.segment?Zu(i,t,e,s):Gu(i,t,e,s)}var Qs=class extends le{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:t=>t!=="borderDash"&&t!=="fill"};constructor(t){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,t&&Object.assign(this,t)}updateControlPoints(t,e){let s=this.options;if((s.tension||s.cubicInterpolationMode==="monotone")&&!s.stepped&&!this._pointsUpdated){let n=s.spanGaps?this._loop:this._fullLoop;zo(this._points,s,t,n,e),this._pointsUpdated=!0}}set points(t){this._points=t,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=No(this,this.options.segment))}first(){let t=this.segments,e=this.points;return t.length&&e[t[0].start]}last(){let t=this.segments,e=this.points,s=t.length;return s&&e[t[s-1].end]}interpolate(t,e){let s=this.options,n=t[e],r=this.points,a=Ho(this,{property:e,start:n,end:n});if(!a.length)return;let o=[],l=Xu(s),c,d;for(c=0,d=a.length;c<d;++c){let{start:h,end:u}=a[c],p=r[h],g=r[u];if(p===g){o.push(p);continue}let m=Math.abs((n-p[e])/(g[e]-p[e])),_=l(p,g,m,s.stepped);_[e]=t[e],o.push(_)}return o.length===1?o[0]:o}pathSegment(t,e,s){return Tr(this)(t,this,e,s)}path(t,e,s){let n=this.segments,r=Tr(this),a=this._loop;e=e||0,s=s||this.points.length-e;for(let o of n)a&=r(t,this,o,{start:e,end:e+s-1});return!!a}draw(t,e,s,n){let r=this.options||{};(this.points||[]).length&&r.borderWidth&&(t.save(),Ju(t,this,s,n),t.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}};function _l(i,t,e,s){let n=i.options,{[e]:r}=i.getProps([e],s);return Math.abs(t-r)<n.radius+n.hitRadius}var tn=class extends le{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,t&&Object.assign(this,t)}inRange(t,e,s){let n=this.options,{x:r,y:a}=this.getProps(["x","y"],s);return Math.pow(t-r,2)+Math.pow(e-a,2)<Math.pow(n.hitRadius+n.radius,2)}inXRange(t,e){return _l(this,t,"x",e)}inYRange(t,e){return _l(this,t,"y",e)}getCenterPoint(t){let{x:e,y:s}=this.getProps(["x","y"],t);return{x:e,y:s}}size(t){t=t||this.options||{};let e=t.radius||0;e=Math.max(e,e&&t.hoverRadius||0);let s=e&&t.borderWidth||0;return(e+s)*2}draw(t,e){let s=this.options;this.skip||s.radius<.1||!Ut(this,e,this.size(s)/2)||(t.strokeStyle=s.borderColor,t.lineWidth=s.borderWidth,t.fillStyle=s.backgroundColor,Ls(t,s,this.x,this.y))}getRange(){let t=this.options||{};return t.radius+t.hitRadius}};function Zl(i,t){let{x:e,y:s,base:n,width:r,height:a}=i.getProps(["x","y","base","width","height"],t),o,l,c,d,h;return i.horizontal?(h=a/2,o=Math.min(e,n),l=Math.max(e,n),c=s-h,d=s+h):(h=r/2,o=e-h,l=e+h,c=Math.min(s,n),d=Math.max(s,n)),{left:o,top:c,right:l,bottom:d}}function De(i,t,e,s){return i?0:kt(t,e,s)}function Qu(i,t,e){let s=i.options.borderWidth,n=i.borderSkipped,r=nr(s);return{t:De(n.top,r.top,0,e),r:De(n.right,r.right,0,t),b:De(n.bottom,r.bottom,0,e),l:De(n.left,r.left,0,t)}}function tp(i,t,e){let{enableBorderRadius:s}=i.getProps(["enableBorderRadius"]),n=i.options.borderRadius,r=Se(n),a=Math.min(t,e),o=i.borderSkipped,l=s||N(n);return{topLeft:De(!l||o.top||o.left,r.topLeft,0,a),topRight:De(!l||o.top||o.right,r.topRight,0,a),bottomLeft:De(!l||o.bottom||o.left,r.bottomLeft,0,a),bottomRight:De(!l||o.bottom||o.right,r.bottomRight,0,a)}}function ep(i){let t=Zl(i),e=t.right-t.left,s=t.bottom-t.top,n=Qu(i,e/2,s/2),r=tp(i,e/2,s/2);return{outer:{x:t.left,y:t.top,w:e,h:s,radius:r},inner:{x:t.left+n.l,y:t.top+n.t,w:e-n.l-n.r,h:s-n.t-n.b,radius:{topLeft:Math.max(0,r.topLeft-Math.max(n.t,n.l)),topRight:Math.max(0,r.topRight-Math.max(n.t,n.r)),bottomLeft:Math.max(0,r.bottomLeft-Math.max(n.b,n.l)),bottomRight:Math.max(0,r.bottomRight-Math.max(n.b,n.r))}}}}function yr(i,t,e,s){let n=t===null,r=e===null,o=i&&!(n&&r)&&Zl(i,s);return o&&(n||$e(t,o.left,o.right))&&(r||$e(e,o.top,o.bottom))}function ip(i){return i.topLeft||i.topRight||i.bottomLeft||i.bottomRight}function sp(i,t){i.rect(t.x,t.y,t.w,t.h)}function xr(i,t,e={}){let s=i.x!==e.x?-t:0,n=i.y!==e.y?-t:0,r=(i.x+i.w!==e.x+e.w?t:0)-s,a=(i.y+i.h!==e.y+e.h?t:0)-n;return{x:i.x+s,y:i.y+n,w:i.w+r,h:i.h+a,radius:i.radius}}var en=class extends le{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(t){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,t&&Object.assign(this,t)}draw(t){let{inflateAmount:e,options:{borderColor:s,backgroundColor:n}}=this,{inner:r,outer:a}=ep(this),o=ip(a.radius)?ui:sp;t.save(),(a.w!==r.w||a.h!==r.h)&&(t.beginPath(),o(t,xr(a,e,r)),t.clip(),o(t,xr(r,-e,a)),t.fillStyle=s,t.fill("evenodd")),t.beginPath(),o(t,xr(r,e)),t.fillStyle=n,t.fill(),t.restore()}inRange(t,e,s){return yr(this,t,e,s)}inXRange(t,e){return yr(this,t,null,e)}inYRange(t,e){return yr(this,null,t,e)}getCenterPoint(t){let{x:e,y:s,base:n,horizontal:r}=this.getProps(["x","y","base","horizontal"],t);return{x:r?(e+n)/2:e,y:r?s:(s+n)/2}}getRange(t){return t==="x"?this.width/2:this.height/2}};var bl=(i,t)=>{let{boxHeight:e=t,boxWidth:s=t}=i;return i.usePointStyle&&(e=Math.min(e,t),s=i.pointStyleWidth||Math.min(s,t)),{boxWidth:s,boxHeight:e,itemHeight:Math.max(t,e)}},np=(i,t)=>i!==null&&t!==null&&i.datasetIndex===t.datasetIndex&&i.index===t.index,sn=class extends le{constructor(t){super(),this._added=!1,this.legendHitBoxes=[],this._hoveredItem=null,this.doughnutMode=!1,this.chart=t.chart,this.options=t.options,this.ctx=t.ctx,this.legendItems=void 0,this.columnSizes=void 0,this.lineWidths=void 0,this.maxHeight=void 0,this.maxWidth=void 0,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.height=void 0,this.width=void 0,this._margins=void 0,this.position=void 0,this.weight=void 0,this.fullSize=void 0}update(t,e,s){this.maxWidth=t,this.maxHeight=e,this._margins=s,this.setDimensions(),this.buildLabels(),this.fit()}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=this._margins.left,this.right=this.width):(this.height=this.maxHeight,this.top=this._margins.top,this.bottom=this.height)}buildLabels(){let t=this.options.labels||{},e=X(t.generateLabels,[this.chart],this)||[];t.filter&&(e=e.filter(s=>t.filter(s,this.chart.data))),t.sort&&(e=e.sort((s,n)=>t.sort(s,n,this.chart.data))),this.options.reverse&&e.reverse(),this.legendItems=e}fit(){let{options:t,ctx:e}=this;if(!t.display){this.width=this.height=0;return}let s=t.labels,n=pt(s.font),r=n.size,a=this._computeTitleHeight(),{boxWidth:o,itemHeight:l}=bl(s,r),c,d;e.font=n.string,this.isHorizontal()?(c=this.maxWidth,d=this._fitRows(a,r,o,l)+10):(d=this.maxHeight,c=this._fitCols(a,n,o,l)+10),this.width=Math.min(c,t.maxWidth||this.maxWidth),this.height=Math.min(d,t.maxHeight||this.maxHeight)}_fitRows(t,e,s,n){let{ctx:r,maxWidth:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],c=this.lineWidths=[0],d=n+o,h=t;r.textAlign="left",r.textBaseline="middle";let u=-1,p=-d;return this.legendItems.forEach((g,m)=>{let _=s+e/2+r.measureText(g.text).width;(m===0||c[c.length-1]+_+2*o>a)&&(h+=d,c[c.length-(m>0?0:1)]=0,p+=d,u++),l[m]={left:0,top:p,row:u,width:_,height:n},c[c.length-1]+=_+o}),h}_fitCols(t,e,s,n){let{ctx:r,maxHeight:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],c=this.columnSizes=[],d=a-t,h=o,u=0,p=0,g=0,m=0;return this.legendItems.forEach((_,x)=>{let{itemWidth:$,itemHeight:S}=rp(s,e,r,_,n);x>0&&p+S+2*o>d&&(h+=u+o,c.push({width:u,height:p}),g+=u+o,m++,u=p=0),l[x]={left:g,top:p,col:m,width:$,height:S},u=Math.max(u,$),p+=S+o}),h+=u,c.push({width:u,height:p}),h}adjustHitBoxes(){if(!this.options.display)return;let t=this._computeTitleHeight(),{legendHitBoxes:e,options:{align:s,labels:{padding:n},rtl:r}}=this,a=Ye(r,this.left,this.width);if(this.isHorizontal()){let o=0,l=Mt(s,this.left+n,this.right-this.lineWidths[o]);for(let c of e)o!==c.row&&(o=c.row,l=Mt(s,this.left+n,this.right-this.lineWidths[o])),c.top+=this.top+t+n,c.left=a.leftForLtr(a.x(l),c.width),l+=c.width+n}else{let o=0,l=Mt(s,this.top+t+n,this.bottom-this.columnSizes[o].height);for(let c of e)c.col!==o&&(o=c.col,l=Mt(s,this.top+t+n,this.bottom-this.columnSizes[o].height)),c.top=l,c.left+=this.left+n,c.left=a.leftForLtr(a.x(c.left),c.width),l+=c.height+n}}isHorizontal(){return this.options.position==="top"||this.options.position==="bottom"}draw(){if(this.options.display){let t=this.ctx;Rs(t,this),this._draw(),Os(t)}}_draw(){let{options:t,columnSizes:e,lineWidths:s,ctx:n}=this,{align:r,labels:a}=t,o=et.color,l=Ye(t.rtl,this.left,this.width),c=pt(a.font),{padding:d}=a,h=c.size,u=h/2,p;this.drawTitle(),n.textAlign=l.textAlign("left"),n.textBaseline="middle",n.lineWidth=.5,n.font=c.string;let{boxWidth:g,boxHeight:m,itemHeight:_}=bl(a,h),x=function(C,D,A){if(isNaN(g)||g<=0||isNaN(m)||m<0)return;n.save();let z=L(A.lineWidth,1);if(n.fillStyle=L(A.fillStyle,o),n.lineCap=L(A.lineCap,"butt"),n.lineDashOffset=L(A.lineDashOffset,0),n.lineJoin=L(A.lineJoin,"miter"),n.lineWidth=z,n.strokeStyle=L(A.strokeStyle,o),n.setLineDash(L(A.lineDash,[])),a.usePointStyle){let W={radius:m*Math.SQRT2/2,pointStyle:A.pointStyle,rotation:A.rotation,borderWidth:z},F=l.xPlus(C,g/2),q=D+u;ir(n,W,F,q,a.pointStyleWidth&&g)}else{let W=D+Math.max((h-m)/2,0),F=l.leftForLtr(C,g),q=Se(A.borderRadius);n.beginPath(),Object.values(q).some($t=>$t!==0)?ui(n,{x:F,y:W,w:g,h:m,radius:q}):n.rect(F,W,g,m),n.fill(),z!==0&&n.stroke()}n.restore()},$=function(C,D,A){Ue(n,A.text,C,D+_/2,c,{strikethrough:A.hidden,textAlign:l.textAlign(A.textAlign)})},S=this.isHorizontal(),M=this._computeTitleHeight();S?p={x:Mt(r,this.left+d,this.right-s[0]),y:this.top+d+M,line:0}:p={x:this.left+d,y:Mt(r,this.top+M+d,this.bottom-e[0].height),line:0},dr(this.ctx,t.textDirection);let w=_+d;this.legendItems.forEach((C,D)=>{n.strokeStyle=C.fontColor,n.fillStyle=C.fontColor;let A=n.measureText(C.text).width,z=l.textAlign(C.textAlign||(C.textAlign=a.textAlign)),W=g+u+A,F=p.x,q=p.y;l.setWidth(this.width),S?D>0&&F+W+d>this.right&&(q=p.y+=w,p.line++,F=p.x=Mt(r,this.left+d,this.right-s[p.line])):D>0&&q+w>this.bottom&&(F=p.x=F+e[p.line].width+d,p.line++,q=p.y=Mt(r,this.top+M+d,this.bottom-e[p.line].height));let $t=l.x(F);if(x($t,q,C),F=vo(z,F+g+u,S?F+W:this.right,t.rtl),$(l.x(F),q,C),S)p.x+=W+d;else if(typeof C.text!="string"){let Vt=c.lineHeight;p.y+=Gl(C,Vt)+d}else p.y+=w}),hr(this.ctx,t.textDirection)}drawTitle(){let t=this.options,e=t.title,s=pt(e.font),n=yt(e.padding);if(!e.display)return;let r=Ye(t.rtl,this.left,this.width),a=this.ctx,o=e.position,l=s.size/2,c=n.top+l,d,h=this.left,u=this.width;if(this.isHorizontal())u=Math.max(...this.lineWidths),d=this.top+c,h=Mt(t.align,h,this.right-u);else{let g=this.columnSizes.reduce((m,_)=>Math.max(m,_.height),0);d=c+Mt(t.align,this.top,this.bottom-g-t.labels.padding-this._computeTitleHeight())}let p=Mt(o,h,h+u);a.textAlign=r.textAlign(Jn(o)),a.textBaseline="middle",a.strokeStyle=e.color,a.fillStyle=e.color,a.font=s.string,Ue(a,e.text,p,d,s)}_computeTitleHeight(){let t=this.options.title,e=pt(t.font),s=yt(t.padding);return t.display?e.lineHeight+s.height:0}_getLegendItemAt(t,e){let s,n,r;if($e(t,this.left,this.right)&&$e(e,this.top,this.bottom)){for(r=this.legendHitBoxes,s=0;s<r.length;++s)if(n=r[s],$e(t,n.left,n.left+n.width)&&$e(e,n.top,n.top+n.height))return this.legendItems[s]}return null}handleEvent(t){let e=this.options;if(!lp(t.type,e))return;let s=this._getLegendItemAt(t.x,t.y);if(t.type==="mousemove"||t.type==="mouseout"){let n=this._hoveredItem,r=np(n,s);n&&!r&&X(e.onLeave,[t,n,this],this),this._hoveredItem=s,s&&!r&&X(e.onHover,[t,s,this],this)}else s&&X(e.onClick,[t,s,this],this)}};function rp(i,t,e,s,n){let r=ap(s,i,t,e),a=op(n,s,t.lineHeight);return{itemWidth:r,itemHeight:a}}function ap(i,t,e,s){let n=i.text;return n&&typeof n!="string"&&(n=n.reduce((r,a)=>r.length>a.length?r:a)),t+e.size/2+s.measureText(n).width}function op(i,t,e){let s=i;return typeof t.text!="string"&&(s=Gl(t,e)),s}function Gl(i,t){let e=i.text?i.text.length:0;return t*e}function lp(i,t){return!!((i==="mousemove"||i==="mouseout")&&(t.onHover||t.onLeave)||t.onClick&&(i==="click"||i==="mouseup"))}var Kl={id:"legend",_element:sn,start(i,t,e){let s=i.legend=new sn({ctx:i.ctx,options:e,chart:i});Ae.configure(i,s,e),Ae.addBox(i,s)},stop(i){Ae.removeBox(i,i.legend),delete i.legend},beforeUpdate(i,t,e){let s=i.legend;Ae.configure(i,s,e),s.options=e},afterUpdate(i){let t=i.legend;t.buildLabels(),t.adjustHitBoxes()},afterEvent(i,t){t.replay||i.legend.handleEvent(t.event)},defaults:{display:!0,position:"top",align:"center",fullSize:!0,reverse:!1,weight:1e3,onClick(i,t,e){let s=t.datasetIndex,n=e.chart;n.isDatasetVisible(s)?(n.hide(s),t.hidden=!0):(n.show(s),t.hidden=!1)},onHover:null,onLeave:null,labels:{color:i=>i.chart.options.color,boxWidth:40,padding:10,generateLabels(i){let t=i.data.datasets,{labels:{usePointStyle:e,pointStyle:s,textAlign:n,color:r,useBorderRadius:a,borderRadius:o}}=i.legend.options;return i._getSortedDatasetMetas().map(l=>{let c=l.controller.getStyle(e?0:void 0),d=yt(c.borderWidth);return{text:t[l.index].label,fillStyle:c.backgroundColor,fontColor:r,hidden:!l.visible,lineCap:c.borderCapStyle,lineDash:c.borderDash,lineDashOffset:c.borderDashOffset,lineJoin:c.borderJoinStyle,lineWidth:(d.width+d.height)/4,strokeStyle:c.borderColor,pointStyle:s||c.pointStyle,rotation:c.rotation,textAlign:n||c.textAlign,borderRadius:a&&(o||c.borderRadius),datasetIndex:l.index}},this)}},title:{color:i=>i.chart.options.color,display:!1,position:"center",text:""}},descriptors:{_scriptable:i=>!i.startsWith("on"),labels:{_scriptable:i=>!["generateLabels","filter","sort"].includes(i)}}};var Bi={average(i){if(!i.length)return!1;let t,e,s=new Set,n=0,r=0;for(t=0,e=i.length;t<e;++t){let o=i[t].element;if(o&&o.hasValue()){let l=o.tooltipPosition();s.add(l.x),n+=l.y,++r}}return r===0||s.size===0?!1:{x:[...s].reduce((o,l)=>o+l)/s.size,y:n/r}},nearest(i,t){if(!i.length)return!1;let e=t.x,s=t.y,n=Number.POSITIVE_INFINITY,r,a,o;for(r=0,a=i.length;r<a;++r){let l=i[r].element;if(l&&l.hasValue()){let c=l.getCenterPoint(),d=As(t,c);d<n&&(n=d,o=l)}}if(o){let l=o.tooltipPosition();e=l.x,s=l.y}return{x:e,y:s}}};function Xt(i,t){return t&&(J(t)?Array.prototype.push.apply(i,t):i.push(t)),i}function oe(i){return(typeof i=="string"||i instanceof String)&&i.indexOf(`
`)>-1?i.split(`
`):i}function cp(i,t){let{element:e,datasetIndex:s,index:n}=t,r=i.getDatasetMeta(s).controller,{label:a,value:o}=r.getLabelAndValue(n);return{chart:i,label:a,parsed:r.getParsed(n),raw:i.data.datasets[s].data[n],formattedValue:o,dataset:r.getDataset(),dataIndex:n,datasetIndex:s,element:e}}function yl(i,t){let e=i.chart.ctx,{body:s,footer:n,title:r}=i,{boxWidth:a,boxHeight:o}=t,l=pt(t.bodyFont),c=pt(t.titleFont),d=pt(t.footerFont),h=r.length,u=n.length,p=s.length,g=yt(t.padding),m=g.height,_=0,x=s.reduce((M,w)=>M+w.before.length+w.lines.length+w.after.length,0);if(x+=i.beforeBody.length+i.afterBody.length,h&&(m+=h*c.lineHeight+(h-1)*t.titleSpacing+t.titleMarginBottom),x){let M=t.displayColors?Math.max(o,l.lineHeight):l.lineHeight;m+=p*M+(x-p)*l.lineHeight+(x-1)*t.bodySpacing}u&&(m+=t.footerMarginTop+u*d.lineHeight+(u-1)*t.footerSpacing);let $=0,S=function(M){_=Math.max(_,e.measureText(M).width+$)};return e.save(),e.font=c.string,U(i.title,S),e.font=l.string,U(i.beforeBody.concat(i.afterBody),S),$=t.displayColors?a+2+t.boxPadding:0,U(s,M=>{U(M.before,S),U(M.lines,S),U(M.after,S)}),$=0,e.font=d.string,U(i.footer,S),e.restore(),_+=g.width,{width:_,height:m}}function dp(i,t){let{y:e,height:s}=t;return e<s/2?"top":e>i.height-s/2?"bottom":"center"}function hp(i,t,e,s){let{x:n,width:r}=s,a=e.caretSize+e.caretPadding;if(i==="left"&&n+r+a>t.width||i==="right"&&n-r-a<0)return!0}function up(i,t,e,s){let{x:n,width:r}=e,{width:a,chartArea:{left:o,right:l}}=i,c="center";return s==="center"?c=n<=(o+l)/2?"left":"right":n<=r/2?c="left":n>=a-r/2&&(c="right"),hp(c,i,t,e)&&(c="center"),c}function xl(i,t,e){let s=e.yAlign||t.yAlign||dp(i,e);return{xAlign:e.xAlign||t.xAlign||up(i,t,e,s),yAlign:s}}function pp(i,t){let{x:e,width:s}=i;return t==="right"?e-=s:t==="center"&&(e-=s/2),e}function fp(i,t,e){let{y:s,height:n}=i;return t==="top"?s+=e:t==="bottom"?s-=n+e:s-=n/2,s}function vl(i,t,e,s){let{caretSize:n,caretPadding:r,cornerRadius:a}=i,{xAlign:o,yAlign:l}=e,c=n+r,{topLeft:d,topRight:h,bottomLeft:u,bottomRight:p}=Se(a),g=pp(t,o),m=fp(t,l,c);return l==="center"?o==="left"?g+=c:o==="right"&&(g-=c):o==="left"?g-=Math.max(d,u)+n:o==="right"&&(g+=Math.max(h,p)+n),{x:kt(g,0,s.width-t.width),y:kt(m,0,s.height-t.height)}}function Ws(i,t,e){let s=yt(e.padding);return t==="center"?i.x+i.width/2:t==="right"?i.x+i.width-s.right:i.x+s.left}function $l(i){return Xt([],oe(i))}function mp(i,t,e){return re(i,{tooltip:t,tooltipItems:e,type:"tooltip"})}function wl(i,t){let e=t&&t.dataset&&t.dataset.tooltip&&t.dataset.tooltip.callbacks;return e?i.override(e):i}var Jl={beforeTitle:Yt,title(i){if(i.length>0){let t=i[0],e=t.chart.data.labels,s=e?e.length:0;if(this&&this.options&&this.options.mode==="dataset")return t.dataset.label||"";if(t.label)return t.label;if(s>0&&t.dataIndex<s)return e[t.dataIndex]}return""},afterTitle:Yt,beforeBody:Yt,beforeLabel:Yt,label(i){if(this&&this.options&&this.options.mode==="dataset")return i.label+": "+i.formattedValue||i.formattedValue;let t=i.dataset.label||"";t&&(t+=": ");let e=i.formattedValue;return j(e)||(t+=e),t},labelColor(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{borderColor:e.borderColor,backgroundColor:e.backgroundColor,borderWidth:e.borderWidth,borderDash:e.borderDash,borderDashOffset:e.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(i){let e=i.chart.getDatasetMeta(i.datasetIndex).controller.getStyle(i.dataIndex);return{pointStyle:e.pointStyle,rotation:e.rotation}},afterLabel:Yt,afterBody:Yt,beforeFooter:Yt,footer:Yt,afterFooter:Yt};function At(i,t,e,s){let n=i[t].call(e,s);return typeof n>"u"?Jl[t].call(e,s):n}var nn=class extends le{static positioners=Bi;constructor(t){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=t.chart,this.options=t.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(t){this.options=t,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){let t=this._cachedAnimations;if(t)return t;let e=this.chart,s=this.options.setContext(this.getContext()),n=s.enabled&&e.options.animation&&s.animations,r=new Xs(this.chart,n);return n._cacheable&&(this._cachedAnimations=Object.freeze(r)),r}getContext(){return this.$context||(this.$context=mp(this.chart.getContext(),this,this._tooltipItems))}getTitle(t,e){let{callbacks:s}=e,n=At(s,"beforeTitle",this,t),r=At(s,"title",this,t),a=At(s,"afterTitle",this,t),o=[];return o=Xt(o,oe(n)),o=Xt(o,oe(r)),o=Xt(o,oe(a)),o}getBeforeBody(t,e){return $l(At(e.callbacks,"beforeBody",this,t))}getBody(t,e){let{callbacks:s}=e,n=[];return U(t,r=>{let a={before:[],lines:[],after:[]},o=wl(s,r);Xt(a.before,oe(At(o,"beforeLabel",this,r))),Xt(a.lines,At(o,"label",this,r)),Xt(a.after,oe(At(o,"afterLabel",this,r))),n.push(a)}),n}getAfterBody(t,e){return $l(At(e.callbacks,"afterBody",this,t))}getFooter(t,e){let{callbacks:s}=e,n=At(s,"beforeFooter",this,t),r=At(s,"footer",this,t),a=At(s,"afterFooter",this,t),o=[];return o=Xt(o,oe(n)),o=Xt(o,oe(r)),o=Xt(o,oe(a)),o}_createItems(t){let e=this._active,s=this.chart.data,n=[],r=[],a=[],o=[],l,c;for(l=0,c=e.length;l<c;++l)o.push(cp(this.chart,e[l]));return t.filter&&(o=o.filter((d,h,u)=>t.filter(d,h,u,s))),t.itemSort&&(o=o.sort((d,h)=>t.itemSort(d,h,s))),U(o,d=>{let h=wl(t.callbacks,d);n.push(At(h,"labelColor",this,d)),r.push(At(h,"labelPointStyle",this,d)),a.push(At(h,"labelTextColor",this,d))}),this.labelColors=n,this.labelPointStyles=r,this.labelTextColors=a,this.dataPoints=o,o}update(t,e){let s=this.options.setContext(this.getContext()),n=this._active,r,a=[];if(!n.length)this.opacity!==0&&(r={opacity:0});else{let o=Bi[s.position].call(this,n,this._eventPosition);a=this._createItems(s),this.title=this.getTitle(a,s),this.beforeBody=this.getBeforeBody(a,s),this.body=this.getBody(a,s),this.afterBody=this.getAfterBody(a,s),this.footer=this.getFooter(a,s);let l=this._size=yl(this,s),c=Object.assign({},o,l),d=xl(this.chart,s,c),h=vl(s,c,d,this.chart);this.xAlign=d.xAlign,this.yAlign=d.yAlign,r={opacity:1,x:h.x,y:h.y,width:l.width,height:l.height,caretX:o.x,caretY:o.y}}this._tooltipItems=a,this.$context=void 0,r&&this._resolveAnimations().update(this,r),t&&s.external&&s.external.call(this,{chart:this.chart,tooltip:this,replay:e})}drawCaret(t,e,s,n){let r=this.getCaretPosition(t,s,n);e.lineTo(r.x1,r.y1),e.lineTo(r.x2,r.y2),e.lineTo(r.x3,r.y3)}getCaretPosition(t,e,s){let{xAlign:n,yAlign:r}=this,{caretSize:a,cornerRadius:o}=s,{topLeft:l,topRight:c,bottomLeft:d,bottomRight:h}=Se(o),{x:u,y:p}=t,{width:g,height:m}=e,_,x,$,S,M,w;return r==="center"?(M=p+m/2,n==="left"?(_=u,x=_-a,S=M+a,w=M-a):(_=u+g,x=_+a,S=M-a,w=M+a),$=_):(n==="left"?x=u+Math.max(l,d)+a:n==="right"?x=u+g-Math.max(c,h)-a:x=this.caretX,r==="top"?(S=p,M=S-a,_=x-a,$=x+a):(S=p+m,M=S+a,_=x+a,$=x-a),w=S),{x1:_,x2:x,x3:$,y1:S,y2:M,y3:w}}drawTitle(t,e,s){let n=this.title,r=n.length,a,o,l;if(r){let c=Ye(s.rtl,this.x,this.width);for(t.x=Ws(this,s.titleAlign,s),e.textAlign=c.textAlign(s.titleAlign),e.textBaseline="middle",a=pt(s.titleFont),o=s.titleSpacing,e.fillStyle=s.titleColor,e.font=a.string,l=0;l<r;++l)e.fillText(n[l],c.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+o,l+1===r&&(t.y+=s.titleMarginBottom-o)}}_drawColorBox(t,e,s,n,r){let a=this.labelColors[s],o=this.labelPointStyles[s],{boxHeight:l,boxWidth:c}=r,d=pt(r.bodyFont),h=Ws(this,"left",r),u=n.x(h),p=l<d.lineHeight?(d.lineHeight-l)/2:0,g=e.y+p;if(r.usePointStyle){let m={radius:Math.min(c,l)/2,pointStyle:o.pointStyle,rotation:o.rotation,borderWidth:1},_=n.leftForLtr(u,c)+c/2,x=g+l/2;t.strokeStyle=r.multiKeyBackground,t.fillStyle=r.multiKeyBackground,Ls(t,m,_,x),t.strokeStyle=a.borderColor,t.fillStyle=a.backgroundColor,Ls(t,m,_,x)}else{t.lineWidth=N(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,t.strokeStyle=a.borderColor,t.setLineDash(a.borderDash||[]),t.lineDashOffset=a.borderDashOffset||0;let m=n.leftForLtr(u,c),_=n.leftForLtr(n.xPlus(u,1),c-2),x=Se(a.borderRadius);Object.values(x).some($=>$!==0)?(t.beginPath(),t.fillStyle=r.multiKeyBackground,ui(t,{x:m,y:g,w:c,h:l,radius:x}),t.fill(),t.stroke(),t.fillStyle=a.backgroundColor,t.beginPath(),ui(t,{x:_,y:g+1,w:c-2,h:l-2,radius:x}),t.fill()):(t.fillStyle=r.multiKeyBackground,t.fillRect(m,g,c,l),t.strokeRect(m,g,c,l),t.fillStyle=a.backgroundColor,t.fillRect(_,g+1,c-2,l-2))}t.fillStyle=this.labelTextColors[s]}drawBody(t,e,s){let{body:n}=this,{bodySpacing:r,bodyAlign:a,displayColors:o,boxHeight:l,boxWidth:c,boxPadding:d}=s,h=pt(s.bodyFont),u=h.lineHeight,p=0,g=Ye(s.rtl,this.x,this.width),m=function(A){e.fillText(A,g.x(t.x+p),t.y+u/2),t.y+=u+r},_=g.textAlign(a),x,$,S,M,w,C,D;for(e.textAlign=a,e.textBaseline="middle",e.font=h.string,t.x=Ws(this,_,s),e.fillStyle=s.bodyColor,U(this.beforeBody,m),p=o&&_!=="right"?a==="center"?c/2+d:c+2+d:0,M=0,C=n.length;M<C;++M){for(x=n[M],$=this.labelTextColors[M],e.fillStyle=$,U(x.before,m),S=x.lines,o&&S.length&&(this._drawColorBox(e,t,M,g,s),u=Math.max(h.lineHeight,l)),w=0,D=S.length;w<D;++w)m(S[w]),u=h.lineHeight;U(x.after,m)}p=0,u=h.lineHeight,U(this.afterBody,m),t.y-=r}drawFooter(t,e,s){let n=this.footer,r=n.length,a,o;if(r){let l=Ye(s.rtl,this.x,this.width);for(t.x=Ws(this,s.footerAlign,s),t.y+=s.footerMarginTop,e.textAlign=l.textAlign(s.footerAlign),e.textBaseline="middle",a=pt(s.footerFont),e.fillStyle=s.footerColor,e.font=a.string,o=0;o<r;++o)e.fillText(n[o],l.x(t.x),t.y+a.lineHeight/2),t.y+=a.lineHeight+s.footerSpacing}}drawBackground(t,e,s,n){let{xAlign:r,yAlign:a}=this,{x:o,y:l}=t,{width:c,height:d}=s,{topLeft:h,topRight:u,bottomLeft:p,bottomRight:g}=Se(n.cornerRadius);e.fillStyle=n.backgroundColor,e.strokeStyle=n.borderColor,e.lineWidth=n.borderWidth,e.beginPath(),e.moveTo(o+h,l),a==="top"&&this.drawCaret(t,e,s,n),e.lineTo(o+c-u,l),e.quadraticCurveTo(o+c,l,o+c,l+u),a==="center"&&r==="right"&&this.drawCaret(t,e,s,n),e.lineTo(o+c,l+d-g),e.quadraticCurveTo(o+c,l+d,o+c-g,l+d),a==="bottom"&&this.drawCaret(t,e,s,n),e.lineTo(o+p,l+d),e.quadraticCurveTo(o,l+d,o,l+d-p),a==="center"&&r==="left"&&this.drawCaret(t,e,s,n),e.lineTo(o,l+h),e.quadraticCurveTo(o,l,o+h,l),e.closePath(),e.fill(),n.borderWidth>0&&e.stroke()}_updateAnimationTarget(t){let e=this.chart,s=this.$animations,n=s&&s.x,r=s&&s.y;if(n||r){let a=Bi[t.position].call(this,this._active,this._eventPosition);if(!a)return;let o=this._size=yl(this,t),l=Object.assign({},a,this._size),c=xl(e,t,l),d=vl(t,l,c,e);(n._to!==d.x||r._to!==d.y)&&(this.xAlign=c.xAlign,this.yAlign=c.yAlign,this.width=o.width,this.height=o.height,this.caretX=a.x,this.caretY=a.y,this._resolveAnimations().update(this,d))}}_willRender(){return!!this.opacity}draw(t){let e=this.options.setContext(this.getContext()),s=this.opacity;if(!s)return;this._updateAnimationTarget(e);let n={width:this.width,height:this.height},r={x:this.x,y:this.y};s=Math.abs(s)<.001?0:s;let a=yt(e.padding),o=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;e.enabled&&o&&(t.save(),t.globalAlpha=s,this.drawBackground(r,t,n,e),dr(t,e.textDirection),r.y+=a.top,this.drawTitle(r,t,e),this.drawBody(r,t,e),this.drawFooter(r,t,e),hr(t,e.textDirection),t.restore())}getActiveElements(){return this._active||[]}setActiveElements(t,e){let s=this._active,n=t.map(({datasetIndex:o,index:l})=>{let c=this.chart.getDatasetMeta(o);if(!c)throw new Error("Cannot find a dataset at index "+o);return{datasetIndex:o,element:c.data[l],index:l}}),r=!Li(s,n),a=this._positionChanged(n,e);(r||a)&&(this._active=n,this._eventPosition=e,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(t,e,s=!0){if(e&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;let n=this.options,r=this._active||[],a=this._getActiveElements(t,r,e,s),o=this._positionChanged(a,t),l=e||!Li(a,r)||o;return l&&(this._active=a,(n.enabled||n.external)&&(this._eventPosition={x:t.x,y:t.y},this.update(!0,e))),l}_getActiveElements(t,e,s,n){let r=this.options;if(t.type==="mouseout")return[];if(!n)return e.filter(o=>this.chart.data.datasets[o.datasetIndex]&&this.chart.getDatasetMeta(o.datasetIndex).controller.getParsed(o.index)!==void 0);let a=this.chart.getElementsAtEventForMode(t,r.mode,r,s);return r.reverse&&a.reverse(),a}_positionChanged(t,e){let{caretX:s,caretY:n,options:r}=this,a=Bi[r.position].call(this,t,e);return a!==!1&&(s!==a.x||n!==a.y)}},Ql={id:"tooltip",_element:nn,positioners:Bi,afterInit(i,t,e){e&&(i.tooltip=new nn({chart:i,options:e}))},beforeUpdate(i,t,e){i.tooltip&&i.tooltip.initialize(e)},reset(i,t,e){i.tooltip&&i.tooltip.initialize(e)},afterDraw(i){let t=i.tooltip;if(t&&t._willRender()){let e={tooltip:t};if(i.notifyPlugins("beforeTooltipDraw",{...e,cancelable:!0})===!1)return;t.draw(i.ctx),i.notifyPlugins("afterTooltipDraw",e)}},afterEvent(i,t){if(i.tooltip){let e=t.replay;i.tooltip.handleEvent(t.event,e,t.inChartArea)&&(t.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(i,t)=>t.bodyFont.size,boxWidth:(i,t)=>t.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:Jl},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:i=>i!=="filter"&&i!=="itemSort"&&i!=="external",_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};var gp=(i,t,e,s)=>(typeof t=="string"?(e=i.push(t)-1,s.unshift({index:e,label:t})):isNaN(t)&&(e=null),e);function _p(i,t,e,s){let n=i.indexOf(t);if(n===-1)return gp(i,t,e,s);let r=i.lastIndexOf(t);return n!==r?e:n}var bp=(i,t)=>i===null?null:kt(Math.round(i),0,t);function kl(i){let t=this.getLabels();return i>=0&&i<t.length?t[i]:i}var rn=class extends Ge{static id="category";static defaults={ticks:{callback:kl}};constructor(t){super(t),this._startValue=void 0,this._valueRange=0,this._addedLabels=[]}init(t){let e=this._addedLabels;if(e.length){let s=this.getLabels();for(let{index:n,label:r}of e)s[n]===r&&s.splice(n,1);this._addedLabels=[]}super.init(t)}parse(t,e){if(j(t))return null;let s=this.getLabels();return e=isFinite(e)&&s[e]===t?e:_p(s,t,L(e,t),this._addedLabels),bp(e,s.length-1)}determineDataLimits(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),{min:s,max:n}=this.getMinMax(!0);this.options.bounds==="ticks"&&(t||(s=0),e||(n=this.getLabels().length-1)),this.min=s,this.max=n}buildTicks(){let t=this.min,e=this.max,s=this.options.offset,n=[],r=this.getLabels();r=t===0&&e===r.length-1?r:r.slice(t,e+1),this._valueRange=Math.max(r.length-(s?0:1),1),this._startValue=this.min-(s?.5:0);for(let a=t;a<=e;a++)n.push({value:a});return n}getLabelForValue(t){return kl.call(this,t)}configure(){super.configure(),this.isHorizontal()||(this._reversePixels=!this._reversePixels)}getPixelForValue(t){return typeof t!="number"&&(t=this.parse(t)),t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getPixelForTick(t){let e=this.ticks;return t<0||t>e.length-1?null:this.getPixelForValue(e[t].value)}getValueForPixel(t){return Math.round(this._startValue+this.getDecimalForPixel(t)*this._valueRange)}getBasePixel(){return this.bottom}};function yp(i,t){let e=[],{bounds:n,step:r,min:a,max:o,precision:l,count:c,maxTicks:d,maxDigits:h,includeBounds:u}=i,p=r||1,g=d-1,{min:m,max:_}=t,x=!j(a),$=!j(o),S=!j(c),M=(_-m)/(h+1),w=Wn((_-m)/g/p)*p,C,D,A,z;if(w<1e-14&&!x&&!$)return[{value:m},{value:_}];z=Math.ceil(_/w)-Math.floor(m/w),z>g&&(w=Wn(z*w/g/p)*p),j(l)||(C=Math.pow(10,l),w=Math.ceil(w*C)/C),n==="ticks"?(D=Math.floor(m/w)*w,A=Math.ceil(_/w)*w):(D=m,A=_),x&&$&&r&&po((o-a)/r,w/1e3)?(z=Math.round(Math.min((o-a)/w,d)),w=(o-a)/z,D=a,A=o):S?(D=x?a:D,A=$?o:A,z=c-1,w=(A-D)/z):(z=(A-D)/w,di(z,Math.round(z),w/1e3)?z=Math.round(z):z=Math.ceil(z));let W=Math.max(Un(w),Un(D));C=Math.pow(10,j(l)?W:l),D=Math.round(D*C)/C,A=Math.round(A*C)/C;let F=0;for(x&&(u&&D!==a?(e.push({value:a}),D<a&&F++,di(Math.round((D+F*w)*C)/C,a,Sl(a,M,i))&&F++):D<a&&F++);F<z;++F){let q=Math.round((D+F*w)*C)/C;if($&&q>o)break;e.push({value:q})}return $&&u&&A!==o?e.length&&di(e[e.length-1].value,o,Sl(o,M,i))?e[e.length-1].value=o:e.push({value:o}):(!$||A===o)&&e.push({value:A}),e}function Sl(i,t,{horizontal:e,minRotation:s}){let n=ne(s),r=(e?Math.sin(n):Math.cos(n))||.001,a=.75*t*(""+i).length;return Math.min(t/r,a)}var mi=class extends Ge{constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(t,e){return j(t)||(typeof t=="number"||t instanceof Number)&&!isFinite(+t)?null:+t}handleTickRangeOptions(){let{beginAtZero:t}=this.options,{minDefined:e,maxDefined:s}=this.getUserBounds(),{min:n,max:r}=this,a=l=>n=e?n:l,o=l=>r=s?r:l;if(t){let l=Nt(n),c=Nt(r);l<0&&c<0?o(0):l>0&&c>0&&a(0)}if(n===r){let l=r===0?1:Math.abs(r*.05);o(r+l),t||a(n-l)}this.min=n,this.max=r}getTickLimit(){let t=this.options.ticks,{maxTicksLimit:e,stepSize:s}=t,n;return s?(n=Math.ceil(this.max/s)-Math.floor(this.min/s)+1,n>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${n} ticks. Limiting to 1000.`),n=1e3)):(n=this.computeTickLimit(),e=e||11),e&&(n=Math.min(e,n)),n}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){let t=this.options,e=t.ticks,s=this.getTickLimit();s=Math.max(2,s);let n={maxTicks:s,bounds:t.bounds,min:t.min,max:t.max,precision:e.precision,step:e.stepSize,count:e.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:e.minRotation||0,includeBounds:e.includeBounds!==!1},r=this._range||this,a=yp(n,r);return t.bounds==="ticks"&&qn(a,this,"value"),t.reverse?(a.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),a}configure(){let t=this.ticks,e=this.min,s=this.max;if(super.configure(),this.options.offset&&t.length){let n=(s-e)/Math.max(t.length-1,1)/2;e-=n,s+=n}this._startValue=e,this._endValue=s,this._valueRange=s-e}getLabelForValue(t){return Es(t,this.chart.options.locale,this.options.ticks.format)}},an=class extends mi{static id="linear";static defaults={ticks:{callback:Ri.formatters.numeric}};determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=dt(t)?t:0,this.max=dt(e)?e:1,this.handleTickRangeOptions()}computeTickLimit(){let t=this.isHorizontal(),e=t?this.width:this.height,s=ne(this.options.ticks.minRotation),n=(t?Math.sin(s):Math.cos(s))||.001,r=this._resolveTickFontOptions(0);return Math.ceil(e/Math.min(40,r.lineHeight/n))}getPixelForValue(t){return t===null?NaN:this.getPixelForDecimal((t-this._startValue)/this._valueRange)}getValueForPixel(t){return this._startValue+this.getDecimalForPixel(t)*this._valueRange}},Ui=i=>Math.floor(se(i)),Ze=(i,t)=>Math.pow(10,Ui(i)+t);function Ml(i){return i/Math.pow(10,Ui(i))===1}function Al(i,t,e){let s=Math.pow(10,e),n=Math.floor(i/s);return Math.ceil(t/s)-n}function xp(i,t){let e=t-i,s=Ui(e);for(;Al(i,t,s)>10;)s++;for(;Al(i,t,s)<10;)s--;return Math.min(s,Ui(i))}function vp(i,{min:t,max:e}){t=St(i.min,t);let s=[],n=Ui(t),r=xp(t,e),a=r<0?Math.pow(10,Math.abs(r)):1,o=Math.pow(10,r),l=n>r?Math.pow(10,n):0,c=Math.round((t-l)*a)/a,d=Math.floor((t-l)/o/10)*o*10,h=Math.floor((c-d)/Math.pow(10,r)),u=St(i.min,Math.round((l+d+h*Math.pow(10,r))*a)/a);for(;u<e;)s.push({value:u,major:Ml(u),significand:h}),h>=10?h=h<15?15:20:h++,h>=20&&(r++,h=2,a=r>=0?1:a),u=Math.round((l+d+h*Math.pow(10,r))*a)/a;let p=St(i.max,u);return s.push({value:p,major:Ml(p),significand:h}),s}var Dl=class extends Ge{static id="logarithmic";static defaults={ticks:{callback:Ri.formatters.logarithmic,major:{enabled:!0}}};constructor(t){super(t),this.start=void 0,this.end=void 0,this._startValue=void 0,this._valueRange=0}parse(t,e){let s=mi.prototype.parse.apply(this,[t,e]);if(s===0){this._zero=!0;return}return dt(s)&&s>0?s:null}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!0);this.min=dt(t)?Math.max(0,t):null,this.max=dt(e)?Math.max(0,e):null,this.options.beginAtZero&&(this._zero=!0),this._zero&&this.min!==this._suggestedMin&&!dt(this._userMin)&&(this.min=t===Ze(this.min,0)?Ze(this.min,-1):Ze(this.min,0)),this.handleTickRangeOptions()}handleTickRangeOptions(){let{minDefined:t,maxDefined:e}=this.getUserBounds(),s=this.min,n=this.max,r=o=>s=t?s:o,a=o=>n=e?n:o;s===n&&(s<=0?(r(1),a(10)):(r(Ze(s,-1)),a(Ze(n,1)))),s<=0&&r(Ze(n,-1)),n<=0&&a(Ze(s,1)),this.min=s,this.max=n}buildTicks(){let t=this.options,e={min:this._userMin,max:this._userMax},s=vp(e,this);return t.bounds==="ticks"&&qn(s,this,"value"),t.reverse?(s.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),s}getLabelForValue(t){return t===void 0?"0":Es(t,this.chart.options.locale,this.options.ticks.format)}configure(){let t=this.min;super.configure(),this._startValue=se(t),this._valueRange=se(this.max)-se(t)}getPixelForValue(t){return(t===void 0||t===0)&&(t=this.min),t===null||isNaN(t)?NaN:this.getPixelForDecimal(t===this.min?0:(se(t)-this._startValue)/this._valueRange)}getValueForPixel(t){let e=this.getDecimalForPixel(t);return Math.pow(10,this._startValue+e*this._valueRange)}};function Er(i){let t=i.ticks;if(t.display&&i.display){let e=yt(t.backdropPadding);return L(t.font&&t.font.size,et.font.size)+e.height}return 0}function $p(i,t,e){return e=J(e)?e:[e],{w:So(i,t.string,e),h:e.length*t.lineHeight}}function Pl(i,t,e,s,n){return i===s||i===n?{start:t-e/2,end:t+e/2}:i<s||i>n?{start:t-e,end:t}:{start:t,end:t+e}}function wp(i){let t={l:i.left+i._padding.left,r:i.right-i._padding.right,t:i.top+i._padding.top,b:i.bottom-i._padding.bottom},e=Object.assign({},t),s=[],n=[],r=i._pointLabels.length,a=i.options.pointLabels,o=a.centerPointLabels?ct/r:0;for(let l=0;l<r;l++){let c=a.setContext(i.getPointLabelContext(l));n[l]=c.padding;let d=i.getPointPosition(l,i.drawingArea+n[l],o),h=pt(c.font),u=$p(i.ctx,h,i._pointLabels[l]);s[l]=u;let p=Ot(i.getIndexAngle(l)+o),g=Math.round(Cs(p)),m=Pl(g,d.x,u.w,0,180),_=Pl(g,d.y,u.h,90,270);kp(e,t,p,m,_)}i.setCenterPoint(t.l-e.l,e.r-t.r,t.t-e.t,e.b-t.b),i._pointLabelItems=Ap(i,s,n)}function kp(i,t,e,s,n){let r=Math.abs(Math.sin(e)),a=Math.abs(Math.cos(e)),o=0,l=0;s.start<t.l?(o=(t.l-s.start)/r,i.l=Math.min(i.l,t.l-o)):s.end>t.r&&(o=(s.end-t.r)/r,i.r=Math.max(i.r,t.r+o)),n.start<t.t?(l=(t.t-n.start)/a,i.t=Math.min(i.t,t.t-l)):n.end>t.b&&(l=(n.end-t.b)/a,i.b=Math.max(i.b,t.b+l))}function Sp(i,t,e){let s=i.drawingArea,{extra:n,additionalAngle:r,padding:a,size:o}=e,l=i.getPointPosition(t,s+n+a,r),c=Math.round(Cs(Ot(l.angle+wt))),d=Cp(l.y,o.h,c),h=Dp(c),u=Pp(l.x,o.w,h);return{visible:!0,x:l.x,y:d,textAlign:h,left:u,top:d,right:u+o.w,bottom:d+o.h}}function Mp(i,t){if(!t)return!0;let{left:e,top:s,right:n,bottom:r}=i;return!(Ut({x:e,y:s},t)||Ut({x:e,y:r},t)||Ut({x:n,y:s},t)||Ut({x:n,y:r},t))}function Ap(i,t,e){let s=[],n=i._pointLabels.length,r=i.options,{centerPointLabels:a,display:o}=r.pointLabels,l={extra:Er(r)/2,additionalAngle:a?ct/n:0},c;for(let d=0;d<n;d++){l.padding=e[d],l.size=t[d];let h=Sp(i,d,l);s.push(h),o==="auto"&&(h.visible=Mp(h,c),h.visible&&(c=h))}return s}function Dp(i){return i===0||i===180?"center":i<180?"left":"right"}function Pp(i,t,e){return e==="right"?i-=t:e==="center"&&(i-=t/2),i}function Cp(i,t,e){return e===90||e===270?i-=t/2:(e>270||e<90)&&(i-=t),i}function Tp(i,t,e){let{left:s,top:n,right:r,bottom:a}=e,{backdropColor:o}=t;if(!j(o)){let l=Se(t.borderRadius),c=yt(t.backdropPadding);i.fillStyle=o;let d=s-c.left,h=n-c.top,u=r-s+c.width,p=a-n+c.height;Object.values(l).some(g=>g!==0)?(i.beginPath(),ui(i,{x:d,y:h,w:u,h:p,radius:l}),i.fill()):i.fillRect(d,h,u,p)}}function Ep(i,t){let{ctx:e,options:{pointLabels:s}}=i;for(let n=t-1;n>=0;n--){let r=i._pointLabelItems[n];if(!r.visible)continue;let a=s.setContext(i.getPointLabelContext(n));Tp(e,a,r);let o=pt(a.font),{x:l,y:c,textAlign:d}=r;Ue(e,i._pointLabels[n],l,c+o.lineHeight/2,o,{color:a.color,textAlign:d,textBaseline:"middle"})}}function tc(i,t,e,s){let{ctx:n}=i;if(e)n.arc(i.xCenter,i.yCenter,t,0,Pt);else{let r=i.getPointPosition(0,t);n.moveTo(r.x,r.y);for(let a=1;a<s;a++)r=i.getPointPosition(a,t),n.lineTo(r.x,r.y)}}function zp(i,t,e,s,n){let r=i.ctx,a=t.circular,{color:o,lineWidth:l}=t;!a&&!s||!o||!l||e<0||(r.save(),r.strokeStyle=o,r.lineWidth=l,r.setLineDash(n.dash||[]),r.lineDashOffset=n.dashOffset,r.beginPath(),tc(i,e,a,s),r.closePath(),r.stroke(),r.restore())}function Lp(i,t,e){return re(i,{label:e,index:t,type:"pointLabel"})}var Cl=class extends mi{static id="radialLinear";static defaults={display:!0,animate:!0,position:"chartArea",angleLines:{display:!0,lineWidth:1,borderDash:[],borderDashOffset:0},grid:{circular:!1},startAngle:0,ticks:{showLabelBackdrop:!0,callback:Ri.formatters.numeric},pointLabels:{backdropColor:void 0,backdropPadding:2,display:!0,font:{size:10},callback(t){return t},padding:5,centerPointLabels:!1}};static defaultRoutes={"angleLines.color":"borderColor","pointLabels.color":"color","ticks.color":"color"};static descriptors={angleLines:{_fallback:"grid"}};constructor(t){super(t),this.xCenter=void 0,this.yCenter=void 0,this.drawingArea=void 0,this._pointLabels=[],this._pointLabelItems=[]}setDimensions(){let t=this._padding=yt(Er(this.options)/2),e=this.width=this.maxWidth-t.width,s=this.height=this.maxHeight-t.height;this.xCenter=Math.floor(this.left+e/2+t.left),this.yCenter=Math.floor(this.top+s/2+t.top),this.drawingArea=Math.floor(Math.min(e,s)/2)}determineDataLimits(){let{min:t,max:e}=this.getMinMax(!1);this.min=dt(t)&&!isNaN(t)?t:0,this.max=dt(e)&&!isNaN(e)?e:0,this.handleTickRangeOptions()}computeTickLimit(){return Math.ceil(this.drawingArea/Er(this.options))}generateTickLabels(t){mi.prototype.generateTickLabels.call(this,t),this._pointLabels=this.getLabels().map((e,s)=>{let n=X(this.options.pointLabels.callback,[e,s],this);return n||n===0?n:""}).filter((e,s)=>this.chart.getDataVisibility(s))}fit(){let t=this.options;t.display&&t.pointLabels.display?wp(this):this.setCenterPoint(0,0,0,0)}setCenterPoint(t,e,s,n){this.xCenter+=Math.floor((t-e)/2),this.yCenter+=Math.floor((s-n)/2),this.drawingArea-=Math.min(this.drawingArea/2,Math.max(t,e,s,n))}getIndexAngle(t){let e=Pt/(this._pointLabels.length||1),s=this.options.startAngle||0;return Ot(t*e+ne(s))}getDistanceFromCenterForValue(t){if(j(t))return NaN;let e=this.drawingArea/(this.max-this.min);return this.options.reverse?(this.max-t)*e:(t-this.min)*e}getValueForDistanceFromCenter(t){if(j(t))return NaN;let e=t/(this.drawingArea/(this.max-this.min));return this.options.reverse?this.max-e:this.min+e}getPointLabelContext(t){let e=this._pointLabels||[];if(t>=0&&t<e.length){let s=e[t];return Lp(this.getContext(),t,s)}}getPointPosition(t,e,s=0){let n=this.getIndexAngle(t)-wt+s;return{x:Math.cos(n)*e+this.xCenter,y:Math.sin(n)*e+this.yCenter,angle:n}}getPointPositionForValue(t,e){return this.getPointPosition(t,this.getDistanceFromCenterForValue(e))}getBasePosition(t){return this.getPointPositionForValue(t||0,this.getBaseValue())}getPointLabelPosition(t){let{left:e,top:s,right:n,bottom:r}=this._pointLabelItems[t];return{left:e,top:s,right:n,bottom:r}}drawBackground(){let{backgroundColor:t,grid:{circular:e}}=this.options;if(t){let s=this.ctx;s.save(),s.beginPath(),tc(this,this.getDistanceFromCenterForValue(this._endValue),e,this._pointLabels.length),s.closePath(),s.fillStyle=t,s.fill(),s.restore()}}drawGrid(){let t=this.ctx,e=this.options,{angleLines:s,grid:n,border:r}=e,a=this._pointLabels.length,o,l,c;if(e.pointLabels.display&&Ep(this,a),n.display&&this.ticks.forEach((d,h)=>{if(h!==0||h===0&&this.min<0){l=this.getDistanceFromCenterForValue(d.value);let u=this.getContext(h),p=n.setContext(u),g=r.setContext(u);zp(this,p,l,a,g)}}),s.display){for(t.save(),o=a-1;o>=0;o--){let d=s.setContext(this.getPointLabelContext(o)),{color:h,lineWidth:u}=d;!u||!h||(t.lineWidth=u,t.strokeStyle=h,t.setLineDash(d.borderDash),t.lineDashOffset=d.borderDashOffset,l=this.getDistanceFromCenterForValue(e.reverse?this.min:this.max),c=this.getPointPosition(o,l),t.beginPath(),t.moveTo(this.xCenter,this.yCenter),t.lineTo(c.x,c.y),t.stroke())}t.restore()}}drawBorder(){}drawLabels(){let t=this.ctx,e=this.options,s=e.ticks;if(!s.display)return;let n=this.getIndexAngle(0),r,a;t.save(),t.translate(this.xCenter,this.yCenter),t.rotate(n),t.textAlign="center",t.textBaseline="middle",this.ticks.forEach((o,l)=>{if(l===0&&this.min>=0&&!e.reverse)return;let c=s.setContext(this.getContext(l)),d=pt(c.font);if(r=this.getDistanceFromCenterForValue(this.ticks[l].value),c.showLabelBackdrop){t.font=d.string,a=t.measureText(o.label).width,t.fillStyle=c.backdropColor;let h=yt(c.backdropPadding);t.fillRect(-a/2-h.left,-r-d.size/2-h.top,a+h.width,d.size+h.height)}Ue(t,o.label,0,-r,d,{color:c.color,strokeColor:c.textStrokeColor,strokeWidth:c.textStrokeWidth})}),t.restore()}drawTitle(){}},ln={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},Dt=Object.keys(ln);function Tl(i,t){return i-t}function El(i,t){if(j(t))return null;let e=i._adapter,{parser:s,round:n,isoWeekday:r}=i._parseOpts,a=t;return typeof s=="function"&&(a=s(a)),dt(a)||(a=typeof s=="string"?e.parse(a,s):e.parse(a)),a===null?null:(n&&(a=n==="week"&&(hi(r)||r===!0)?e.startOf(a,"isoWeek",r):e.startOf(a,n)),+a)}function zl(i,t,e,s){let n=Dt.length;for(let r=Dt.indexOf(i);r<n-1;++r){let a=ln[Dt[r]],o=a.steps?a.steps:Number.MAX_SAFE_INTEGER;if(a.common&&Math.ceil((e-t)/(o*a.size))<=s)return Dt[r]}return Dt[n-1]}function Rp(i,t,e,s,n){for(let r=Dt.length-1;r>=Dt.indexOf(e);r--){let a=Dt[r];if(ln[a].common&&i._adapter.diff(n,s,a)>=t-1)return a}return Dt[e?Dt.indexOf(e):0]}function Op(i){for(let t=Dt.indexOf(i)+1,e=Dt.length;t<e;++t)if(ln[Dt[t]].common)return Dt[t]}function Ll(i,t,e){if(!e)i[t]=!0;else if(e.length){let{lo:s,hi:n}=Ts(e,t),r=e[s]>=t?e[s]:e[n];i[r]=!0}}function Fp(i,t,e,s){let n=i._adapter,r=+n.startOf(t[0].value,s),a=t[t.length-1].value,o,l;for(o=r;o<=a;o=+n.add(o,1,s))l=e[o],l>=0&&(t[l].major=!0);return t}function Rl(i,t,e){let s=[],n={},r=t.length,a,o;for(a=0;a<r;++a)o=t[a],n[o]=a,s.push({value:o,major:!1});return r===0||!e?s:Fp(i,s,n,e)}var on=class extends Ge{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(t){super(t),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(t,e={}){let s=t.time||(t.time={}),n=this._adapter=new Hh._date(t.adapters.date);n.init(e),li(s.displayFormats,n.formats()),this._parseOpts={parser:s.parser,round:s.round,isoWeekday:s.isoWeekday},super.init(t),this._normalized=e.normalized}parse(t,e){return t===void 0?null:El(this,t)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){let t=this.options,e=this._adapter,s=t.time.unit||"day",{min:n,max:r,minDefined:a,maxDefined:o}=this.getUserBounds();function l(c){!a&&!isNaN(c.min)&&(n=Math.min(n,c.min)),!o&&!isNaN(c.max)&&(r=Math.max(r,c.max))}(!a||!o)&&(l(this._getLabelBounds()),(t.bounds!=="ticks"||t.ticks.source!=="labels")&&l(this.getMinMax(!1))),n=dt(n)&&!isNaN(n)?n:+e.startOf(Date.now(),s),r=dt(r)&&!isNaN(r)?r:+e.endOf(Date.now(),s)+1,this.min=Math.min(n,r-1),this.max=Math.max(n+1,r)}_getLabelBounds(){let t=this.getLabelTimestamps(),e=Number.POSITIVE_INFINITY,s=Number.NEGATIVE_INFINITY;return t.length&&(e=t[0],s=t[t.length-1]),{min:e,max:s}}buildTicks(){let t=this.options,e=t.time,s=t.ticks,n=s.source==="labels"?this.getLabelTimestamps():this._generate();t.bounds==="ticks"&&n.length&&(this.min=this._userMin||n[0],this.max=this._userMax||n[n.length-1]);let r=this.min,a=this.max,o=_o(n,r,a);return this._unit=e.unit||(s.autoSkip?zl(e.minUnit,this.min,this.max,this._getLabelCapacity(r)):Rp(this,o.length,e.minUnit,this.min,this.max)),this._majorUnit=!s.major.enabled||this._unit==="year"?void 0:Op(this._unit),this.initOffsets(n),t.reverse&&o.reverse(),Rl(this,o,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map(t=>+t.value))}initOffsets(t=[]){let e=0,s=0,n,r;this.options.offset&&t.length&&(n=this.getDecimalForValue(t[0]),t.length===1?e=1-n:e=(this.getDecimalForValue(t[1])-n)/2,r=this.getDecimalForValue(t[t.length-1]),t.length===1?s=r:s=(r-this.getDecimalForValue(t[t.length-2]))/2);let a=t.length<3?.5:.25;e=kt(e,0,a),s=kt(s,0,a),this._offsets={start:e,end:s,factor:1/(e+1+s)}}_generate(){let t=this._adapter,e=this.min,s=this.max,n=this.options,r=n.time,a=r.unit||zl(r.minUnit,e,s,this._getLabelCapacity(e)),o=L(n.ticks.stepSize,1),l=a==="week"?r.isoWeekday:!1,c=hi(l)||l===!0,d={},h=e,u,p;if(c&&(h=+t.startOf(h,"isoWeek",l)),h=+t.startOf(h,c?"day":a),t.diff(s,e,a)>1e5*o)throw new Error(e+" and "+s+" are too far apart with stepSize of "+o+" "+a);let g=n.ticks.source==="data"&&this.getDataTimestamps();for(u=h,p=0;u<s;u=+t.add(u,o,a),p++)Ll(d,u,g);return(u===s||n.bounds==="ticks"||p===1)&&Ll(d,u,g),Object.keys(d).sort(Tl).map(m=>+m)}getLabelForValue(t){let e=this._adapter,s=this.options.time;return s.tooltipFormat?e.format(t,s.tooltipFormat):e.format(t,s.displayFormats.datetime)}format(t,e){let n=this.options.time.displayFormats,r=this._unit,a=e||n[r];return this._adapter.format(t,a)}_tickFormatFunction(t,e,s,n){let r=this.options,a=r.ticks.callback;if(a)return X(a,[t,e,s],this);let o=r.time.displayFormats,l=this._unit,c=this._majorUnit,d=l&&o[l],h=c&&o[c],u=s[e],p=c&&h&&u&&u.major;return this._adapter.format(t,n||(p?h:d))}generateTickLabels(t){let e,s,n;for(e=0,s=t.length;e<s;++e)n=t[e],n.label=this._tickFormatFunction(n.value,e,t)}getDecimalForValue(t){return t===null?NaN:(t-this.min)/(this.max-this.min)}getPixelForValue(t){let e=this._offsets,s=this.getDecimalForValue(t);return this.getPixelForDecimal((e.start+s)*e.factor)}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return this.min+s*(this.max-this.min)}_getLabelSize(t){let e=this.options.ticks,s=this.ctx.measureText(t).width,n=ne(this.isHorizontal()?e.maxRotation:e.minRotation),r=Math.cos(n),a=Math.sin(n),o=this._resolveTickFontOptions(0).size;return{w:s*r+o*a,h:s*a+o*r}}_getLabelCapacity(t){let e=this.options.time,s=e.displayFormats,n=s[e.unit]||s.millisecond,r=this._tickFormatFunction(t,0,Rl(this,[t],this._majorUnit),n),a=this._getLabelSize(r),o=Math.floor(this.isHorizontal()?this.width/a.w:this.height/a.h)-1;return o>0?o:1}getDataTimestamps(){let t=this._cache.data||[],e,s;if(t.length)return t;let n=this.getMatchingVisibleMetas();if(this._normalized&&n.length)return this._cache.data=n[0].controller.getAllParsedValues(this);for(e=0,s=n.length;e<s;++e)t=t.concat(n[e].controller.getAllParsedValues(this));return this._cache.data=this.normalize(t)}getLabelTimestamps(){let t=this._cache.labels||[],e,s;if(t.length)return t;let n=this.getLabels();for(e=0,s=n.length;e<s;++e)t.push(El(this,n[e]));return this._cache.labels=this._normalized?t:this.normalize(t)}normalize(t){return Zn(t.sort(Tl))}};function qs(i,t,e){let s=0,n=i.length-1,r,a,o,l;e?(t>=i[s].pos&&t<=i[n].pos&&({lo:s,hi:n}=xe(i,"pos",t)),{pos:r,time:o}=i[s],{pos:a,time:l}=i[n]):(t>=i[s].time&&t<=i[n].time&&({lo:s,hi:n}=xe(i,"time",t)),{time:r,pos:o}=i[s],{time:a,pos:l}=i[n]);let c=a-r;return c?o+(l-o)*(t-r)/c:o}var Ol=class extends on{static id="timeseries";static defaults=on.defaults;constructor(t){super(t),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){let t=this._getTimestampsForTable(),e=this._table=this.buildLookupTable(t);this._minPos=qs(e,this.min),this._tableRange=qs(e,this.max)-this._minPos,super.initOffsets(t)}buildLookupTable(t){let{min:e,max:s}=this,n=[],r=[],a,o,l,c,d;for(a=0,o=t.length;a<o;++a)c=t[a],c>=e&&c<=s&&n.push(c);if(n.length<2)return[{time:e,pos:0},{time:s,pos:1}];for(a=0,o=n.length;a<o;++a)d=n[a+1],l=n[a-1],c=n[a],Math.round((d+l)/2)!==c&&r.push({time:c,pos:a/(o-1)});return r}_generate(){let t=this.min,e=this.max,s=super.getDataTimestamps();return(!s.includes(t)||!s.length)&&s.splice(0,0,t),(!s.includes(e)||s.length===1)&&s.push(e),s.sort((n,r)=>n-r)}_getTimestampsForTable(){let t=this._cache.all||[];if(t.length)return t;let e=this.getDataTimestamps(),s=this.getLabelTimestamps();return e.length&&s.length?t=this.normalize(e.concat(s)):t=e.length?e:s,t=this._cache.all=t,t}getDecimalForValue(t){return(qs(this._table,t)-this._minPos)/this._tableRange}getValueForPixel(t){let e=this._offsets,s=this.getDecimalForPixel(t)/e.factor-e.end;return qs(this._table,s*this._tableRange+this._minPos,!0)}};fi.register(Zs,en,Gs,Qs,tn,rn,an,Ql,Kl);var Ip=/^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;function zr(i,t){let e=getComputedStyle(i),s=t.trim();for(let n=0;n<5;n++){let r=Ip.exec(s);if(!r)break;s=e.getPropertyValue(r[1]).trim()||(r[2]??"").trim()||"#888"}return s}function jp(i,t){return i.length>t?`${i.slice(0,t-1)}…`:i}var Ct=class extends H{constructor(){super(...arguments);this.labels=[];this.series=[];this.type="bar";this.stacked=!1;this.horizontal=!1;this.height=240;this.label="";this._chartType=""}render(){let e=this.horizontal?Math.max(120,this.labels.length*30+50):this.height;return f`<div class="wrap" style="height:${e}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`}updated(e){super.updated(e),this._draw()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this._draw()}disconnectedCallback(){super.disconnectedCallback(),this._chart?.destroy(),this._chart=void 0}_config(){let e=zr(this,"var(--secondary-text-color, #727272)"),s=zr(this,"var(--divider-color, rgba(0,0,0,0.12))"),n={family:getComputedStyle(this).fontFamily||void 0,size:12},r=this.formatValue,a=this.series.map(d=>{let h=zr(this,d.color);return this.type==="line"||d.line?{type:"line",label:d.label,data:d.data,borderColor:h,backgroundColor:h,pointRadius:this.labels.length>40?0:3,borderWidth:2,tension:.25,spanGaps:!0}:{type:"bar",label:d.label,data:d.data,backgroundColor:h,borderRadius:3,maxBarThickness:36}}),o={stacked:this.stacked,beginAtZero:!0,grid:{color:s},border:{display:!1},ticks:{color:e,font:n,precision:0,callback:r?d=>r(Number(d)):void 0}},l=this.horizontal?Math.max(12,Math.min(40,Math.floor(this.clientWidth/16))):18,c={stacked:this.stacked,grid:{display:!1},ticks:{color:e,font:n,autoSkip:!0,maxRotation:0,callback(d){return jp(this.getLabelForValue(Number(d)),l)}}};return{type:this.type,data:{labels:this.labels,datasets:a},options:{responsive:!0,maintainAspectRatio:!1,animation:!1,indexAxis:this.horizontal?"y":"x",interaction:{mode:"index",intersect:!1},scales:this.horizontal?{x:o,y:c}:{x:c,y:o},plugins:{legend:{display:this.series.length>1,position:"bottom",labels:{color:e,font:n,boxWidth:12,boxHeight:12}},tooltip:{callbacks:r?{label:d=>`${d.dataset.label??""}: ${r(Number(d.parsed[this.horizontal?"x":"y"]))}`}:{}}}}}}_draw(){let e=this.renderRoot.querySelector("canvas");if(!e||!this.isConnected)return;let s=this._config();if(this._chart&&this._chart.canvas===e&&this._chartType===this.type){this._chart.data=s.data,this._chart.options=s.options??{},this._chart.update("none");return}this._chart?.destroy(),this._chart=new fi(e,s),this._chartType=this.type}};Ct.styles=B`
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
  `,b([k({attribute:!1})],Ct.prototype,"labels",2),b([k({attribute:!1})],Ct.prototype,"series",2),b([k()],Ct.prototype,"type",2),b([k({type:Boolean})],Ct.prototype,"stacked",2),b([k({type:Boolean})],Ct.prototype,"horizontal",2),b([k({type:Number})],Ct.prototype,"height",2),b([k()],Ct.prototype,"label",2),b([k({attribute:!1})],Ct.prototype,"theme",2),b([k({attribute:!1})],Ct.prototype,"formatValue",2);Y("odin-chart",Ct);var Xi={success:"var(--success-color, #43a047)",failed:"var(--error-color, #db4437)",cancelled:"var(--warning-color, #ffa600)",unknown:"var(--disabled-text-color, #9e9e9e)"};function ec(i,t,e=!0){let s=[{label:i("analytics.success"),data:t.map(n=>n.success),color:Xi.success},{label:i("analytics.failed"),data:t.map(n=>n.failed),color:Xi.failed},{label:i("analytics.cancelled"),data:t.map(n=>n.cancelled),color:Xi.cancelled}];return e&&t.some(n=>n.unknown>0)&&s.push({label:i("analytics.unknown"),data:t.map(n=>n.unknown),color:Xi.unknown}),s}function Hp(i,t,e,s){if(e==null)return"–";let n=`${Z(i,e,1)} ${t("units.h")}`;return s?t("analytics.mtbf_lower",{hours:n}):n}function ic(i,t,e){let s=e.totals,n=(r,a,o,l,c)=>f`<div class="kpi" data-kpi=${r} data-value=${l??""}>
      <div class="value">${o}</div>
      <div class="label">${a}${c?f` <span class="n">· ${c}</span>`:y}</div>
    </div>`;return f`<div class="kpis">
    ${n("success_rate",t("analytics.success_rate"),kn(i,s.success_rate),s.success_rate,`n = ${E(i,s.n)}`)}
    ${n("runs",t("analytics.runs"),E(i,s.runs),s.runs)}
    ${n("failed",t("analytics.failed"),E(i,s.failed),s.failed)}
    ${n("cancelled",t("analytics.cancelled"),E(i,s.cancelled),s.cancelled)}
  </div>`}function sc(i,t,e){let s=e.time_zone??i?.config.time_zone,n=new Date(new Date(e.end).getTime()-1);return t("analytics.window",{start:Fe(i,e.start,s),end:Fe(i,n,s),n:E(i,e.totals.runs)})}function Np(i,t){return t.label||t.key||i("analytics.none")}function Zi(i,t,e,s,n,r={}){let a=l=>"printer_id"in l?l.name:Np(t,l),o=l=>"printer_id"in l?l.printer_id:l.key;return f`<section class="card chart-card" data-section=${e}>
    <h2>${s}</h2>
    ${n.length===0?f`<div class="muted center">${t("analytics.no_data")}</div>`:f`<odin-chart
            .labels=${n.map(a)}
            .series=${ec(t,n)}
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
                    ${r.showMtbf?f`<th class="num">${t("analytics.mtbf")}</th>`:y}
                  </tr>
                </thead>
                <tbody>
                  ${n.map(l=>f`<tr data-key=${o(l)}>
                      <td>${a(l)}</td>
                      <td class="num" data-col="runs" data-label=${t("analytics.runs")}>${E(i,l.runs)}</td>
                      <td class="num" data-col="success" data-label=${t("analytics.success")}>${E(i,l.success)}</td>
                      <td class="num" data-col="failed" data-label=${t("analytics.failed")}>${E(i,l.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${t("analytics.cancelled")}>${E(i,l.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${t("analytics.success_rate")}>
                        ${kn(i,l.success_rate)}
                      </td>
                      ${r.showMtbf&&"printer_id"in l?f`<td class="num" data-col="mtbf" data-label=${t("analytics.mtbf")}>
                            ${Hp(i,t,l.mtbf_hours,l.mtbf_lower_bound)}
                          </td>`:y}
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function Lr(i,t,e,s,n,r,a={}){let o=l=>l.label||l.key||t("analytics.unknown_reason");return f`<section class="card chart-card" data-section=${e}>
    <h2>${s}</h2>
    ${n.length===0?f`<div class="muted center">${a.emptyText??t("analytics.no_failures")}</div>`:f`<odin-chart
            .labels=${n.map(o)}
            .series=${[{label:t("analytics.count"),data:n.map(l=>l.count),color:Xi.failed}]}
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
                  ${n.map(l=>f`<tr data-key=${l.key}>
                      <td>
                        ${o(l)}${l.message&&l.message!==o(l)?f`<div class="muted small">${l.message}</div>`:y}
                      </td>
                      <td class="num" data-col="count">${E(i,l.count)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`}function nc(i,t,e,s={}){let n=e.over_time,r=n.map(a=>us(i,a.start));return f`<section class="card chart-card" data-section="trend">
    <h2>${t("analytics.trend")}</h2>
    ${n.length===0?f`<div class="muted center">${t("analytics.no_data")}</div>`:f`<odin-chart
          .labels=${r}
          .series=${ec(t,n)}
          .theme=${s.theme}
          stacked
          height=${s.height??240}
          label=${t("analytics.trend")}
        ></odin-chart>`}
  </section>`}var rc=[7,30,90],Vp=["_from","_to","_bucket","_printer","_tag","_model","_material"],it=class extends H{constructor(){super(...arguments);this.narrow=!1;this.initialPrinter="";this.base="/odin";this._from=zt(Ie(new Date,-29));this._to=zt(new Date);this._bucket="day";this._printer="";this._tag="";this._model="";this._material="";this._printers=[];this._loading=!1;this._request=0;this._started=!1;this._materials=new Set}willUpdate(e){e.has("initialPrinter")&&this.initialPrinter&&(this._printer=this.initialPrinter)}updated(e){if(this.hass){if(!this._started){this._started=!0,pe(this.hass).then(s=>this._printers=s.sort((n,r)=>n.name.localeCompare(r.name))).catch(()=>{}),this._load();return}Vp.some(s=>e.has(s))&&this._load()}}_query(){let e=ii(this._from),s=ii(this._to);return s<e&&([e,s]=[s,e]),{start:ei(e),end:ei(Ie(s,1)),bucket:this._bucket,printer_id:this._printer||void 0,tag:this._tag||void 0,model:this._model||void 0,material:this._material||void 0}}async _load(){if(!this.hass)return;let e=++this._request,s=this._query();this._loading=!0,this._error=void 0;try{let{bucket:n,...r}=s,[a,o]=await Promise.all([ca(this.hass,s),da(this.hass,r).catch(()=>{})]);if(e!==this._request)return;this._failures=a,this._accuracy=o;for(let l of a.by_material)l.key&&this._materials.add(l.key)}catch(n){e===this._request&&(this._error=Jt(n))}finally{e===this._request&&(this._loading=!1)}}async _openRun(e){if(this.hass){this._run=e,this._runTimelapse=void 0,this._runError=void 0;try{let s=await Di(this.hass,{run_id:Number(e.run_id),limit:1});this._run===e&&(this._runTimelapse=s.items[0]??null)}catch(s){this._run===e&&(this._runError=K(P(this.hass),s))}}}_runDialog(){let e=P(this.hass),s=this._run,n=this._runTimelapse;return f`<odin-dialog
      wide
      .open=${!!s}
      heading=${s?s.job_name||s.file_name||e("analytics.run"):""}
      close-label=${e("common.close")}
      data-dialog="run"
      @closed=${()=>this._run=void 0}
    >
      ${s?f`${n?f`<odin-timelapse-player .hass=${this.hass} .timelapse=${n}></odin-timelapse-player>`:f`<dl class="facts">
                    <dt>${e("analytics.printer")}</dt>
                    <dd>${s.name??s.printer_id}</dd>
                    <dt>${e("analytics.started")}</dt>
                    <dd>${ot(this.hass,s.started_at)}</dd>
                    <dt>${e("analytics.estimate")}</dt>
                    <dd>${Et(s.estimate_s)}</dd>
                    <dt>${e("analytics.actual")}</dt>
                    <dd>${Et(s.actual_s)} (${Oe(this.hass,s.error_pct,!0)})</dd>
                  </dl>
                  <p class="muted small" data-timelapse="${n===null?"none":"loading"}">
                    ${this._runError??e(n===null?"analytics.no_timelapse":"panel.loading")}
                  </p>`}`:y}
      <button slot="actions" class="btn primary" @click=${()=>this._run=void 0}>${e("common.close")}</button>
    </odin-dialog>`}_preset(e){this._to=zt(new Date),this._from=zt(Ie(new Date,-(e-1)))}_activePreset(){if(this._to===zt(new Date))return rc.find(e=>this._from===zt(Ie(new Date,-(e-1))))}_select(e,s,n,r,a){let o=P(this.hass);return f`<label class="field">
      ${e}
      <select name=${s} @change=${l=>a(l.target.value)}>
        <option value="" ?selected=${n===""}>${o("analytics.any")}</option>
        ${r.map(l=>f`<option value=${l.value} ?selected=${l.value===n}>${l.label}</option>`)}
      </select>
    </label>`}_filters(){let e=P(this.hass),s=[...new Set(this._printers.flatMap(c=>c.tags))].sort(),n=[...new Set(this._printers.map(c=>c.model).filter(c=>!!c))].sort(),r=[...this._materials].sort(),a=this._activePreset(),o=[this._printer,this._tag,this._model,this._material].filter(Boolean).length,l=f`<label class="field"
          >${e("analytics.bucket")}
          <select name="bucket" @change=${c=>this._bucket=c.target.value}>
            <option value="day" ?selected=${this._bucket==="day"}>${e("analytics.day")}</option>
            <option value="week" ?selected=${this._bucket==="week"}>${e("analytics.week")}</option>
          </select>
        </label>
        ${this._select(e("analytics.printer"),"printer",this._printer,this._printers.map(c=>({value:c.printer_id,label:c.name})),c=>this._printer=c)}
        ${s.length?this._select(e("analytics.tag"),"tag",this._tag,s.map(c=>({value:c,label:c})),c=>this._tag=c):y}
        ${this._select(e("analytics.model"),"model",this._model,n.map(c=>({value:c,label:c})),c=>this._model=c)}
        ${this._select(e("analytics.material"),"material",this._material,r.map(c=>({value:c,label:c})),c=>this._material=c)}`;return f`<section class="card filters">
      <div class="chips" role="group" aria-label=${e("analytics.range")}>
        ${rc.map(c=>f`<button class="chip" data-days=${c} aria-pressed=${a===c?"true":"false"} @click=${()=>this._preset(c)}>
            ${e("analytics.last_days",{days:c})}
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
            @change=${c=>this._from=c.target.value||this._from}
        /></label>
        <label class="field"
          >${e("analytics.to")}
          <input
            type="date"
            name="to"
            .value=${this._to}
            min=${this._from}
            @change=${c=>this._to=c.target.value||this._to}
        /></label>
        ${this.narrow?y:l}
      </div>
      ${this.narrow?f`<details ?open=${o>0}>
            <summary>${e("analytics.more_filters")}${o?` (${o})`:""}</summary>
            <div class="fields">${l}</div>
          </details>`:y}
    </section>`}_accuracySection(){let e=P(this.hass),s=this._accuracy;if(!s)return y;let n=this.hass?.themes?.darkMode,r=s.runs.slice(0,25);return f`<section class="card chart-card wide" data-section="accuracy">
      <h2>${e("analytics.accuracy")}</h2>
      ${s.by_printer.length===0?f`<div class="muted center">${e("analytics.no_data")}</div>`:f`<odin-chart
              .labels=${s.by_printer.map(a=>a.name)}
              .series=${[{label:e("analytics.median_abs_error"),data:s.by_printer.map(a=>a.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:e("analytics.bias"),data:s.by_printer.map(a=>a.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${n}
              .formatValue=${a=>Oe(this.hass,a)}
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
                  ${s.by_printer.map(a=>f`<tr data-key=${a.printer_id}>
                      <td>${a.name}</td>
                      <td class="num" data-col="median_abs_error_pct" data-label=${e("analytics.median_abs_error")}>
                        ${Oe(this.hass,a.median_abs_error_pct)}
                      </td>
                      <td class="num" data-col="bias_pct" data-label=${e("analytics.bias")}>${Oe(this.hass,a.bias_pct,!0)}</td>
                      <td class="num" data-col="n" data-label=${e("analytics.n")}>${E(this.hass,a.n)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>`}
      ${s.trend.length?f`<h3 class="sub">${e("analytics.accuracy_trend")}</h3>
            <odin-chart
              type="line"
              .labels=${s.trend.map(a=>us(this.hass,a.start))}
              .series=${[{label:e("analytics.median_abs_error"),data:s.trend.map(a=>a.median_abs_error_pct),color:"var(--primary-color, #03a9f4)"},{label:e("analytics.bias"),data:s.trend.map(a=>a.bias_pct),color:"var(--accent-color, #ff9800)"}]}
              .theme=${n}
              .formatValue=${a=>Oe(this.hass,a)}
              height="200"
              label=${e("analytics.accuracy_trend")}
            ></odin-chart>`:y}
      ${r.length?f`<details>
            <summary>${e("analytics.recent_runs")} (${E(this.hass,r.length)} / ${E(this.hass,s.runs_total)})</summary>
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
                  ${r.map(a=>f`<tr data-key=${String(a.run_id)}>
                      <td>
                        <button class="run-link" data-action="run" aria-label=${e("analytics.open_run",{job:a.job_name||a.file_name||""})} @click=${()=>this._openRun(a)}>
                          <span class="ellipsis file">${a.job_name||a.file_name||"–"}</span>
                          <span class="muted small">${a.name??""} · ${ot(this.hass,a.started_at)}</span>
                        </button>
                      </td>
                      <td class="num" data-label=${e("analytics.estimate")}>${Et(a.estimate_s)}</td>
                      <td class="num" data-label=${e("analytics.actual")}>${Et(a.actual_s)}</td>
                      <td class="num" data-label=${e("analytics.deviation")}>${Oe(this.hass,a.error_pct,!0)}</td>
                    </tr>`)}
                </tbody>
              </table>
            </div>
          </details>`:y}
    </section>`}render(){let e=P(this.hass),s=this._failures,n=this.hass?.themes?.darkMode;return f`
      ${this._filters()}
      ${this._error?f`<div class="card center error-text">
            ${e("panel.error",{error:this._error})}
            <div><button class="btn" @click=${()=>this._load()}>${e("panel.retry")}</button></div>
          </div>`:y}
      ${s?f`<div class="grid ${this._loading?"loading":""}" data-loaded=${this._loading?"false":"true"}>
            <section class="card wide" data-section="totals">
              <div class="window muted small" data-window>${sc(this.hass,e,s)}</div>
              ${ic(this.hass,e,s)}
              <div class="muted small note">${e("analytics.cancel_note")}</div>
            </section>
            <div class="wide">${nc(this.hass,e,s,{theme:n})}</div>
            ${Zi(this.hass,e,"by_printer",e("analytics.by_printer"),s.by_printer,{showMtbf:!0,theme:n})}
            ${Lr(this.hass,e,"reasons",e("analytics.reasons"),s.reasons,e("analytics.reason"),{theme:n})}
            ${Lr(this.hass,e,"hms",e("analytics.hms"),s.hms,e("analytics.code"),{theme:n})}
            ${Zi(this.hass,e,"by_model",e("analytics.by_model"),s.by_model,{theme:n})}
            ${Zi(this.hass,e,"by_material",e("analytics.by_material"),s.by_material,{theme:n})}
            ${s.by_tag.length?Zi(this.hass,e,"by_tag",e("analytics.by_tag"),s.by_tag,{theme:n}):y}
            ${this._accuracySection()}
          </div>`:this._loading?f`<div class="center muted">${e("panel.loading")}</div>`:y}
      ${this._runDialog()}
    `}};it.styles=[G,B`
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
    `],b([k({attribute:!1})],it.prototype,"hass",2),b([k({type:Boolean})],it.prototype,"narrow",2),b([k()],it.prototype,"initialPrinter",2),b([k()],it.prototype,"base",2),b([v()],it.prototype,"_from",2),b([v()],it.prototype,"_to",2),b([v()],it.prototype,"_bucket",2),b([v()],it.prototype,"_printer",2),b([v()],it.prototype,"_tag",2),b([v()],it.prototype,"_model",2),b([v()],it.prototype,"_material",2),b([v()],it.prototype,"_printers",2),b([v()],it.prototype,"_failures",2),b([v()],it.prototype,"_accuracy",2),b([v()],it.prototype,"_loading",2),b([v()],it.prototype,"_error",2),b([v()],it.prototype,"_run",2),b([v()],it.prototype,"_runTimelapse",2),b([v()],it.prototype,"_runError",2);Y("odin-analytics-page",it);var ac=["name","printer"];function Bp(i){let t=i.replace(/[_.]+/g," ").trim();return t.charAt(0).toUpperCase()+t.slice(1)}function ce(i,t,e){let s=`audit.${t}.${e}`,n=i(s);return n===s?Bp(e):n}function Rr(i,t){return i.user_name?i.user_name:i.origin_ref?i.origin_ref:i.user_id??t}function Or(i){let t=ac.map(s=>i.details[s]).find(s=>typeof s=="string"&&s!==""),e=i.target_name??t;return e||(i.target_id?`${i.target_type} ${i.target_id}`:i.target_type)}function cn(i){let e=Object.entries(i.details).filter(([s])=>!ac.includes(s)).map(([s,n])=>`${s}: ${typeof n=="object"?JSON.stringify(n):String(n)}`).join(", ");return[i.result_text,e].filter(Boolean).join(" · ")}function Fr(i){return i==="ok"?"var(--success-color, #43a047)":i==="refused"?"var(--warning-color, #ffa600)":"var(--error-color, #db4437)"}var Wp=50,qp="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",xt=class extends H{constructor(){super(...arguments);this.narrow=!1;this._query={};this._since="";this._until="";this._items=[];this._next=null;this._loading=!1;this._loaded=!1;this._denied=!1;this._request=0;this._started=!1}updated(e){this.hass&&!this._started&&(this._started=!0,ua(this.hass).then(s=>this._filters=s).catch(s=>{wn(s)&&(this._denied=!0)}),this._load(!0))}_fullQuery(){return{...this._query,start:this._since?ei(this._since):void 0,end:this._until?ei(Ie(ii(this._until),1)):void 0}}async _load(e){if(!this.hass)return;let s=++this._request;this._loading=!0,this._error=void 0;try{let n=await ha(this.hass,this._fullQuery(),e?null:this._next,Wp);if(s!==this._request)return;this._items=e?n.items:[...this._items,...n.items],this._next=n.next,this._loaded=!0}catch(n){if(s!==this._request)return;wn(n)?this._denied=!0:this._error=Jt(n)}finally{s===this._request&&(this._loading=!1)}}_set(e,s){this._query={...this._query,[e]:s||void 0},this._load(!0)}_clear(){this._query={},this._since="",this._until="",this._load(!0)}async _csv(){if(this.hass)try{await pa(this.hass,this._fullQuery())}catch(e){this._error=Jt(e)}}_optionLabel(e,s){let n=P(this.hass);return e==="action"?ce(n,"actions",s):e==="origin"?ce(n,"origins",s):s}_select(e,s,n){let r=P(this.hass),a=this._query[e]??"";return f`<label class="field">
      ${s}
      <select name=${e} @change=${o=>this._set(e,o.target.value)}>
        <option value="" ?selected=${a===""}>${r("audit.any")}</option>
        ${(n??[]).map(o=>f`<option value=${o.value} ?selected=${o.value===a}>${o.label??this._optionLabel(e,o.value)}</option>`)}
      </select>
    </label>`}_table(){let e=P(this.hass),s=e("audit.system");return f`<div class="table-wrap">
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
          ${this._items.map(n=>f`<tr data-audit-id=${n.id}>
              <td class="nowrap">${ot(this.hass,n.ts)}</td>
              <td>${Rr(n,s)}<div class="muted small">${ce(e,"origins",n.origin)}</div></td>
              <td data-col="action">${ce(e,"actions",n.action)}</td>
              <td>${Or(n)}</td>
              <td><span class="badge" style="--badge-color:${Fr(n.result)}">${ce(e,"results",n.result)}</span></td>
              <td class="details">${cn(n)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`}_cards(){let e=P(this.hass),s=e("audit.system");return f`<ul class="list">
      ${this._items.map(n=>f`<li data-audit-id=${n.id}>
          <div class="row">
            <strong data-col="action" class="ellipsis">${ce(e,"actions",n.action)}</strong>
            <span class="badge" style="--badge-color:${Fr(n.result)}">${ce(e,"results",n.result)}</span>
          </div>
          <div class="row muted small">
            <span class="ellipsis">${Rr(n,s)} · ${ce(e,"origins",n.origin)}</span>
            <span class="nowrap">${ot(this.hass,n.ts)}</span>
          </div>
          <div class="small">${Or(n)}</div>
          ${cn(n)?f`<div class="muted small details">${cn(n)}</div>`:y}
        </li>`)}
    </ul>`}render(){let e=P(this.hass);if(this._denied)return f`<div class="card center" data-denied="audit">${e("audit.admin_only")}</div>`;let s=this._filters,n=Object.values(this._query).some(Boolean)||this._since||this._until;return f`
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
          ${n?f`<button class="btn" @click=${()=>this._clear()}>${e("audit.clear")}</button>`:y}
          <button class="btn primary" data-action="csv" @click=${()=>this._csv()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${qp}></path></svg>${e("audit.csv")}
          </button>
        </div>
      </section>
      ${this._error?f`<div class="card center error-text">${e("panel.error",{error:this._error})}</div>`:y}
      <section class="card results" data-loaded=${this._loaded&&!this._loading?"true":"false"}>
        ${this._loaded?this._items.length===0?f`<div class="center muted">${e("audit.empty")}</div>`:f`<div class="muted small count" data-count=${this._items.length}>
                  ${e("audit.entries",{n:E(this.hass,this._items.length)})}
                </div>
                ${this.narrow?this._cards():this._table()}`:f`<div class="center muted">${e("panel.loading")}</div>`}
        ${this._loaded&&this._items.length?f`<div class="more">
              ${this._next?f`<button class="btn" data-action="more" ?disabled=${this._loading} @click=${()=>this._load(!1)}>
                    ${e("audit.load_more")}
                  </button>`:f`<span class="muted small">${e("audit.end")}</span>`}
            </div>`:y}
      </section>
    `}};xt.styles=[G,B`
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
    `],b([k({attribute:!1})],xt.prototype,"hass",2),b([k({type:Boolean,reflect:!0})],xt.prototype,"narrow",2),b([v()],xt.prototype,"_filters",2),b([v()],xt.prototype,"_query",2),b([v()],xt.prototype,"_since",2),b([v()],xt.prototype,"_until",2),b([v()],xt.prototype,"_items",2),b([v()],xt.prototype,"_next",2),b([v()],xt.prototype,"_loading",2),b([v()],xt.prototype,"_loaded",2),b([v()],xt.prototype,"_error",2),b([v()],xt.prototype,"_denied",2);Y("odin-audit-page",xt);var oc=["fleet","queue","presets","drying","timelapses","analytics","audit"];function Up(i,t){let e=t?i?.devices?.[t]?.config_entries_subentries:void 0;for(let s of Object.values(e??{})){let n=s.find(r=>typeof r=="string");if(n)return n}return""}var de=class extends H{constructor(){super(...arguments);this.narrow=!1;this._search=location.search;this._onLocation=()=>{this._search=location.search}}connectedCallback(){super.connectedCallback(),window.addEventListener("location-changed",this._onLocation),window.addEventListener("popstate",this._onLocation)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener("location-changed",this._onLocation),window.removeEventListener("popstate",this._onLocation)}get _isAdmin(){return!!this.hass?.user?.is_admin}get _page(){let e=(this.route?.path??"").split("/").filter(Boolean)[0];return e&&oc.includes(e)?e:"fleet"}get _base(){return this.route?.prefix??`/${this.panel?.url_path??"odin"}`}_go(e,s){s.preventDefault(),Kt(`${this._base}/${e}`)}render(){let e=P(this.hass),s=this._page,n=new URLSearchParams(this._search),r=n.get("printer")??Up(this.hass,n.get("device")),a=oc.filter(o=>o!=="audit"||this._isAdmin);return f`
      <header class="toolbar">
        <div class="top">
          ${this.narrow?f`<button class="icon-btn" data-action="menu" aria-label=${e("panel.menu")} @click=${()=>Mi(this,"hass-toggle-menu")}>
                ${R("menu")}
              </button>`:y}
          <h1>${this.panel?.title&&this.panel.title!=="Print farm"?this.panel.title:e("panel.title")}</h1>
        </div>
        <nav class="tabs" role="tablist">
          ${a.map(o=>f`<a
              role="tab"
              href="${this._base}/${o}"
              aria-selected=${o===s?"true":"false"}
              aria-label=${e(`panel.tabs.${o}`)}
              data-tab=${o}
              @click=${l=>this._go(o,l)}
              >${this.narrow?f`${R(o)}<span class="short">${e(`panel.tabs_short.${o}`)}</span>`:e(`panel.tabs.${o}`)}</a
            >`)}
        </nav>
      </header>
      <main>${this._renderPage(s,r,n)}</main>
    `}_renderPage(e,s,n){let r=P(this.hass);switch(e){case"fleet":return f`<odin-fleet-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .selected=${s}
          .base=${this._base}
        ></odin-fleet-page>`;case"queue":return f`<odin-queue-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-queue-page>`;case"presets":return f`<odin-presets-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-presets-page>`;case"drying":return f`<odin-drying-page .hass=${this.hass} .narrow=${this.narrow}></odin-drying-page>`;case"timelapses":return f`<odin-timelapses-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${s}
          .runId=${Number(n.get("run"))||0}
        ></odin-timelapses-page>`;case"analytics":return f`<odin-analytics-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${s}
          .base=${this._base}
        ></odin-analytics-page>`;default:return this._isAdmin?f`<odin-audit-page .hass=${this.hass} .narrow=${this.narrow}></odin-audit-page>`:f`<div class="card center" data-denied="audit">${r("audit.admin_only")}</div>`}}};de.styles=[G,B`
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
      /* Phones: seven tabs side by side as icon + short label (no sideways scrolling). */
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
    `],b([k({attribute:!1})],de.prototype,"hass",2),b([k({type:Boolean,reflect:!0})],de.prototype,"narrow",2),b([k({attribute:!1})],de.prototype,"route",2),b([k({attribute:!1})],de.prototype,"panel",2),b([v()],de.prototype,"_search",2);Y("odin-panel",de);export{de as OdinPanel};
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
