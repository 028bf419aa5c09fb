import { createRequire as __egressLintCreateRequire } from 'node:module';
const require = __egressLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tldts/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/tldts/dist/cjs/index.js"(exports) {
    "use strict";
    function shareSameDomainSuffix(hostname, vhost) {
      if (hostname.endsWith(vhost)) {
        return hostname.length === vhost.length || hostname[hostname.length - vhost.length - 1] === ".";
      }
      return false;
    }
    function extractDomainWithSuffix(hostname, publicSuffix) {
      const publicSuffixIndex = hostname.length - publicSuffix.length - 2;
      const lastDotBeforeSuffixIndex = hostname.lastIndexOf(".", publicSuffixIndex);
      if (lastDotBeforeSuffixIndex === -1) {
        return hostname;
      }
      return hostname.slice(lastDotBeforeSuffixIndex + 1);
    }
    function getDomain$1(suffix, hostname, options) {
      if (options.validHosts !== null) {
        const validHosts = options.validHosts;
        for (const vhost of validHosts) {
          if (
            /*@__INLINE__*/
            shareSameDomainSuffix(hostname, vhost)
          ) {
            return vhost;
          }
        }
      }
      let numberOfLeadingDots = 0;
      if (hostname.startsWith(".")) {
        while (numberOfLeadingDots < hostname.length && hostname[numberOfLeadingDots] === ".") {
          numberOfLeadingDots += 1;
        }
      }
      if (suffix.length === hostname.length - numberOfLeadingDots) {
        return null;
      }
      return (
        /*@__INLINE__*/
        extractDomainWithSuffix(hostname, suffix)
      );
    }
    function getDomainWithoutSuffix$1(domain, suffix) {
      return domain.slice(0, -suffix.length - 1);
    }
    var CONTROL_CHARS = /[\t\n\r]/g;
    var extractedHostnameValidated = false;
    function isValidHostnameChar(code) {
      return code >= 97 && code <= 122 || // a-z
      code >= 48 && code <= 57 || // 0-9
      code > 127 || // non-ASCII (accepted, not punycode-checked)
      code >= 65 && code <= 90 || // A-Z (becomes valid once lowercased)
      code === 45 || // '-'
      code === 95;
    }
    function getSpecialScheme(url, schemeStart, colonIndex) {
      const length = colonIndex - schemeStart;
      const c0 = url.charCodeAt(schemeStart) | 32;
      if (length === 2) {
        return c0 === 119 && (url.charCodeAt(schemeStart + 1) | 32) === 115 ? 1 : 0;
      } else if (length === 3) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        if (c0 === 119 && c1 === 115 && c2 === 115)
          return 1;
        if (c0 === 102 && c1 === 116 && c2 === 112)
          return 1;
        return 0;
      } else if (length === 4) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        const c3 = url.charCodeAt(schemeStart + 3) | 32;
        if (c0 === 104 && c1 === 116 && c2 === 116 && c3 === 112)
          return 1;
        if (c0 === 102 && c1 === 105 && c2 === 108 && c3 === 101)
          return 2;
        return 0;
      } else if (length === 5) {
        return c0 === 104 && (url.charCodeAt(schemeStart + 1) | 32) === 116 && (url.charCodeAt(schemeStart + 2) | 32) === 116 && (url.charCodeAt(schemeStart + 3) | 32) === 112 && (url.charCodeAt(schemeStart + 4) | 32) === 115 ? 1 : 0;
      }
      return 0;
    }
    function extractHostname(url, urlIsValidHostname, validate = false) {
      let start = 0;
      let end = url.length;
      let hasUpper = false;
      let isSpecial = true;
      extractedHostnameValidated = false;
      if (!urlIsValidHostname) {
        while (start < url.length && url.charCodeAt(start) <= 32) {
          start += 1;
        }
        if (url.charCodeAt(start + 4) === 58 && (url.charCodeAt(start) | 32) === 100 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 116 && (url.charCodeAt(start + 3) | 32) === 97 || url.charCodeAt(start + 10) === 58 && (url.charCodeAt(start) | 32) === 106 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 118 && (url.charCodeAt(start + 3) | 32) === 97 && (url.charCodeAt(start + 4) | 32) === 115 && (url.charCodeAt(start + 5) | 32) === 99 && (url.charCodeAt(start + 6) | 32) === 114 && (url.charCodeAt(start + 7) | 32) === 105 && (url.charCodeAt(start + 8) | 32) === 112 && (url.charCodeAt(start + 9) | 32) === 116) {
          return null;
        }
        while (end > start + 1 && url.charCodeAt(end - 1) <= 32) {
          end -= 1;
        }
        if ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && (url.charCodeAt(start + 1) === 47 || url.charCodeAt(start + 1) === 92)) {
          start += 2;
        } else {
          let indexOfProtocol = url.indexOf(":/", start);
          if (indexOfProtocol !== -1) {
            const special = getSpecialScheme(url, start, indexOfProtocol);
            if (special === 1) {
              start = indexOfProtocol + 2;
              while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                start += 1;
              }
            } else if (special === 2) {
              start = indexOfProtocol + 1;
              let slashes = 0;
              while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                start += 1;
                slashes += 1;
              }
              if (slashes < 2) {
                return null;
              }
            } else {
              for (let i = start; i < indexOfProtocol; i += 1) {
                const code = url.charCodeAt(i);
                if (!((code | 32) >= 97 && (code | 32) <= 122 || // [a-zA-Z] (fold letters only)
                code >= 48 && code <= 57 || // [0, 9]
                code === 46 || // '.'
                code === 45 || // '-'
                code === 43)) {
                  if (code === 9 || code === 10 || code === 13) {
                    return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
                  }
                  for (let j = i; j < indexOfProtocol; j += 1) {
                    const c = url.charCodeAt(j);
                    if (c === 47 || c === 92 || c === 63 || c === 35) {
                      indexOfProtocol = -1;
                      break;
                    }
                  }
                  if (indexOfProtocol !== -1) {
                    return null;
                  }
                  break;
                }
              }
              if (indexOfProtocol !== -1) {
                if (url.charCodeAt(indexOfProtocol + 2) === 47) {
                  isSpecial = false;
                  start = indexOfProtocol + 3;
                } else {
                  return null;
                }
              }
            }
          }
          if (indexOfProtocol === -1 && url.charCodeAt(start) !== 91) {
            let indexOfColon = -1;
            for (let i = start; i < end; i += 1) {
              const code = url.charCodeAt(i);
              if (code === 9 || code === 10 || code === 13) {
                return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
              }
              if (code === 58) {
                indexOfColon = i;
                break;
              }
              if (code === 47 || code === 92 || code === 63 || code === 35) {
                break;
              }
            }
            if (indexOfColon !== -1) {
              let hasIdentifier = false;
              for (let i = indexOfColon + 1; i < end; i += 1) {
                const code = url.charCodeAt(i);
                if (code === 47 || code === 92 || code === 63 || code === 35) {
                  break;
                }
                if (code === 64) {
                  hasIdentifier = true;
                  break;
                }
              }
              if (!hasIdentifier) {
                let allDigits = true;
                let i = indexOfColon + 1;
                for (; i < end; i += 1) {
                  const code = url.charCodeAt(i);
                  if (code === 47 || code === 92 || code === 63 || code === 35) {
                    break;
                  }
                  if (code < 48 || code > 57) {
                    allDigits = false;
                    break;
                  }
                }
                if (i === indexOfColon + 1) {
                  allDigits = false;
                }
                if (!allDigits) {
                  const special = getSpecialScheme(url, start, indexOfColon);
                  if (special === 0) {
                    let isBareIpv6 = false;
                    for (let j = indexOfColon + 1; j < end; j += 1) {
                      const code = url.charCodeAt(j);
                      if (code === 47 || code === 92 || code === 63 || code === 35) {
                        break;
                      }
                      if (code === 58) {
                        isBareIpv6 = true;
                        break;
                      }
                    }
                    if (!isBareIpv6) {
                      return null;
                    }
                  } else {
                    start = indexOfColon + 1;
                    if (special === 2) {
                      let slashes = 0;
                      while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                        start += 1;
                        slashes += 1;
                      }
                      if (slashes < 2) {
                        return null;
                      }
                    } else {
                      while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                        start += 1;
                      }
                    }
                  }
                }
              }
            }
          }
        }
        let indexOfIdentifier = -1;
        let indexOfClosingBracket = -1;
        let indexOfPort = -1;
        let indexOfFirstColon = -1;
        let hasControl = false;
        let vValid = validate;
        let vLastDot = start - 1;
        let vLastCode = -1;
        if (validate && start < end) {
          const c0 = url.charCodeAt(start);
          if (
            // Keep these parens: they scope /*@__INLINE__*/ for terser.
            // prettier-ignore
            !/*@__INLINE__*/
            (isValidHostnameChar(c0) || c0 === 46 || c0 === 95) || c0 === 45
          ) {
            vValid = false;
          }
        }
        for (let i = start; i < end; i += 1) {
          const code = url.charCodeAt(i);
          if (code < 64) {
            if (code === 47 || code === 35 || code === 63) {
              end = i;
              break;
            } else if (code === 58) {
              if (indexOfFirstColon === -1) {
                indexOfFirstColon = i;
              }
              indexOfPort = i;
            } else if (code === 9 || code === 10 || code === 13) {
              hasControl = true;
            } else if (validate) {
              if (code === 46) {
                if (i - vLastDot > 64 || vLastCode === 46 || vLastCode === 45) {
                  vValid = false;
                }
                vLastDot = i;
              } else if (code < 48 || code > 57) {
                if (code !== 45 || vLastCode === 46) {
                  vValid = false;
                }
              }
            }
          } else if (isSpecial && code === 92) {
            end = i;
            break;
          } else if (code === 64) {
            indexOfIdentifier = i;
            indexOfFirstColon = -1;
          } else if (code === 93) {
            indexOfClosingBracket = i;
          } else if (code >= 65 && code <= 90) {
            hasUpper = true;
          } else if (validate && !/*@__INLINE__*/
          isValidHostnameChar(code)) {
            vValid = false;
          }
          if (validate) {
            vLastCode = code;
          }
        }
        if (hasControl) {
          return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
        }
        if (indexOfIdentifier !== -1 && indexOfIdentifier >= start && indexOfIdentifier < end) {
          start = indexOfIdentifier + 1;
        }
        if (url.charCodeAt(start) === 91) {
          if (indexOfClosingBracket !== -1) {
            return url.slice(start + 1, indexOfClosingBracket).toLowerCase();
          }
          return null;
        } else if (indexOfPort !== -1 && indexOfPort > start && indexOfPort < end && // A host:port has exactly one ':' in the host (so its first ':' is its
        // last); a bare, unbracketed IPv6 literal ("2a01:e35::1") has >= 2, so
        // its first ':' precedes the last. Only the former has a ':port' to trim.
        indexOfFirstColon === indexOfPort) {
          end = indexOfPort;
        }
        if (start >= end) {
          return null;
        }
        if (validate && vValid && indexOfIdentifier === -1 && indexOfPort === -1 && indexOfClosingBracket === -1 && url.charCodeAt(end - 1) !== 46 && end - start <= 255 && // total length
        end - vLastDot - 1 <= 63 && // last label length
        vLastCode !== 45) {
          extractedHostnameValidated = true;
        }
      }
      while (end > start + 1 && url.charCodeAt(end - 1) === 46) {
        end -= 1;
      }
      const hostname = start !== 0 || end !== url.length ? url.slice(start, end) : url;
      if (hasUpper) {
        return hostname.toLowerCase();
      }
      return hostname;
    }
    function isProbablyIpv4(hostname) {
      if (hostname.length < 7) {
        return false;
      }
      if (hostname.length > 15) {
        return false;
      }
      let numberOfDots = 0;
      for (let i = 0; i < hostname.length; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          numberOfDots += 1;
        } else if (code < 48 || code > 57) {
          return false;
        }
      }
      return numberOfDots === 3 && hostname.charCodeAt(0) !== 46 && hostname.charCodeAt(hostname.length - 1) !== 46;
    }
    function isProbablyIpv6(hostname) {
      if (hostname.length < 3) {
        return hostname === "::";
      }
      let start = hostname.startsWith("[") ? 1 : 0;
      let end = hostname.length;
      if (hostname[end - 1] === "]") {
        end -= 1;
      }
      if (end - start > 39) {
        return false;
      }
      let hasColon = false;
      for (; start < end; start += 1) {
        const code = hostname.charCodeAt(start);
        if (code === 58) {
          hasColon = true;
        } else if (!(code >= 48 && code <= 57 || // 0-9
        code >= 97 && code <= 102 || // a-f
        code >= 65 && code <= 70)) {
          return false;
        }
      }
      return hasColon;
    }
    function isIp(hostname) {
      return isProbablyIpv6(hostname) || isProbablyIpv4(hostname);
    }
    var SPECIAL_USE_DOMAINS = [
      "test",
      // RFC 6761
      "localhost",
      // RFC 6761
      "invalid",
      // RFC 6761
      "example",
      // RFC 6761
      "example.com",
      // RFC 6761
      "example.net",
      // RFC 6761
      "example.org",
      // RFC 6761
      "local",
      // RFC 6762 (mDNS)
      "onion",
      // RFC 7686 (Tor)
      "alt",
      // RFC 9476
      "home.arpa",
      // RFC 8375
      "ipv4only.arpa",
      // RFC 8880
      "resolver.arpa",
      // RFC 9462
      "service.arpa",
      // RFC 9665
      "6tisch.arpa",
      // RFC 9031
      "eap.arpa"
      // RFC 9965
    ];
    function isSpecialUse(hostname) {
      for (const name of SPECIAL_USE_DOMAINS) {
        if (hostname.endsWith(name) && (hostname.length === name.length || hostname.charCodeAt(hostname.length - name.length - 1) === 46)) {
          return true;
        }
      }
      return false;
    }
    function isValidAscii(code) {
      return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code > 127;
    }
    function isValidHostname(hostname) {
      if (hostname.length > 255) {
        return false;
      }
      if (hostname.length === 0) {
        return false;
      }
      if (
        /*@__INLINE__*/
        !isValidAscii(hostname.charCodeAt(0)) && hostname.charCodeAt(0) !== 46 && // '.' (dot)
        hostname.charCodeAt(0) !== 95
      ) {
        return false;
      }
      let lastDotIndex = -1;
      let lastCharCode = -1;
      const len = hostname.length;
      for (let i = 0; i < len; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          if (
            // Check that previous label is < 63 bytes long (64 = 63 + '.')
            i - lastDotIndex > 64 || // Check that previous character was not already a '.'
            lastCharCode === 46 || // Check that the previous label does not end with '-' (RFC 1035 §2.3.1 LDH).
            // '_' is intentionally NOT restricted: DNS allows any octet (RFC 2181 §11) and
            // WHATWG URL does not treat '_' as a forbidden host code point.
            lastCharCode === 45
          ) {
            return false;
          }
          lastDotIndex = i;
        } else if (
          // A forbidden character in the label...
          // Keep these parens: they scope /*@__INLINE__*/ for terser.
          // prettier-ignore
          !/*@__INLINE__*/
          (isValidAscii(code) || code === 45 || code === 95) || // ...or a '-' starting a label (the byte right after a '.'). A label must
          // not begin with a hyphen (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH, as amended
          // by RFC 1123 §2.1; cf. UTS #46 CheckHyphens). The first label is covered by
          // the leading-character guard above; mirrors the trailing-'-' rule below.
          code === 45 && lastCharCode === 46
        ) {
          return false;
        }
        lastCharCode = code;
      }
      return (
        // Check that last label is shorter than 63 chars
        len - lastDotIndex - 1 <= 63 && // Check that the last character is an allowed trailing label character.
        // Since we already checked that the char is a valid hostname character,
        // we only need to check that it's different from '-'.
        lastCharCode !== 45
      );
    }
    function extraSuffixLookup(hostname, options, isException, out) {
      const suffix = out.publicSuffix;
      if (suffix === null) {
        return;
      }
      const none = hostname.length + 1;
      let exception = none;
      let exceptionIsIcann = false;
      let rule = none;
      let ruleIsIcann = false;
      const extra = options.extraSuffixes;
      for (let section = 0; section < 2; section += 1) {
        const isIcann = section === 0;
        const rules = isIcann ? options.allowIcannDomains && extra.icann : options.allowPrivateDomains && extra.private;
        if (!Array.isArray(rules)) {
          continue;
        }
        for (const r of rules) {
          if (typeof r !== "string") {
            continue;
          }
          const exceptionRule = r.startsWith("!");
          const wildcard = r.startsWith("*.");
          const body = exceptionRule ? r.slice(1) : wildcard ? r.slice(2) : r;
          if (body === "" || exceptionRule && !body.includes(".") || !shareSameDomainSuffix(hostname, body)) {
            continue;
          }
          let start = hostname.length - body.length;
          if (exceptionRule) {
            if (start < exception) {
              exception = start;
              exceptionIsIcann = isIcann;
            }
            continue;
          }
          if (wildcard && start > 1 && hostname.charCodeAt(start - 2) !== 46) {
            start = hostname.lastIndexOf(".", start - 2) + 1;
          }
          if (start < rule) {
            rule = start;
            ruleIsIcann = isIcann;
          }
        }
      }
      const suffixStart = hostname.length - suffix.length;
      const builtin = isException ? hostname.lastIndexOf(".", suffixStart - 2) + 1 : suffixStart;
      if (exception <= rule && (isException ? exception < builtin : exception <= builtin)) {
        out.publicSuffix = hostname.slice(hostname.indexOf(".", exception) + 1);
        out.isIcann = exceptionIsIcann;
        out.isPrivate = !exceptionIsIcann;
      } else if (rule < builtin || rule === builtin && !out.isIcann && !out.isPrivate) {
        out.publicSuffix = hostname.slice(rule);
        out.isIcann = ruleIsIcann;
        out.isPrivate = !ruleIsIcann;
      }
    }
    function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname: extractHostname2 = true, mixedInputs = true, validHosts = null, validateHostname = true }) {
      return {
        allowIcannDomains,
        allowPrivateDomains,
        detectIp,
        detectSpecialUse,
        extraSuffixes,
        extractHostname: extractHostname2,
        mixedInputs,
        validHosts,
        validateHostname
      };
    }
    var DEFAULT_OPTIONS = (
      /*@__INLINE__*/
      setDefaultsImpl({})
    );
    function setDefaults(options) {
      if (options === void 0) {
        return DEFAULT_OPTIONS;
      }
      return (
        /*@__INLINE__*/
        setDefaultsImpl(options)
      );
    }
    function getSubdomain$1(hostname, domain) {
      if (domain.length === hostname.length) {
        return "";
      }
      return hostname.slice(0, -domain.length - 1);
    }
    function getEmptyResult() {
      return {
        domain: null,
        domainWithoutSuffix: null,
        hostname: null,
        isIcann: null,
        isIp: null,
        isPrivate: null,
        isSpecialUse: null,
        publicSuffix: null,
        subdomain: null
      };
    }
    function resetResult(result) {
      result.domain = null;
      result.domainWithoutSuffix = null;
      result.hostname = null;
      result.isIcann = null;
      result.isIp = null;
      result.isPrivate = null;
      result.isSpecialUse = null;
      result.publicSuffix = null;
      result.subdomain = null;
    }
    function parseImpl(url, step, suffixLookup2, partialOptions, result) {
      const options = (
        /*@__INLINE__*/
        setDefaults(partialOptions)
      );
      if (typeof url !== "string") {
        return result;
      }
      let urlIsValid = false;
      if (!options.extractHostname) {
        let end = url.length;
        while (end > 1 && url.charCodeAt(end - 1) === 46) {
          end -= 1;
        }
        result.hostname = end === url.length ? url : url.slice(0, end);
      } else if (options.mixedInputs) {
        urlIsValid = isValidHostname(url);
        result.hostname = extractHostname(url, urlIsValid, options.validateHostname);
      } else {
        result.hostname = extractHostname(url, false, options.validateHostname);
      }
      if (options.detectIp && result.hostname !== null) {
        result.isIp = isIp(result.hostname);
        if (result.isIp) {
          return result;
        }
      }
      if (options.validateHostname && options.extractHostname && result.hostname !== null && // Skip the re-scan when `url` was already validated and extractHostname
      // returned it unchanged (same reference => identical string, still valid).
      !(urlIsValid && result.hostname === url) && // Skip the re-scan when extractHostname already validated the host inline
      // (a confirmed-valid simple authority — see extract-hostname.ts).
      !extractedHostnameValidated && !isValidHostname(result.hostname)) {
        result.hostname = null;
        return result;
      }
      if (step === 0 || result.hostname === null) {
        return result;
      }
      if (step === 5 && options.detectSpecialUse) {
        result.isSpecialUse = isSpecialUse(result.hostname);
      }
      const isException = suffixLookup2(result.hostname, options, result);
      if (options.extraSuffixes !== null) {
        extraSuffixLookup(result.hostname, options, isException === true, result);
      }
      if (step === 2 || result.publicSuffix === null) {
        return result;
      }
      result.domain = getDomain$1(result.publicSuffix, result.hostname, options);
      if (step === 3 || result.domain === null) {
        return result;
      }
      result.subdomain = getSubdomain$1(result.hostname, result.domain);
      if (step === 4) {
        return result;
      }
      result.domainWithoutSuffix = getDomainWithoutSuffix$1(result.domain, result.publicSuffix);
      return result;
    }
    function fastPathLookup(hostname, options, out) {
      if (!options.allowPrivateDomains && options.allowIcannDomains && hostname.length > 3) {
        const last2 = hostname.length - 1;
        const c3 = hostname.charCodeAt(last2);
        const c2 = hostname.charCodeAt(last2 - 1);
        const c1 = hostname.charCodeAt(last2 - 2);
        const c0 = hostname.charCodeAt(last2 - 3);
        if (c3 === 109 && c2 === 111 && c1 === 99 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "com";
          return true;
        } else if (c3 === 103 && c2 === 114 && c1 === 111 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "org";
          return true;
        } else if (c3 === 117 && c2 === 100 && c1 === 101 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "edu";
          return true;
        } else if (c3 === 118 && c2 === 111 && c1 === 103 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "gov";
          return true;
        } else if (c3 === 116 && c2 === 101 && c1 === 110 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "net";
          return true;
        } else if (c3 === 101 && c2 === 100 && c1 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "de";
          return true;
        }
      }
      return false;
    }
    var nodeFlags = /* @__PURE__ */ new Uint8Array([1, 2, 1, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 2, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 2, 0, 1, 1, 0, 2, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 2, 2, 0, 2, 2, 2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    var edgeStart = /* @__PURE__ */ new Uint16Array([0, 0, 0, 10, 11, 18, 106, 111, 117, 118, 126, 132, 133, 140, 149, 150, 151, 152, 153, 154, 156, 157, 159, 160, 161, 163, 165, 240, 253, 255, 256, 257, 272, 274, 281, 282, 285, 286, 287, 290, 292, 311, 312, 314, 323, 328, 345, 346, 349, 350, 352, 354, 390, 391, 393, 396, 397, 401, 403, 407, 410, 442, 445, 458, 459, 467, 468, 470, 480, 494, 495, 496, 497, 506, 507, 544, 549, 565, 585, 591, 633, 635, 636, 637, 638, 665, 692, 693, 841, 847, 850, 851, 852, 857, 862, 871, 893, 894, 895, 896, 897, 898, 899, 918, 920, 921, 924, 926, 927, 929, 931, 946, 961, 966, 967, 969, 970, 971, 972, 973, 975, 978, 983, 984, 985, 987, 988, 991, 994, 995, 996, 1009, 1011, 1023, 1034, 1042, 1044, 1084, 1087, 1091, 1092, 1094, 1097, 1108, 1110, 1120, 1122, 1128, 1130, 1131, 1133, 1136, 1137, 1138, 1191, 1193, 1195, 1215, 1216, 1217, 1218, 1220, 1231, 1262, 1273, 1274, 1287, 1297, 1306, 1314, 1315, 1320, 1334, 1345, 1357, 1369, 1383, 1384, 1395, 1429, 1430, 1431, 1447, 1463, 1475, 1548, 1549, 1551, 1552, 1588, 1607, 1608, 1609, 1610, 1611, 1614, 1618, 1621, 1623, 1657, 1658, 1666, 1667, 1668, 1669, 1670, 1672, 1674, 1676, 1677, 1681, 1682, 1683, 1685, 1687, 1688, 1690, 1691, 1692, 1703, 1705, 1706, 1710, 1711, 1714, 1721, 1722, 1727, 1731, 1732, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1749, 1750, 1751, 2214, 2217, 2218, 2220, 2227, 2234, 2244, 2248, 2259, 2260, 2261, 2273, 2274, 2276, 2278, 2279, 2286, 2287, 2289, 2290, 2292, 2293, 2294, 2295, 2296, 2371, 2373, 2394, 2395, 2396, 2398, 2399, 2401, 2402, 2458, 2459, 2460, 2467, 2473, 2483, 2493, 2546, 2547, 2548, 2558, 2572, 2573, 2576, 2583, 2584, 2592, 2594, 2595, 2596, 2597, 2608, 2609, 2610, 2612, 2613, 2615, 2616, 2625, 2637, 2643, 2645, 2677, 2681, 2683, 2684, 2686, 2687, 2699, 2700, 2702, 2710, 2717, 2723, 2728, 2729, 2735, 2738, 2744, 2751, 2758, 2766, 2767, 2768, 2806, 2812, 2816, 2833, 2834, 2839, 2857, 2888, 2906, 2908, 2911, 2919, 2921, 2928, 2980, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3017, 3018, 3019, 3020, 3021, 3022, 3024, 3025, 3029, 3113, 3126, 3127, 3564, 3568, 3582, 3634, 3662, 3684, 3742, 3764, 3779, 3842, 3893, 3931, 3967, 3992, 4134, 4180, 4231, 4250, 4284, 4299, 4319, 4349, 4380, 4403, 4434, 4464, 4496, 4523, 4598, 4620, 4658, 4668, 4702, 4721, 4747, 4789, 4839, 4865, 4934, 4935, 4937, 4960, 4983, 5019, 5050, 5067, 5124, 5137, 5161, 5190, 5192, 5226, 5242, 5270, 5575, 5584, 5593, 5600, 5617, 5621, 5627, 5666, 5668, 5675, 5682, 5691, 5698, 5699, 5700, 5712, 5715, 5730, 5731, 5740, 5741, 5750, 5759, 5765, 5767, 5768, 5769, 5807, 5808, 5810, 5818, 5825, 5838, 5842, 5844, 5845, 5851, 5858, 5872, 5882, 5887, 5895, 5903, 5909, 5910, 5914, 5916, 5917, 5929, 6001, 6002, 6003, 6004, 6006, 6007, 6010, 6012, 6015, 6019, 6020, 6021, 6027, 6028, 6029, 6031, 6033, 6035, 6036, 6037, 6040, 6042, 6045, 6046, 6048, 6246, 6253, 6254, 6255, 6265, 6270, 6287, 6301, 6310, 6311, 6312, 6316, 6317, 6319, 6321, 6327, 6328, 6331, 6332, 6334, 6335, 6336, 7236, 7239, 7243, 7261, 7270, 7273, 7280, 7281, 7283, 7284, 7285, 7287, 7339, 7340, 7343, 7344, 7462, 7463, 7474, 7492, 7499, 7502, 7511, 7512, 7513, 7528, 7583, 7775, 7777, 7779, 7780, 7782, 7787, 7800, 7801, 7817, 7824, 7833, 7836, 7839, 7846, 7854, 7858, 7859, 7860, 7874, 7879, 7888, 7889, 7890, 7894, 7929, 7930, 7951, 7958, 7966, 7967, 7972, 7980, 8024, 8025, 8031, 8034, 8047, 8052, 8053, 8055, 8057, 8097, 8098, 8104, 8111, 8112, 8122, 8131, 8146, 8150, 8152, 8204, 8205, 8210, 8211, 8214, 8216, 8217, 8218, 8227, 8241, 8249, 8263, 8274, 8275, 8277, 8279, 8301, 8312, 8318, 8319, 8331, 8343, 8430, 8442, 8450, 8453, 8459, 8484, 8487, 8488, 8489, 8490, 8492, 8495, 8498, 8509, 8511, 8513, 8541, 8616, 8623, 8627, 8628, 8637, 8659, 8660, 8665, 8666, 8748, 8750, 8751, 8760, 8764, 8770, 8776, 8782, 8792, 8797, 8798, 8816, 8827, 8832, 8837, 8847, 8853, 8857, 8863, 8869, 10476, 10477, 10478, 10485, 10487]);
    var edgeLength = /* @__PURE__ */ new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 8, 2, 2, 3, 3, 3, 3, 3, 8, 5, 5, 5, 5, 5, 3, 3, 5, 5, 9, 12, 19, 8, 19, 8, 11, 9, 9, 8, 7, 7, 6, 8, 9, 16, 10, 7, 7, 11, 8, 6, 6, 9, 7, 11, 7, 14, 4, 4, 4, 4, 4, 4, 10, 7, 6, 6, 6, 6, 10, 10, 6, 10, 10, 22, 11, 9, 10, 10, 10, 9, 10, 8, 7, 7, 7, 8, 21, 13, 11, 11, 9, 10, 9, 13, 10, 8, 8, 9, 12, 9, 7, 10, 7, 7, 13, 7, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 8, 4, 6, 3, 3, 3, 3, 3, 3, 1, 2, 5, 3, 3, 3, 3, 7, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 7, 8, 5, 2, 2, 7, 4, 5, 7, 2, 2, 1, 4, 1, 11, 9, 9, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 11, 9, 9, 8, 9, 9, 13, 7, 14, 7, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6, 10, 7, 11, 9, 4, 4, 4, 4, 4, 6, 6, 6, 6, 13, 6, 8, 7, 10, 10, 9, 9, 7, 9, 8, 8, 9, 8, 7, 10, 6, 9, 8, 10, 10, 7, 8, 1, 9, 10, 12, 12, 12, 10, 9, 9, 10, 10, 9, 9, 1, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 4, 2, 3, 3, 3, 3, 7, 4, 4, 4, 3, 3, 6, 7, 3, 4, 1, 2, 2, 2, 6, 1, 2, 2, 2, 2, 2, 12, 5, 3, 8, 9, 13, 4, 4, 13, 9, 9, 11, 7, 3, 12, 9, 2, 2, 2, 3, 3, 3, 3, 3, 8, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 7, 10, 15, 15, 7, 15, 20, 15, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 8, 6, 8, 8, 6, 8, 13, 8, 8, 6, 13, 8, 11, 13, 8, 6, 13, 8, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 9, 9, 9, 10, 14, 14, 11, 13, 13, 9, 9, 9, 9, 9, 9, 2, 6, 9, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 3, 3, 3, 3, 3, 3, 7, 7, 2, 3, 2, 2, 5, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 4, 2, 2, 12, 8, 10, 8, 10, 7, 18, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 2, 3, 3, 3, 5, 5, 3, 8, 8, 6, 8, 6, 6, 4, 6, 7, 7, 7, 10, 11, 2, 5, 5, 3, 3, 3, 3, 3, 3, 5, 5, 6, 11, 10, 7, 7, 7, 4, 4, 4, 2, 3, 3, 3, 3, 3, 2, 2, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 11, 7, 6, 9, 6, 6, 8, 10, 8, 6, 8, 13, 4, 4, 4, 4, 4, 10, 8, 11, 8, 8, 8, 10, 10, 7, 5, 4, 4, 4, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 10, 13, 7, 8, 7, 11, 8, 8, 6, 9, 8, 8, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 9, 7, 6, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 9, 7, 8, 10, 8, 8, 2, 3, 3, 3, 3, 3, 2, 8, 9, 9, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 9, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 5, 5, 3, 5, 4, 2, 3, 2, 4, 3, 9, 2, 2, 2, 2, 2, 5, 5, 3, 3, 8, 8, 13, 6, 10, 9, 4, 7, 9, 11, 2, 3, 7, 3, 3, 4, 1, 3, 4, 2, 9, 3, 3, 12, 5, 3, 7, 10, 10, 7, 4, 4, 6, 14, 7, 9, 7, 13, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 8, 15, 4, 4, 2, 3, 3, 3, 7, 4, 9, 9, 2, 3, 3, 3, 5, 3, 2, 2, 7, 2, 7, 6, 6, 7, 2, 4, 2, 2, 2, 2, 2, 2, 8, 8, 8, 9, 5, 2, 3, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 4, 2, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 2, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 9, 6, 6, 6, 9, 13, 9, 2, 2, 2, 8, 7, 9, 5, 3, 3, 3, 5, 5, 13, 12, 9, 10, 7, 8, 7, 6, 8, 6, 11, 12, 7, 10, 4, 4, 7, 8, 11, 6, 7, 9, 8, 7, 10, 8, 9, 15, 7, 8, 5, 4, 7, 2, 3, 3, 3, 2, 14, 10, 2, 14, 10, 2, 14, 3, 9, 13, 13, 10, 14, 16, 17, 11, 2, 14, 2, 14, 3, 9, 13, 10, 14, 16, 17, 11, 14, 10, 14, 2, 7, 3, 10, 7, 14, 10, 2, 14, 10, 9, 9, 17, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 10, 10, 10, 12, 9, 4, 10, 10, 11, 8, 8, 8, 7, 9, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 4, 4, 4, 4, 4, 4, 6, 16, 3, 3, 14, 3, 14, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 9, 9, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 14, 2, 14, 9, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 14, 17, 16, 17, 11, 2, 14, 9, 13, 10, 14, 16, 17, 11, 2, 14, 9, 13, 10, 17, 16, 11, 17, 2, 14, 10, 19, 7, 2, 14, 9, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 16, 17, 11, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 3, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 10, 14, 9, 9, 9, 9, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 4, 11, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 17, 16, 17, 11, 2, 9, 10, 10, 7, 17, 3, 3, 12, 12, 16, 15, 15, 12, 14, 14, 14, 20, 20, 13, 12, 12, 12, 12, 12, 12, 20, 25, 14, 14, 12, 12, 10, 10, 10, 10, 14, 9, 9, 9, 25, 4, 9, 17, 10, 7, 14, 16, 21, 13, 13, 14, 20, 14, 13, 17, 24, 9, 12, 13, 25, 13, 21, 20, 17, 9, 9, 9, 9, 9, 9, 12, 17, 4, 4, 9, 9, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 9, 10, 14, 12, 12, 14, 14, 10, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 2, 1, 5, 8, 7, 11, 11, 1, 3, 3, 3, 5, 3, 3, 4, 8, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 4, 4, 4, 4, 4, 4, 4, 4, 10, 2, 2, 6, 7, 6, 2, 3, 2, 3, 6, 2, 7, 6, 10, 7, 4, 9, 12, 6, 14, 4, 12, 7, 2, 2, 1, 2, 7, 6, 4, 4, 4, 6, 8, 8, 7, 2, 2, 13, 2, 2, 2, 2, 6, 2, 8, 12, 2, 7, 7, 6, 8, 10, 12, 2, 2, 2, 3, 3, 13, 2, 2, 3, 3, 6, 7, 6, 4, 5, 6, 3, 3, 3, 3, 4, 16, 8, 5, 4, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 12, 7, 7, 13, 9, 10, 17, 12, 8, 9, 7, 17, 17, 8, 5, 12, 10, 13, 14, 5, 5, 5, 13, 5, 5, 5, 3, 3, 3, 5, 16, 5, 5, 5, 5, 7, 12, 14, 8, 12, 8, 10, 12, 9, 11, 7, 9, 7, 10, 7, 13, 13, 9, 7, 12, 8, 17, 7, 7, 16, 10, 13, 13, 8, 10, 10, 14, 17, 7, 16, 16, 15, 8, 10, 10, 12, 17, 17, 7, 17, 14, 7, 10, 17, 8, 7, 7, 7, 8, 15, 15, 7, 14, 10, 10, 10, 11, 11, 7, 7, 13, 8, 10, 7, 16, 7, 8, 7, 14, 17, 12, 10, 11, 21, 8, 9, 7, 13, 9, 8, 6, 13, 6, 12, 7, 6, 13, 10, 10, 10, 8, 18, 9, 17, 13, 10, 12, 6, 13, 6, 11, 8, 13, 10, 13, 18, 13, 11, 13, 8, 16, 7, 10, 8, 16, 12, 10, 8, 8, 14, 11, 8, 15, 8, 8, 7, 7, 12, 7, 8, 9, 14, 15, 8, 9, 10, 9, 15, 7, 8, 8, 12, 13, 9, 10, 15, 13, 7, 10, 10, 20, 7, 6, 9, 6, 6, 14, 11, 14, 11, 12, 9, 10, 16, 16, 12, 7, 11, 28, 8, 11, 10, 7, 21, 8, 7, 9, 4, 4, 4, 17, 7, 8, 6, 9, 6, 6, 13, 6, 6, 6, 6, 18, 20, 14, 8, 11, 12, 9, 10, 13, 15, 15, 19, 8, 9, 12, 7, 10, 16, 12, 9, 9, 9, 14, 12, 11, 10, 9, 12, 11, 18, 9, 9, 9, 10, 7, 7, 16, 8, 9, 7, 13, 12, 10, 14, 18, 7, 8, 11, 10, 7, 7, 8, 8, 13, 7, 7, 7, 11, 15, 13, 11, 7, 8, 15, 11, 7, 8, 18, 8, 14, 13, 18, 15, 10, 12, 12, 9, 7, 11, 11, 8, 7, 10, 8, 14, 12, 10, 18, 7, 10, 9, 7, 8, 13, 10, 14, 10, 8, 8, 23, 7, 7, 11, 12, 12, 17, 7, 7, 11, 11, 17, 16, 16, 7, 8, 11, 14, 14, 8, 10, 7, 15, 7, 16, 16, 13, 9, 11, 9, 15, 15, 11, 11, 7, 7, 14, 7, 9, 7, 7, 16, 10, 13, 10, 11, 14, 7, 11, 10, 11, 7, 11, 10, 11, 15, 11, 15, 10, 12, 10, 14, 13, 11, 11, 12, 13, 10, 7, 13, 16, 12, 21, 15, 9, 10, 10, 7, 11, 14, 17, 7, 7, 8, 11, 13, 12, 8, 15, 14, 14, 8, 17, 12, 10, 10, 7, 9, 11, 7, 10, 7, 11, 18, 7, 11, 7, 12, 11, 8, 8, 14, 12, 7, 8, 15, 3, 7, 7, 5, 2, 9, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 5, 11, 6, 4, 7, 10, 7, 7, 11, 1, 10, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 3, 5, 6, 3, 3, 5, 2, 2, 5, 3, 4, 13, 11, 3, 3, 6, 3, 5, 14, 2, 2, 3, 8, 2, 2, 12, 5, 18, 5, 3, 3, 3, 3, 16, 5, 5, 5, 10, 7, 13, 12, 13, 9, 12, 14, 19, 9, 9, 21, 9, 9, 10, 6, 9, 6, 15, 10, 6, 12, 8, 6, 10, 15, 4, 4, 6, 6, 9, 9, 12, 16, 14, 23, 7, 7, 7, 14, 9, 7, 7, 11, 14, 10, 7, 10, 10, 10, 12, 6, 11, 10, 13, 11, 15, 11, 7, 12, 10, 3, 7, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 3, 7, 5, 1, 5, 2, 2, 2, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 10, 9, 11, 8, 7, 12, 8, 9, 7, 6, 13, 11, 6, 13, 7, 9, 9, 4, 4, 4, 4, 4, 6, 10, 7, 8, 13, 11, 8, 8, 9, 14, 7, 14, 8, 10, 7, 9, 7, 7, 9, 6, 9, 2, 12, 5, 3, 3, 13, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 1, 7, 6, 4, 12, 3, 3, 3, 3, 3, 8, 7, 3, 3, 3, 3, 3, 3, 4, 4, 11, 15, 14, 2, 8, 3, 5, 5, 8, 10, 8, 6, 4, 7, 17, 7, 4, 5, 2, 6, 3, 5, 4, 2, 2, 12, 5, 5, 3, 15, 13, 8, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 3, 3, 3, 3, 4, 2, 3, 18, 2, 12, 5, 3, 3, 3, 3, 3, 5, 16, 8, 8, 9, 6, 6, 4, 4, 4, 4, 31, 6, 6, 10, 11, 21, 10, 9, 7, 10, 7, 7, 2, 4, 4, 4, 4, 6, 5, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 4, 6, 2, 2, 2, 5, 3, 3, 3, 7, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 8, 2, 3, 3, 3, 3, 3, 5, 9, 11, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 5, 10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11, 10, 10, 10, 10, 10, 11, 10, 11, 10, 11, 10, 9, 9, 11, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 5, 5, 3, 7, 8, 8, 7, 6, 6, 11, 4, 4, 4, 4, 7, 8, 9, 9, 2, 3, 7, 4, 4, 2, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 2, 2, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 7, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 8, 8, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 6, 9, 12, 3, 7, 10, 7, 2, 2, 3, 3, 3, 3, 3, 4, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 6, 6, 8, 6, 7, 4, 4, 4, 4, 4, 4, 6, 7, 5, 5, 20, 19, 8, 10, 9, 7, 10, 6, 8, 11, 6, 6, 6, 6, 13, 12, 8, 6, 7, 14, 11, 9, 2, 5, 3, 6, 2, 3, 2, 2, 2, 2, 2, 2, 2, 5, 4, 3, 7, 6, 4, 7, 4, 3, 6, 4, 7, 2, 2, 7, 7, 7, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 9, 10, 10, 10, 11, 7, 8, 20, 7, 9, 8, 9, 8, 12, 6, 6, 6, 8, 9, 8, 12, 6, 6, 8, 13, 10, 12, 6, 6, 7, 7, 9, 6, 4, 4, 4, 4, 4, 4, 10, 6, 6, 6, 7, 14, 11, 10, 7, 8, 10, 8, 11, 14, 11, 11, 9, 7, 9, 8, 11, 13, 9, 17, 10, 9, 2, 2, 2, 9, 3, 3, 3, 3, 15, 14, 9, 5, 5, 2, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 12, 22, 19, 17, 18, 18, 19, 21, 7, 16, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 16, 11, 11, 7, 7, 7, 7, 17, 7, 8, 12, 15, 9, 19, 7, 19, 8, 21, 11, 12, 19, 14, 22, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16, 16, 19, 24, 12, 7, 14, 7, 12, 7, 8, 10, 10, 13, 7, 12, 12, 7, 7, 10, 18, 15, 12, 16, 7, 14, 12, 17, 10, 16, 17, 12, 17, 25, 7, 7, 7, 13, 6, 9, 6, 9, 18, 6, 6, 11, 20, 10, 6, 6, 6, 6, 6, 6, 17, 6, 6, 6, 15, 6, 6, 6, 6, 6, 8, 14, 11, 12, 11, 15, 13, 19, 17, 21, 7, 18, 8, 13, 13, 8, 12, 8, 6, 6, 13, 6, 15, 15, 16, 6, 6, 16, 6, 6, 6, 14, 6, 18, 6, 6, 6, 17, 18, 9, 13, 15, 8, 19, 8, 15, 15, 18, 14, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 11, 10, 11, 6, 21, 23, 12, 17, 12, 11, 14, 13, 22, 15, 15, 11, 12, 14, 12, 7, 12, 8, 12, 14, 12, 18, 10, 8, 16, 19, 17, 12, 14, 15, 8, 19, 17, 12, 13, 13, 15, 18, 13, 23, 24, 23, 21, 17, 24, 8, 21, 8, 14, 14, 16, 20, 14, 8, 8, 15, 20, 8, 19, 21, 9, 8, 13, 12, 13, 15, 11, 8, 11, 9, 9, 8, 11, 8, 21, 14, 21, 15, 15, 13, 7, 19, 7, 7, 7, 7, 7, 7, 16, 12, 17, 18, 7, 7, 11, 11, 7, 9, 9, 2, 2, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 10, 10, 7, 9, 7, 7, 7, 6, 8, 6, 6, 6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 9, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 8, 9, 8, 7, 8, 7, 8, 10, 7, 5, 5, 5, 5, 5, 5, 3, 9, 7, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 9, 11, 13, 7, 8, 9, 9, 5, 5, 5, 7, 8, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 7, 10, 9, 10, 7, 8, 5, 5, 5, 5, 5, 5, 7, 7, 9, 8, 7, 7, 6, 6, 6, 6, 6, 6, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 10, 4, 4, 4, 4, 8, 7, 7, 10, 10, 9, 8, 8, 15, 9, 8, 8, 8, 8, 8, 9, 10, 9, 10, 7, 8, 13, 5, 5, 5, 5, 5, 3, 3, 7, 7, 8, 6, 6, 6, 4, 4, 11, 9, 7, 8, 9, 10, 7, 5, 5, 5, 5, 5, 3, 3, 7, 6, 6, 13, 7, 9, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 7, 8, 7, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 6, 7, 6, 7, 6, 6, 9, 7, 4, 4, 4, 4, 4, 4, 4, 7, 8, 7, 8, 9, 8, 8, 8, 7, 10, 7, 8, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 7, 9, 7, 10, 9, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 7, 6, 6, 6, 9, 9, 4, 4, 13, 7, 10, 9, 9, 12, 7, 8, 8, 10, 8, 8, 8, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 11, 7, 9, 8, 8, 6, 6, 10, 6, 8, 8, 8, 6, 7, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 8, 16, 8, 9, 8, 7, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 10, 15, 8, 9, 8, 9, 9, 6, 6, 6, 6, 6, 6, 7, 4, 8, 7, 8, 8, 7, 8, 11, 8, 5, 5, 5, 5, 5, 3, 7, 7, 6, 11, 16, 7, 6, 4, 4, 4, 4, 9, 9, 8, 8, 8, 13, 12, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 7, 8, 8, 9, 13, 7, 7, 7, 9, 8, 8, 9, 12, 7, 12, 7, 12, 8, 7, 10, 12, 9, 9, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 9, 11, 8, 6, 6, 6, 6, 6, 12, 7, 6, 6, 6, 9, 7, 7, 6, 6, 6, 6, 6, 11, 9, 6, 6, 6, 6, 6, 7, 9, 4, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 7, 7, 7, 7, 7, 11, 7, 7, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 7, 7, 11, 11, 7, 12, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 13, 12, 8, 8, 8, 8, 7, 7, 7, 9, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 11, 7, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 10, 11, 6, 7, 9, 4, 4, 4, 4, 4, 4, 9, 9, 8, 9, 8, 8, 8, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 11, 7, 7, 7, 9, 6, 6, 11, 8, 10, 6, 6, 6, 12, 8, 8, 7, 6, 6, 8, 7, 4, 4, 4, 4, 4, 4, 4, 4, 9, 10, 9, 9, 8, 10, 9, 11, 8, 5, 5, 5, 7, 6, 6, 8, 7, 4, 4, 4, 4, 8, 7, 7, 8, 7, 8, 8, 5, 5, 5, 5, 7, 7, 8, 8, 8, 6, 6, 6, 6, 6, 10, 8, 9, 13, 6, 7, 6, 6, 8, 7, 8, 4, 4, 4, 4, 11, 8, 8, 8, 10, 5, 5, 8, 7, 8, 13, 8, 7, 6, 8, 6, 9, 7, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 6, 4, 8, 10, 10, 8, 12, 9, 13, 2, 7, 5, 5, 5, 5, 5, 7, 7, 10, 6, 6, 6, 6, 6, 6, 6, 8, 4, 4, 9, 8, 8, 8, 14, 8, 8, 8, 9, 8, 5, 5, 5, 5, 5, 3, 3, 9, 6, 6, 6, 6, 10, 12, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 11, 8, 7, 8, 8, 8, 5, 5, 3, 3, 3, 3, 7, 7, 6, 8, 6, 8, 11, 7, 6, 6, 6, 7, 4, 8, 11, 9, 10, 5, 5, 5, 3, 3, 3, 7, 7, 8, 9, 8, 15, 9, 6, 6, 6, 6, 6, 6, 11, 11, 4, 4, 4, 4, 4, 7, 9, 9, 10, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 4, 4, 4, 4, 4, 9, 9, 8, 8, 10, 13, 5, 5, 5, 3, 17, 7, 7, 7, 7, 7, 8, 6, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 9, 10, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 7, 8, 8, 6, 6, 6, 8, 8, 8, 9, 10, 8, 4, 8, 10, 9, 8, 8, 8, 9, 13, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 9, 7, 7, 7, 10, 9, 9, 8, 9, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 12, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 11, 8, 8, 9, 9, 10, 8, 9, 7, 7, 5, 5, 5, 5, 5, 5, 3, 7, 8, 7, 6, 6, 8, 6, 6, 10, 4, 7, 8, 9, 12, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 14, 7, 9, 8, 8, 6, 6, 8, 12, 12, 6, 6, 7, 7, 10, 4, 4, 4, 4, 4, 9, 9, 14, 9, 13, 8, 7, 5, 5, 5, 6, 6, 6, 7, 4, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 8, 6, 6, 6, 6, 6, 6, 12, 6, 6, 6, 6, 4, 4, 9, 9, 8, 8, 11, 7, 7, 7, 5, 5, 5, 3, 9, 8, 6, 6, 7, 4, 4, 4, 4, 4, 4, 8, 8, 11, 5, 5, 5, 7, 7, 7, 9, 6, 6, 6, 6, 6, 6, 9, 8, 4, 4, 4, 4, 7, 12, 9, 8, 8, 8, 7, 10, 10, 5, 5, 5, 5, 5, 5, 5, 3, 11, 14, 8, 7, 8, 8, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 7, 6, 8, 9, 4, 4, 4, 7, 8, 9, 7, 9, 7, 7, 9, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 9, 7, 7, 12, 14, 8, 6, 6, 12, 11, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 15, 7, 4, 4, 4, 16, 9, 9, 9, 8, 9, 9, 9, 9, 9, 8, 8, 8, 13, 11, 8, 5, 5, 5, 5, 3, 7, 6, 6, 8, 8, 8, 6, 6, 7, 10, 7, 4, 4, 4, 4, 9, 7, 8, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 9, 6, 6, 6, 6, 6, 8, 8, 7, 7, 9, 6, 6, 6, 7, 6, 6, 6, 6, 6, 15, 4, 4, 4, 4, 4, 8, 8, 7, 8, 12, 9, 8, 8, 8, 8, 8, 9, 8, 8, 10, 8, 8, 8, 8, 16, 9, 10, 2, 5, 5, 5, 5, 5, 5, 5, 9, 7, 6, 8, 9, 4, 4, 4, 4, 4, 7, 8, 8, 8, 9, 8, 11, 10, 5, 5, 5, 5, 3, 7, 8, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 4, 12, 10, 12, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 3, 3, 7, 7, 10, 8, 9, 7, 6, 10, 7, 6, 6, 4, 4, 8, 9, 7, 9, 9, 9, 9, 8, 8, 8, 8, 10, 5, 5, 5, 5, 5, 5, 8, 7, 6, 6, 6, 10, 6, 7, 10, 7, 4, 4, 4, 4, 4, 4, 4, 12, 9, 10, 7, 7, 10, 8, 10, 5, 12, 9, 6, 6, 6, 6, 6, 7, 6, 4, 4, 4, 10, 9, 9, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 13, 7, 7, 9, 7, 7, 7, 8, 9, 9, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 15, 15, 4, 4, 4, 4, 4, 10, 10, 9, 8, 9, 8, 8, 9, 7, 8, 7, 8, 5, 5, 7, 6, 6, 6, 4, 4, 4, 7, 8, 11, 8, 5, 5, 5, 5, 5, 5, 5, 7, 6, 6, 6, 6, 6, 6, 9, 11, 10, 7, 4, 4, 4, 9, 8, 8, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 6, 6, 6, 9, 9, 4, 4, 4, 4, 8, 8, 8, 9, 9, 8, 8, 8, 13, 2, 4, 2, 7, 5, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 10, 8, 8, 8, 6, 6, 6, 4, 4, 9, 8, 10, 8, 9, 8, 8, 8, 9, 8, 8, 5, 3, 3, 3, 11, 6, 6, 6, 7, 6, 6, 6, 4, 4, 9, 8, 5, 5, 5, 5, 5, 3, 11, 8, 6, 6, 6, 6, 6, 9, 7, 4, 4, 14, 10, 9, 8, 12, 8, 8, 8, 11, 15, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 11, 11, 10, 10, 7, 7, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 7, 11, 7, 7, 11, 11, 7, 8, 9, 10, 7, 7, 9, 9, 9, 9, 7, 7, 10, 8, 13, 8, 8, 8, 8, 11, 10, 6, 6, 8, 10, 11, 14, 14, 6, 6, 6, 6, 6, 6, 9, 11, 7, 7, 6, 8, 12, 11, 11, 6, 6, 10, 6, 6, 6, 6, 6, 10, 7, 7, 6, 6, 11, 6, 6, 6, 11, 8, 9, 7, 6, 10, 11, 9, 10, 11, 7, 11, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 6, 6, 8, 9, 10, 9, 6, 6, 6, 10, 6, 6, 6, 6, 11, 10, 11, 10, 9, 8, 7, 7, 7, 7, 11, 14, 8, 10, 9, 9, 8, 8, 7, 11, 8, 8, 8, 11, 11, 10, 10, 9, 10, 8, 11, 10, 8, 11, 9, 12, 8, 10, 8, 11, 8, 9, 9, 11, 11, 10, 11, 13, 8, 7, 8, 8, 9, 7, 8, 8, 8, 8, 7, 8, 2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 8, 6, 4, 4, 4, 11, 7, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 8, 7, 7, 8, 8, 4, 8, 7, 7, 7, 9, 7, 8, 9, 8, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 3, 3, 8, 8, 6, 9, 4, 4, 10, 7, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 4, 10, 2, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 5, 2, 4, 2, 6, 2, 2, 9, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 9, 8, 7, 9, 6, 6, 11, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 11, 8, 8, 6, 5, 11, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 3, 3, 3, 3, 5, 7, 2, 3, 3, 3, 3, 3, 8, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 6, 3, 3, 8, 10, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 8, 9, 10, 7, 7, 1, 14, 18, 13, 18, 13, 10, 10, 16, 13, 18, 16, 13, 16, 18, 13, 22, 16, 16, 16, 14, 21, 16, 9, 14, 16, 9, 9, 14, 10, 10, 14, 12, 14, 19, 12, 11, 18, 13, 17, 15, 15, 15, 15, 16, 14, 13, 19, 18, 15, 19, 18, 12, 18, 12, 11, 20, 14, 15, 10, 17, 17, 16, 19, 20, 21, 15, 13, 16, 15, 15, 15, 1, 1, 3, 8, 7, 7, 8, 8, 8, 1, 6, 1, 1, 6, 3, 3, 4, 7, 3, 3, 5, 5, 4, 4, 4, 4, 4, 2, 7, 7, 8, 12, 3, 4, 5, 1, 3, 4, 4, 10, 4, 3, 3, 3, 8, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 9, 20, 7, 5, 5, 5, 9, 13, 5, 5, 5, 5, 5, 3, 3, 3, 16, 5, 5, 5, 13, 7, 8, 8, 11, 8, 7, 9, 7, 11, 12, 9, 9, 8, 8, 11, 10, 14, 7, 12, 10, 11, 13, 7, 9, 11, 17, 17, 14, 13, 7, 8, 7, 10, 10, 7, 16, 13, 7, 8, 17, 12, 9, 8, 6, 7, 10, 6, 6, 12, 6, 8, 10, 8, 8, 8, 6, 8, 6, 14, 6, 6, 6, 13, 6, 10, 6, 6, 7, 14, 8, 6, 6, 10, 11, 10, 9, 9, 7, 7, 6, 6, 6, 9, 9, 7, 9, 10, 9, 13, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 8, 8, 6, 8, 9, 10, 9, 7, 10, 10, 8, 7, 8, 7, 10, 12, 9, 8, 15, 8, 7, 8, 8, 7, 7, 15, 13, 7, 10, 9, 14, 18, 16, 7, 24, 7, 8, 10, 11, 16, 8, 14, 7, 9, 9, 9, 13, 19, 14, 15, 14, 11, 7, 13, 9, 10, 7, 13, 9, 10, 11, 12, 8, 9, 2, 3, 5, 8, 7, 4, 4, 15, 10, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 12, 5, 3, 8, 10, 15, 6, 7, 2, 3, 2, 5, 5, 12, 2, 5, 5, 5, 5, 2, 2, 5, 5, 12, 9, 5, 2, 2, 9, 5, 5, 12, 12, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 12, 5, 8, 8, 9, 5, 5, 5, 8, 19, 7, 16, 15, 14, 9, 9, 9, 9, 7, 11, 11, 11, 7, 14, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 12, 9, 9, 12, 12, 12, 15, 7, 11, 7, 14, 11, 18, 13, 8, 18, 15, 18, 12, 14, 12, 8, 8, 8, 8, 9, 9, 9, 12, 7, 10, 10, 8, 8, 12, 12, 12, 7, 12, 12, 9, 7, 7, 7, 7, 7, 8, 15, 12, 9, 10, 10, 7, 10, 10, 13, 11, 10, 9, 22, 11, 9, 8, 8, 8, 8, 8, 13, 18, 13, 9, 15, 19, 9, 7, 7, 10, 7, 7, 7, 11, 8, 13, 17, 7, 7, 10, 10, 10, 7, 20, 16, 7, 7, 7, 7, 7, 7, 11, 21, 12, 12, 13, 11, 14, 16, 8, 8, 13, 11, 7, 7, 13, 7, 7, 14, 15, 15, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 13, 10, 18, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 8, 8, 12, 12, 11, 11, 8, 12, 9, 9, 9, 13, 13, 9, 9, 9, 9, 9, 9, 6, 10, 12, 6, 6, 6, 6, 17, 11, 7, 7, 7, 7, 14, 14, 12, 6, 7, 7, 6, 6, 15, 10, 13, 10, 6, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 9, 15, 13, 6, 12, 12, 6, 19, 11, 10, 7, 7, 16, 8, 19, 17, 9, 9, 9, 9, 9, 6, 6, 6, 10, 8, 16, 8, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 20, 6, 9, 6, 14, 9, 9, 9, 6, 9, 8, 8, 12, 9, 8, 8, 8, 8, 7, 8, 12, 7, 8, 8, 8, 6, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 8, 6, 6, 13, 9, 12, 13, 12, 14, 13, 12, 11, 11, 6, 8, 8, 8, 6, 13, 12, 11, 11, 12, 6, 11, 12, 11, 13, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 15, 6, 6, 6, 6, 6, 6, 6, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 6, 18, 6, 12, 13, 13, 13, 9, 10, 15, 9, 12, 6, 6, 6, 6, 6, 6, 6, 6, 9, 15, 10, 9, 10, 13, 9, 19, 8, 18, 17, 10, 10, 8, 8, 6, 6, 6, 6, 6, 6, 10, 14, 8, 16, 16, 9, 8, 15, 8, 8, 10, 12, 14, 7, 7, 8, 8, 7, 7, 7, 7, 8, 13, 13, 11, 9, 9, 9, 12, 10, 17, 8, 11, 9, 7, 7, 14, 8, 14, 14, 7, 7, 7, 7, 7, 7, 14, 7, 7, 7, 7, 7, 10, 10, 8, 14, 7, 7, 7, 7, 8, 8, 8, 8, 8, 17, 9, 7, 15, 7, 8, 12, 7, 9, 14, 7, 7, 7, 9, 13, 8, 14, 7, 16, 18, 13, 15, 14, 12, 13, 10, 15, 9, 7, 7, 7, 10, 13, 15, 15, 9, 9, 9, 9, 19, 11, 7, 11, 11, 13, 8, 8, 8, 8, 7, 12, 19, 17, 9, 9, 13, 7, 7, 7, 9, 7, 7, 7, 12, 13, 15, 10, 8, 8, 14, 15, 12, 13, 13, 8, 12, 14, 7, 11, 7, 14, 15, 13, 12, 8, 8, 8, 8, 11, 13, 15, 15, 8, 13, 12, 8, 8, 8, 13, 10, 16, 14, 11, 8, 8, 12, 12, 9, 15, 15, 12, 12, 13, 8, 8, 9, 12, 13, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 11, 12, 11, 7, 14, 7, 13, 13, 13, 12, 18, 16, 7, 12, 11, 10, 10, 15, 9, 9, 9, 21, 7, 7, 7, 11, 16, 8, 8, 11, 11, 7, 7, 7, 7, 7, 19, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 8, 9, 12, 14, 11, 9, 9, 9, 22, 12, 3, 3, 4, 8, 8, 15, 4, 2, 2, 5, 5, 3, 3, 3, 3, 3, 3, 6, 6, 4, 4, 4, 12, 7, 10, 2, 3, 3, 3, 3, 3, 3, 3, 6, 7, 3, 7, 5, 14, 4, 4, 7, 8, 10, 4, 1, 3, 3, 6, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 2, 2, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 11, 5, 5, 5, 11, 5, 5, 3, 5, 5, 5, 5, 11, 14, 13, 9, 11, 9, 12, 8, 11, 11, 8, 11, 16, 9, 9, 7, 10, 9, 12, 8, 15, 6, 7, 6, 6, 13, 10, 8, 11, 8, 6, 6, 6, 12, 16, 6, 11, 7, 8, 9, 18, 6, 6, 9, 4, 4, 6, 13, 6, 6, 6, 6, 8, 8, 9, 16, 7, 7, 14, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 15, 13, 7, 10, 7, 7, 10, 12, 16, 15, 7, 9, 9, 14, 11, 11, 10, 9, 10, 8, 12, 7, 8, 7, 7, 10, 12, 7, 12, 8, 7, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 3, 5, 5, 5, 10, 8, 7, 4, 4, 4, 8, 7, 10, 9, 7, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 7, 4, 5, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 2, 2, 2, 8, 12, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 7, 11, 9, 8, 8, 8, 7, 8, 9, 7, 7, 9, 7, 7, 7, 10, 7, 7, 10, 9, 10, 6, 6, 6, 6, 6, 6, 15, 7, 8, 9, 9, 8, 6, 6, 10, 9, 6, 8, 13, 9, 7, 6, 6, 6, 6, 6, 6, 12, 6, 6, 7, 6, 7, 6, 6, 6, 10, 10, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 14, 6, 6, 7, 7, 9, 6, 6, 6, 6, 9, 9, 8, 9, 10, 9, 8, 9, 12, 7, 7, 7, 8, 7, 10, 12, 11, 9, 10, 7, 7, 7, 9, 10, 10, 8, 12, 9, 7, 7, 9, 8, 8, 8, 10, 7, 7, 8, 9, 9, 7, 7, 7, 8, 2, 4, 2, 4, 6, 3, 4, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 6, 4, 7, 3, 3, 3, 3, 3, 3, 3, 12, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 5, 3, 4, 7, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 6, 4, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 4, 2, 7, 6, 8, 9, 2, 2, 2, 2, 3, 3, 3, 5, 7, 2, 3, 3, 8, 7, 7, 2, 2, 8, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 7, 7, 6, 10, 6, 9, 7, 11, 4, 6, 8, 8, 7, 8, 4, 2, 5, 5, 5, 5, 3, 3, 3, 11, 8, 9, 6, 6, 8, 7, 4, 4, 7, 6, 8, 7, 2, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 7, 2, 2, 5, 3, 3, 2, 3, 3, 3, 3, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 12, 5, 5, 3, 3, 3, 5, 10, 12, 6, 15, 4, 6, 6, 7, 14, 9, 3, 3, 3, 3, 3, 8, 2, 2, 3, 5, 5, 3, 3, 3, 3, 3, 3, 8, 8, 6, 8, 7, 5, 8, 4, 6, 11, 2, 2, 7, 3, 3, 2, 9, 8, 5, 5, 5, 3, 3, 3, 5, 5, 5, 7, 7, 6, 6, 10, 6, 8, 6, 8, 9, 7, 4, 4, 4, 4, 4, 7, 6, 6, 8, 7, 7, 10, 9, 9, 8, 11, 8, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 7, 6, 2, 5, 5, 6, 7, 6, 4, 8, 9, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 5, 3, 3, 3, 3, 3, 9, 9, 6, 4, 8, 7, 7, 5, 9, 8, 6, 2, 6, 8, 7, 8, 5, 5, 5, 5, 5, 3, 3, 3, 16, 8, 7, 7, 7, 8, 7, 7, 7, 7, 9, 6, 9, 6, 10, 7, 7, 7, 6, 10, 8, 9, 11, 11, 8, 4, 4, 10, 8, 8, 6, 9, 6, 11, 8, 8, 8, 15, 7, 8, 9, 5, 3, 3, 3, 3, 3, 5, 2, 2, 3, 8, 9, 10, 3, 2, 2, 2, 2, 2, 2, 3, 6, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 11, 5, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 12, 7, 4, 12, 4, 6, 5, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 11, 10, 6, 4, 6, 10, 8, 3, 3, 3, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 4, 4, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8, 7, 13, 12, 10, 10, 8, 8, 7, 7, 9, 12, 11, 6, 6, 8, 8, 9, 7, 7, 7, 10, 15, 10, 4, 4, 4, 4, 4, 11, 8, 8, 9, 7, 9, 14, 14, 12, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 12, 5, 5, 5, 11, 10, 7, 9, 3, 8, 7, 3, 15, 13, 11, 4, 4, 2, 2, 2, 19, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 22, 18, 6, 14, 17, 4, 4, 19, 16, 18, 2, 3, 3, 7, 2, 3, 2, 3, 3, 6, 4, 2, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 9, 9, 2, 3, 2, 2, 2, 3, 3, 3, 5, 7, 14, 7, 7, 12, 9, 13, 6, 11, 6, 10, 9, 7, 7, 8, 12, 12, 8, 8, 8, 10, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 8, 10, 7, 8, 11, 8, 12, 9, 4, 14, 7, 7, 9, 13, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 3, 2, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 12, 9, 8, 8, 9, 8, 6, 17, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 4, 4, 8, 8, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 7, 8, 8, 8, 10, 7, 13, 10, 8, 9, 3, 3, 5, 3, 3, 3, 3, 3, 7, 7, 6, 6, 10, 13, 11, 11, 8, 8, 9, 8, 9, 9, 10, 10, 10, 11, 10, 10, 13, 13, 16, 15, 11, 12, 9, 9, 10, 9, 11, 10, 9, 9, 14, 7, 8, 3, 10, 7, 7, 3, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 11, 6, 7, 4, 6, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 6, 4, 4, 2, 2, 2, 3, 3, 3, 3, 4, 4, 6, 6, 6, 6, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 11, 6, 10, 9, 12, 7, 7, 11, 14, 9, 7, 12, 3, 3, 7, 12, 11, 12, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 10, 3, 3, 3, 11, 3, 5, 9, 11, 8, 12, 14, 9, 7, 8, 7, 7, 11, 11, 7, 7, 10, 9, 8, 10, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 11, 8, 8, 8, 7, 7, 10, 8, 7, 13, 12, 7, 17, 10, 8, 8, 11, 7, 11, 11, 14, 7, 11, 7, 8, 6, 9, 20, 8, 7, 9, 16, 7, 10, 6, 11, 10, 8, 9, 7, 16, 11, 11, 9, 8, 9, 8, 8, 8, 11, 8, 15, 8, 8, 9, 7, 8, 8, 11, 10, 7, 5, 7, 10, 10, 15, 7, 7, 7, 8, 7, 8, 8, 10, 11, 10, 10, 10, 11, 11, 7, 8, 6, 8, 8, 10, 6, 8, 6, 6, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 16, 6, 15, 6, 7, 11, 11, 7, 9, 10, 11, 13, 10, 6, 16, 8, 10, 12, 11, 6, 6, 6, 6, 6, 6, 6, 10, 6, 10, 7, 7, 7, 11, 7, 11, 6, 6, 6, 6, 6, 6, 17, 7, 7, 6, 6, 12, 22, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 7, 6, 6, 5, 6, 6, 8, 11, 6, 9, 14, 11, 9, 11, 7, 7, 8, 6, 6, 6, 8, 10, 9, 6, 6, 6, 6, 9, 7, 6, 6, 6, 6, 6, 15, 6, 4, 4, 4, 6, 4, 17, 8, 11, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 6, 6, 6, 10, 6, 10, 6, 6, 6, 6, 12, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 6, 6, 18, 6, 6, 6, 8, 9, 10, 7, 8, 9, 10, 11, 7, 13, 6, 8, 8, 6, 6, 14, 7, 7, 7, 7, 10, 7, 14, 9, 6, 6, 9, 15, 9, 7, 14, 6, 11, 14, 13, 7, 12, 8, 7, 7, 7, 7, 7, 12, 7, 10, 9, 16, 6, 8, 6, 5, 17, 6, 8, 10, 4, 6, 4, 10, 15, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 4, 4, 11, 7, 4, 4, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 19, 17, 6, 10, 11, 6, 6, 6, 6, 18, 6, 6, 11, 4, 4, 4, 5, 6, 6, 6, 9, 5, 6, 4, 6, 6, 4, 6, 6, 6, 6, 10, 6, 6, 4, 6, 6, 10, 6, 10, 6, 6, 6, 6, 11, 6, 6, 10, 6, 6, 8, 6, 6, 6, 8, 6, 11, 4, 11, 9, 10, 9, 11, 4, 8, 4, 11, 12, 7, 9, 8, 6, 7, 7, 8, 12, 12, 11, 13, 10, 11, 7, 7, 7, 9, 7, 11, 10, 7, 7, 7, 16, 11, 10, 11, 17, 9, 9, 8, 8, 7, 7, 7, 9, 7, 7, 7, 14, 7, 13, 9, 11, 10, 14, 10, 10, 12, 11, 10, 7, 10, 5, 14, 8, 8, 8, 9, 7, 8, 7, 7, 9, 8, 7, 8, 7, 7, 7, 7, 7, 7, 7, 11, 8, 10, 8, 7, 8, 14, 11, 8, 9, 9, 9, 8, 24, 10, 10, 12, 7, 7, 15, 11, 8, 8, 12, 11, 8, 9, 9, 7, 8, 9, 10, 11, 10, 11, 7, 12, 7, 7, 11, 9, 8, 14, 13, 12, 8, 11, 10, 8, 8, 7, 7, 14, 9, 10, 8, 9, 11, 7, 14, 8, 8, 13, 8, 8, 12, 7, 10, 14, 14, 11, 9, 10, 9, 9, 7, 7, 11, 11, 13, 9, 13, 5, 5, 5, 7, 9, 5, 11, 12, 14, 8, 7, 7, 11, 10, 9, 7, 8, 8, 7, 10, 11, 11, 5, 5, 7, 5, 5, 5, 7, 7, 15, 7, 7, 8, 7, 15, 12, 12, 10, 7, 8, 7, 11, 7, 7, 7, 23, 11, 8, 8, 11, 10, 7, 8, 11, 7, 19, 7, 7, 6, 9, 9, 9, 11, 3, 4, 7, 8, 6, 6, 4, 10, 8, 2, 2]);
    var edgeChild = /* @__PURE__ */ new Uint16Array([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 1, 1, 1, 1, 1, 18, 1, 1, 1, 1, 1, 1, 11, 1, 11, 1, 11, 14, 1, 1, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 15, 24, 1, 1, 1, 1, 1, 1, 21, 1, 1, 1, 1, 22, 11, 1, 1, 1, 1, 1, 1, 1, 1, 23, 1, 1, 1, 17, 19, 1, 1, 16, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 20, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 27, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 11, 11, 11, 11, 1, 36, 0, 0, 0, 1, 1, 1, 1, 39, 38, 1, 1, 1, 1, 1, 37, 1, 1, 1, 1, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 43, 44, 0, 0, 0, 0, 11, 1, 1, 1, 11, 1, 1, 1, 47, 49, 49, 49, 47, 49, 47, 47, 48, 49, 47, 49, 47, 47, 47, 47, 47, 47, 49, 47, 47, 48, 47, 47, 47, 47, 49, 50, 50, 48, 49, 47, 47, 47, 47, 47, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 53, 55, 53, 53, 53, 55, 53, 54, 53, 56, 53, 54, 54, 53, 53, 53, 54, 56, 54, 56, 53, 54, 54, 11, 58, 58, 57, 59, 54, 56, 53, 53, 51, 52, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 63, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 70, 71, 11, 1, 1, 69, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 80, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 11, 1, 1, 1, 1, 96, 1, 98, 1, 1, 1, 1, 1, 1, 1, 1, 101, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 104, 104, 1, 1, 11, 1, 107, 1, 1, 1, 1, 1, 1, 1, 105, 1, 106, 1, 108, 1, 1, 1, 1, 1, 109, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 117, 118, 1, 1, 1, 1, 1, 1, 120, 120, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 128, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 133, 130, 132, 127, 1, 131, 1, 1, 121, 1, 1, 1, 1, 124, 1, 134, 1, 1, 1, 1, 1, 1, 126, 1, 115, 1, 116, 1, 11, 135, 113, 119, 1, 1, 1, 1, 1, 114, 122, 1, 11, 11, 11, 125, 123, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 11, 11, 1, 1, 1, 1, 1, 11, 141, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 143, 1, 1, 1, 1, 1, 1, 1, 1, 144, 145, 11, 11, 142, 140, 49, 49, 147, 53, 53, 146, 149, 148, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 1, 0, 151, 139, 1, 0, 1, 1, 11, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 155, 154, 23, 1, 1, 11, 11, 1, 23, 11, 11, 1, 1, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 160, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 1, 143, 1, 1, 159, 1, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 164, 1, 1, 1, 1, 1, 141, 1, 1, 1, 1, 1, 1, 1, 1, 141, 1, 1, 164, 1, 1, 164, 1, 1, 1, 1, 1, 1, 1, 170, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 143, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 176, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 179, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 164, 1, 1, 1, 1, 174, 166, 166, 11, 1, 11, 178, 1, 1, 1, 1, 1, 167, 167, 167, 161, 1, 1, 1, 165, 167, 171, 177, 1, 1, 1, 1, 165, 165, 1, 1, 163, 161, 174, 165, 169, 182, 173, 182, 1, 1, 180, 1, 173, 162, 165, 1, 1, 1, 1, 165, 1, 168, 1, 1, 1, 11, 1, 183, 1, 172, 1, 1, 1, 172, 171, 175, 181, 163, 174, 1, 1, 1, 1, 1, 1, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 186, 185, 185, 186, 185, 185, 185, 185, 187, 187, 185, 185, 186, 185, 186, 185, 185, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 189, 11, 1, 11, 11, 11, 11, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 201, 1, 203, 204, 202, 201, 201, 1, 1, 207, 1, 208, 206, 1, 11, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 219, 201, 201, 201, 201, 219, 1, 1, 1, 1, 222, 223, 221, 1, 1, 1, 1, 1, 1, 225, 225, 1, 1, 1, 225, 225, 227, 228, 226, 1, 230, 1, 1, 1, 1, 11, 236, 237, 238, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 205, 209, 1, 1, 1, 1, 158, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 233, 1, 1, 1, 8, 1, 1, 1, 1, 244, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 192, 216, 1, 1, 1, 212, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 199, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 232, 1, 1, 1, 1, 184, 1, 220, 1, 215, 1, 1, 1, 218, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 197, 1, 11, 1, 1, 11, 1, 1, 1, 1, 200, 1, 1, 1, 214, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 245, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 231, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 191, 11, 1, 1, 1, 194, 11, 1, 1, 1, 1, 1, 1, 1, 235, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 193, 1, 1, 1, 1, 1, 1, 1, 240, 1, 1, 1, 198, 1, 1, 1, 213, 1, 11, 1, 229, 210, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 196, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 188, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 242, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 243, 1, 1, 11, 1, 1, 1, 1, 195, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 234, 1, 1, 1, 190, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 224, 1, 1, 1, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 239, 1, 1, 11, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 255, 0, 0, 0, 0, 0, 256, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 260, 1, 1, 1, 0, 261, 258, 259, 1, 1, 1, 1, 1, 1, 266, 1, 268, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 264, 1, 1, 1, 1, 1, 270, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 269, 1, 1, 1, 11, 1, 1, 1, 1, 265, 1, 1, 1, 263, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 267, 1, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 11, 1, 1, 1, 1, 11, 1, 1, 276, 1, 1, 14, 1, 1, 1, 11, 11, 273, 274, 1, 1, 1, 1, 275, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 278, 1, 1, 11, 17, 1, 1, 1, 1, 1, 1, 279, 1, 1, 1, 277, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 279, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 288, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 292, 292, 1, 0, 0, 0, 0, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 185, 1, 297, 298, 1, 11, 1, 1, 1, 1, 11, 300, 1, 1, 299, 1, 1, 302, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 307, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 11, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 11, 0, 319, 0, 0, 320, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 336, 1, 1, 1, 1, 1, 1, 0, 0, 63, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 344, 0, 0, 0, 0, 0, 0, 0, 0, 0, 346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 362, 362, 363, 362, 0, 1, 211, 1, 1, 14, 358, 1, 356, 0, 0, 0, 0, 0, 0, 0, 359, 1, 1, 364, 1, 1, 241, 1, 1, 1, 1, 357, 1, 1, 354, 1, 360, 1, 352, 1, 361, 1, 353, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 355, 355, 1, 1, 1, 8, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 351, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 367, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 302, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 407, 407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 399, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 375, 386, 1, 1, 374, 409, 1, 380, 1, 1, 372, 404, 1, 1, 390, 371, 376, 1, 1, 1, 383, 414, 392, 1, 1, 1, 1, 1, 1, 393, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 402, 406, 0, 0, 86, 1, 1, 0, 400, 377, 413, 378, 381, 388, 1, 403, 0, 1, 0, 86, 397, 395, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 416, 1, 1, 387, 1, 86, 1, 0, 1, 1, 1, 419, 1, 0, 0, 86, 394, 0, 1, 373, 1, 1, 1, 0, 1, 1, 396, 1, 0, 1, 1, 1, 0, 1, 421, 384, 1, 1, 0, 1, 0, 0, 412, 0, 1, 1, 1, 86, 405, 1, 1, 401, 398, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 379, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 411, 0, 86, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 415, 1, 1, 1, 0, 0, 418, 0, 0, 0, 1, 391, 1, 0, 86, 417, 1, 0, 0, 0, 0, 420, 1, 1, 0, 0, 1, 0, 1, 0, 389, 0, 385, 0, 1, 1, 1, 0, 1, 1, 0, 408, 382, 410, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 11, 1, 1, 1, 11, 436, 436, 1, 1, 11, 11, 1, 436, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 448, 1, 1, 0, 1, 1, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 466, 466, 1, 1, 0, 0, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 479, 1, 478, 1, 1, 1, 1, 1, 1, 1, 1, 1, 483, 1, 11, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 491, 1, 1, 1, 493, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 490, 1, 485, 1, 1, 1, 1, 472, 1, 1, 1, 1, 1, 1, 1, 1, 486, 11, 1, 1, 1, 1, 492, 1, 1, 1, 487, 481, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 352, 1, 469, 1, 1, 11, 489, 1, 1, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 474, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 492, 1, 1, 1, 1, 352, 1, 488, 1, 1, 1, 482, 476, 1, 1, 1, 1, 1, 477, 1, 494, 480, 1, 1, 1, 1, 1, 475, 1, 1, 1, 1, 1, 1, 1, 1, 1, 470, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 484, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 473, 1, 1, 1, 1, 1, 471, 1, 255, 495, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 501, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 11, 1, 71, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 505, 505, 505, 505, 505, 505, 505, 0, 505, 505, 505, 505, 505, 1, 505, 505, 505, 0, 505, 505, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 514, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 507, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 508, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 516, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 517, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 527, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 235, 235, 1, 531, 1, 1, 1, 530, 1, 1, 1, 1, 1, 526, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 528, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 532, 1, 1, 529, 1, 1, 1, 1, 1, 1, 1, 1, 407, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 533, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 544, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 11, 1, 547, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 552, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 63, 1, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 567, 1, 1, 1, 1, 1, 1, 1, 568, 1, 1, 1, 1, 1, 1, 1, 566, 1, 1, 1, 11, 1, 1, 570, 274, 1, 1, 1, 11, 11, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 574, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 580, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 139, 1, 1, 11, 585, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 114, 1, 1, 1, 11, 1, 1, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 590, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 151, 1, 1, 1, 263, 1, 1, 11, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 615, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 255, 1, 363, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 620, 1, 1, 1, 1, 0, 622, 0, 86, 0, 621, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 11, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 629, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 624, 624, 0, 628, 626, 624, 624, 624, 624, 624, 630, 624, 624, 634, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 631, 628, 624, 624, 628, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 626, 624, 624, 624, 624, 624, 632, 624, 624, 624, 624, 624, 624, 0, 0, 0, 1, 633, 1, 1, 1, 1, 627, 1, 1, 1, 1, 1, 625, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 638, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 11, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 11, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 68, 316, 342, 447, 576, 0, 4, 72, 271, 290, 318, 343, 369, 423, 449, 0, 538, 560, 577, 640, 10, 0, 64, 95, 433, 445, 465, 618, 0, 536, 559, 573, 655, 0, 34, 6, 0, 500, 539, 645, 603, 74, 0, 7, 321, 291, 424, 502, 452, 579, 86, 641, 0, 619, 345, 454, 504, 10, 112, 324, 545, 6, 34, 0, 347, 86, 426, 86, 522, 12, 6, 138, 284, 310, 0, 656, 549, 0, 606, 0, 67, 6, 6, 287, 102, 2, 468, 434, 446, 639, 0, 6, 0, 6, 322, 110, 6, 604, 540, 581, 0, 503, 425, 308, 323, 9, 75, 111, 642, 584, 427, 348, 335, 455, 153, 78, 326, 588, 550, 644, 607, 370, 365, 518, 6, 79, 156, 13, 311, 285, 563, 589, 608, 555, 593, 613, 654, 40, 6, 296, 330, 368, 340, 253, 34, 569, 596, 253, 45, 251, 301, 331, 341, 442, 459, 520, 309, 0, 77, 605, 0, 439, 453, 334, 86, 283, 86, 0, 623, 587, 543, 328, 457, 86, 428, 422, 0, 0, 0, 10, 598, 614, 252, 0, 460, 443, 572, 557, 616, 658, 92, 253, 46, 332, 431, 461, 612, 0, 551, 329, 312, 86, 250, 87, 31, 425, 34, 6, 429, 366, 339, 647, 635, 565, 592, 554, 0, 294, 88, 34, 441, 458, 0, 34, 462, 0, 254, 636, 558, 10, 444, 463, 253, 284, 93, 257, 637, 617, 600, 521, 464, 432, 286, 262, 94, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 663, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 136, 0, 0, 546, 591, 0, 0, 0, 0, 0, 0, 0, 30, 0, 594, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 542, 0, 293, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 0, 0, 660, 0, 0, 0, 0, 0, 659, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 430, 0, 0, 0, 523, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 534, 0, 0, 0, 0, 0, 0, 440, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 556, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 535, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 305, 317, 0, 0, 0, 0, 0, 571, 313, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 496, 0, 0, 0, 350, 0, 0, 0, 0, 81, 0, 289, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 611, 0, 0, 0, 0, 643, 562, 0, 0, 0, 0, 280, 0, 0, 0, 0, 0, 0, 498, 0, 0, 519, 0, 0, 0, 0, 0, 65, 0, 0, 0, 303, 61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 315, 653, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 662, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 314, 0, 0, 0, 0, 0, 0, 610, 0, 0, 0, 0, 0, 0, 564, 0, 0, 0, 0, 0, 0, 0, 0, 0, 609, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 248, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 541, 0, 0, 0, 0, 0, 597, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 525, 0, 524, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 497, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 325, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 578, 0, 0, 0, 0, 0, 0, 0, 0, 333, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 649, 0, 0, 595, 0, 0, 0, 0, 0, 0, 0, 0, 0, 281, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 652, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 561, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 537, 0, 657, 0, 0, 467, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 438, 0, 0, 0, 586, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 33, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 327, 0, 0, 0, 249, 0, 0, 0, 0, 0, 0, 601, 0, 0, 0, 0, 137, 0, 0, 0, 0, 0, 602, 0, 0, 0, 0, 0, 0, 0, 450, 456, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 435, 0, 349, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 306, 0, 0, 337, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 575, 0, 0, 0, 451, 0, 0, 437, 0, 0, 0, 0, 0, 0, 646, 0, 0, 0, 582, 0, 0, 97, 0, 583, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 548, 499, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 304, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 651, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 650, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 661, 0, 0, 0, 0, 0, 599, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 338, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 648, 0, 0, 247, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 666, 666, 666, 666, 666, 666, 666, 665, 667]);
    var labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobjappsofforgcomnetuwukiloappsdevsframerorgmilcomnetedugov*coradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunputercrbtsflutterflowcloudzyrospawnbasesliplanemodelenceshiptodaymagicpatternsnetlifyondigitaloceanrailwayhostedclaudehasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopencrpplxzeaburwasmerframerzeropsrocketpreviewconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedleapcellngrok-freeclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecoaccoorgnetgovofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogoorusorgcomnetintedua\xE9roportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimjoteluluencowaydiademjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejoteravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomelinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz\u7DB2\u7D61\u7F51\u7EDC\u516C\u53F8orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappdevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdatalikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycamerafrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapifastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectg\xFCnstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsg\xFCnstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewleapcellngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformh\xE4kkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilemszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra\u6559\u80B2\u654E\u80B2\u7DB2\u7D61\u7F51\u7D61\u7EC4\u7E54\u7D44\u7E54\u7F51\u7EDC\u7DB2\u7EDC\u7EC4\u7EC7\u7D44\u7EC7\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\u4E2A\u4EBA\u7B87\u4EBAltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatiiservwp2tempurlmircloudfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormy\u1B29\u1B2E\u1B36milwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedge\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646jclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinos\xFCdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforl\xEC-cesenatuscanyvall\xE9e-d-aostemantovavall\xE9e-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavall\xE9edaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentins\xFCd-tiroltrentinos\xFCd-tirolmonzabrianzatrentino-s\xFCdtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevall\xE9eaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-s\xFCd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforl\xECcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentins\xFCdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-s\xFCdtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-s\xFCd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzas\xFCdtirolreggiocalabriatrentinoaadigetrentin-s\xFCdtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forl\xECvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforl\xECtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-s\xFCdtirolbalsan-s\xFCdtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara\u9577\u91CE\u4EAC\u90FD\u5C90\u961C\u5927\u962A\u4E09\u91CD\u7FA4\u99AC\u5343\u8449\u6ECB\u8CC0\u4F50\u8CC0\u5948\u826Fadednelgaccogogror\u79CB\u7530\u611B\u77E5\u9AD8\u77E5\u57FC\u7389\u6C96\u7E04\u6803\u6728\u718A\u672C\u5CA9\u624B\u9752\u68EE\u5C71\u68A8\u65B0\u6F5F\u5CF6\u6839\u9CE5\u53D6\u9577\u5D0E\u9999\u5DDD\u5BAE\u57CE\u77F3\u5DDD\u5927\u5206\u5BAE\u5D0E\u8328\u57CE\u5C71\u53E3\u5175\u5EAB\u5C71\u5F62\u5FB3\u5CF6\u5E83\u5CF6\u798F\u5CF6\u798F\u5CA1\u5CA1\u5C71\u5BCC\u5C71\u9759\u5CA1\u611B\u5A9B\u798F\u4E95\u6771\u4EACxn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste\u5317\u6D77\u9053penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez\u795E\u5948\u5DDD\u9E7F\u5150\u5CF6\u548C\u6B4C\u5C71bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaeusxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachakeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipde5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalerv\xE5lerxn--vler-qoaossandeheroysandeher\xF8yb\xF8boheroyher\xF8yxn--hery-iraxn--b-5gavalerb\xF8boxn--b-5gasandesandexn--hery-iraxn--vler-qoav\xE5lerh\xE5re\xE5laahavaofsfvfhlolnlalrlhmfmtmahcostntbu\xE5strmreigersundmyspreadshopg\xE1ls\xE1eidsvolltingvollgildeskalflor\xF8vads\xF8vard\xF8vanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-lands\xF8ndre-landtjieltexn--vrggt-xqads\xF8r-aurdalsor-aurdalheradstordmoldefordef\xF8rdeseljefedjeryggehemnexn--krehamn-dxasognegranes\xF8gnebrynetjomevallebykletokkegiskedovretj\xF8mehob\xF8lvoldasaudatolgas\xF8mnaviknad\xF8nnasomnadonnatranafrananesnaraumasmolatr\xE6nafr\xE6nalesjasm\xF8la\xF8rstaorstahitrafloraaukraloppafr\xF8yarissasnasahalsagalsaromsaraisar\xE1isafroyasn\xE5sagronghobolfjelltydal\xE5rdalardalaskimharamkraanghkekr\xE5anghkesorumbarumhurumb\xE6rums\xF8rummodums\xE1l\xE1tb\xE1l\xE1tfrognbjugnv\xE5ganvagangulenskienl\xF8tenlotenstrynvefsnxn--merker-kuaskaunsveiob\xF8mlobomloskj\xE5kvardoflorovadsosalatbalats\xE1latkl\xE6buklabuselbubarduulvikskjakkleppris\xF8rxn--nttery-byaefl\xE5eidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnes\xE5snesr\xF8rosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyrad\xF8yand\xF8yr\xF8d\xF8ymel\xF8yask\xF8ylur\xF8ydyr\xF8ym\xE5s\xF8yv\xE6r\xF8yn\xE6r\xF8yhoylandeth\xF8ylandetdivtasvuodnal\xF8renskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunj\xE1rgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkv\xE6fjordsongdalenmjondalenmj\xF8ndalenxn--gls-elackragerog\xE1\u014Bgaviikagangaviikas\xF8rreisasorreisas\xF8r-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikr\xF8yrvikroyrviksvelvikvenneslaevje-og-hornnessandnessj\xF8enmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabr\xF8nn\xF8ysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontr\xF8gstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hveg\xE5rsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenj\xE1rgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkr\xF8dsheradkrodsheradkvinnheradbr\xF8nn\xF8yxn--mtta-vrjjat-k7afxn--lrenskog-54akvits\xF8yv\xE1rgg\xE1tkarls\xF8yoster\xF8yinder\xF8yhamar\xF8ybronnoysundxn--aurskog-hland-jnbbahccavuotnab\xE1hccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvm\xE5lselvxn--unjrga-rtam\xF8re-og-romsdalmore-og-romsdalhareidmeland\xF8rlandorlandstrand\xE5lg\xE5rdsolundalgardafjord\xE5fjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesn\xE5asesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-toten\xF8stre-totenvestfoldxn--mely-ira\xE1laheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordj\xF8lsterjolsteraremarkhedmarkn\xE5\xE5mesjevuemienaamesjevuemiexn--vard-jrarollagmer\xE5kermerakerorskog\xF8rskogxn--bdddj-mrabd\xE1k\u014Boluoktaxn--osyro-wuaaknoluoktatrysilskjerv\xF8ymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdall\xE6rdalhurdalsirdalverdallerdallardaloppdal\xE5seralaseralhadselkrager\xF8divttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettroms\xF8xn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblb\xE1jddarbajddarxn--laheadju-7yarennes\xF8yxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordb\xE5tsfjordbatsfjordmuos\xE1tbiev\xE1tloab\xE1tk\xE1r\xE1\u0161johkan\xF8tter\xF8yxn--mjndalen-64anordkappl\xE1hppilahppialstahaugsiljanverranr\xF8ykenroykenhaldenlyngenbergenhortenh\xF8nefosshonefosstroandinbeiarnvarggatosoyroos\xF8yrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyask\xE1nitskanitraholtr\xE5holtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandj\xF8rpelanddeatnuringsakers\xF8r-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstj\xF8rdalnaustdalhjartdalgj\xF8vikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdr\xF8bakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iram\xE1latvuopmimalatvuopmitysv\xE6rkirkenesbirkenesmoskenesb\xE1id\xE1rxn--fjord-lraxn--rdal-poabahcavuotnab\xE1hcavuotnaxn--frde-gralind\xE5sbearalvahkixn--hobl-irar\xE1hkker\xE1vjuxn--loabt-0qav\xE5g\xE5\xE1lt\xE1bod\xF8sundlundrader\xE5deetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvam\xE5mliamlibokntinnroangranosenoslobodor\xF8stroststat\xE5motamotivgupriv\xF8yeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerh\xE1bmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularh\xE1pmirhapmirmelhusfosnes\xF8ksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergt\xF8nsberglindasxn--sndre-land-0cbnamsosxn--srum-gra\xF8ystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26f\u010D\xE1hcesuolocahcesuoloakrehamn\xE5krehamnsand\xF8ykarm\xF8yfinn\xF8ytran\xF8yv\xE5gs\xF8yaver\xF8ynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildesk\xE5lporsanguxn--trgstad-r1an\xE1vuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaeven\xE1\u0161\u0161ivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalv\xE1hkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8apors\xE1\u014Bgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierv\xE1ivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsund\xE5lesundalesundfetsundfarsundovre-eiker\xF8vre-eikerakershusxn--moreke-juas\xF8rfold\xF8stfoldostfoldsorfoldh\xF8yangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordk\xE5fjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogr\xF8mskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkv\xE6nangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandsk\xE5nlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnag\xE1ivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimb\xE5d\xE5ddj\xE5xn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholt\xE5lenxn--vads-jraxn--jlster-byamosj\xF8enxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppeg\xE5rdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangev\xE5gberlev\xE5gkristiansandxn--rsta-frahornindalstj\xF8rdalshalsenstjordalshalsensandnessjoenh\xE1mm\xE1rfeastaxn--lrdal-sras\xF8r-fronsor-fronnord-odalkristiansundm\xE1tta-v\xE1rjjatvestv\xE5g\xF8ynesoddennotoddenbuskerud\xF8ygardenoygardensalangenlavangenralingenr\xE6lingenlodingenl\xF8dingenlea\u014Bgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadh\xE6gebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomo\xE5rekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-h\xF8landxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorim\u0101oriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobookheimdnsleapcelleero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfanmywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintapleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitprodomgspdnscodebergheyflowstatichostlinkyhostmymagicorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5gitpagewawamscofigma-govcaffeinefigmacanvaceerosoltstscwputernippybarsysupportchatgptsquareomniweopensocialcpanelplaycodenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderaorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopadimono-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-bymircloudservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropstritonstackitlimazeropsaccoorgmilgov\u044F\u0441\u043F\u0431\u043E\u0440\u0433\u043A\u043E\u043C\u043C\u0441\u043A\u0431\u0438\u0437\u043C\u0438\u0440\u0441\u0430\u043C\u0430\u0440\u0430\u043A\u0440\u044B\u043C\u0441\u043E\u0447\u0438\u0430\u043A\u043E\u0434\u043F\u0440\u043E\u0440\u0433\u043E\u0431\u0440\u0443\u043F\u0440\u05E6\u05D4\u05DC\u05DE\u05DE\u05E9\u05DC\u05D9\u05E9\u05D5\u05D1\u05D0\u05E7\u05D3\u05DE\u05D9\u05D4\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23\u0E18\u0E38\u0E23\u0E01\u0E34\u0E08\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E28\u0E36\u0E01\u0E29\u0E32\u0E17\u0E2B\u0E32\u0E23\u0E40\u0E19\u0E47\u0E15\u6559\u80B2\u7DB2\u7D61\u7D44\u7E54\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\uB2F7\uB137\uD55C\uAD6D\u6FB3\u95E8\u65B0\u95FB\u6FB3\u9580\u8054\u901A\u5BB6\u96FB\u5609\u91CC\u62DB\u8058\u901A\u8CA9\uB2F7\uCEF4\uC0BC\uC131\u30B3\u30E0\u10D2\u10D4\u0431\u0433\u0440\u0444\u0435\u044Eadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzaz\u03B5\u03BB\u03B5\u03C5\u4E16\u754C\u53F0\u7063\u8D2D\u7269\u516C\u76CA\u70B9\u770B\u81FA\u7063\u7F51\u7EDC\u66F8\u7C4D\u5728\u7EBF\u7F51\u7AD9\u624B\u673A\u673A\u6784\u5927\u62FF\u6E38\u620F\u4FE1\u606F\u53F0\u6E7E\u8C37\u6B4C\u6148\u5584\u5546\u6807\u9999\u6E2F\u4E2D\u56FD\u9910\u5385\u7F51\u5740\u4E2D\u570B\u5546\u57CE\u98DF\u54C1\u5FAE\u535A\u653F\u52A1\u79FB\u52A8\u96C6\u56E2\u516C\u53F8\u516B\u5366\u5546\u5E97\u5065\u5EB7\u7F51\u5E97\u653F\u5E9C\u65F6\u5C1A\u4F5B\u5C71\u4E2D\u4FE1\u5A31\u4E50\u5E7F\u4E1C\u4F01\u4E1Ahomedepotengineering\u0627\u0645\u0627\u0631\u0627\u062Arepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf\u4E9A\u9A6C\u900A\u6DE1\u9A6C\u9521alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxi\u307F\u3093\u306A\u30B9\u30C8\u30A2\u30BB\u30FC\u30EBcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9c\u05E7\u05D5\u05DD\u0570\u0561\u0575\u043E\u0440\u0433\u0441\u0440\u0431\u043C\u043E\u043D\u043A\u043E\u043C\u0431\u0435\u043B\u043C\u043A\u0434\u049B\u0430\u0437\u0440\u0443\u0441\u0443\u043A\u0440\u0645\u0635\u0631\u0642\u0637\u0631\u0639\u0631\u0628\u0643\u0648\u0645dadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolar\u0EA5\u0EB2\u0EA7\u0E04\u0E2D\u0E21\u0E44\u0E17\u0E22tourslocusnexuslexusgiftsbeatsboatspartspressglassswiss\u0915\u0949\u092E\u0928\u0947\u091Ftiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparis\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3workssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday\u4E2D\u6587\u7F51xn--unup4y\u5929\u4E3B\u6559\u98DE\u5229\u6D66\u65B0\u52A0\u5761enterprises\u6211\u7231\u4F60\u5609\u91CC\u5927\u9152\u5E97christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbank\u0643\u0627\u062B\u0648\u0644\u064A\u0643xn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbank\u067E\u0627\u0643\u0633\u062A\u0627\u0646\u067E\u0627\u06A9\u0633\u062A\u0627\u0646nextdirect\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647\u0627\u0644\u0639\u0644\u064A\u0627\u0646xn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownload\u0645\u0644\u064A\u0633\u064A\u0627xn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7g\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8contractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmart\u0D2D\u0D3E\u0D30\u0D24\u0D02supportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrim\u043C\u043E\u0441\u043A\u0432\u0430\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u0629coffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspace\u043E\u043D\u043B\u0430\u0439\u043Dverm\xF6gensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltienda\u092D\u093E\u0930\u0924\u092E\u094Dafricatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburg\u0641\u0644\u0633\u0637\u064A\u0646lplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstream\u0C2D\u0C3E\u0C30\u0C24\u0C4Dunicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearch\u0627\u0644\u0627\u0631\u062F\u0646marketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzuki\u30A2\u30DE\u30BE\u30F3\u30AF\u30E9\u30A6\u30C9\u30DD\u30A4\u30F3\u30C8bharti\u30B0\u30FC\u30B0\u30EBxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanxihuanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgm\u0627\u0628\u0648\u0638\u0628\u064Adiscoverreview\u09AC\u09BE\u0982\u09B2\u09BExn--5su34j936bgsgmoscowobserverapartments\u0434\u0435\u0442\u0438\u0627\u0631\u0627\u0645\u0643\u0648\u0441\u0430\u0439\u0442eurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0h\u062A\u0648\u0646\u0633\u0645\u0648\u0642\u0639\u0628\u0627\u0631\u062A\u0680\u0627\u0631\u062A\u0634\u0628\u0643\u0629\u0639\u0645\u0627\u0646\u0628\u064A\u062A\u0643\u0639\u0631\u0627\u0642readkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilips\u0DBD\u0D82\u0D9A\u0DCF\u0CAD\u0CBE\u0CB0\u0CA4fitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcverm\xF6gensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56a\u09AD\u09BE\u09F0\u09A4\u09AD\u09BE\u09B0\u09A4\u092D\u093E\u0930\u0924\u092D\u093E\u0930\u094B\u0924viajeshermeshughesxn--j1aef\u0938\u0902\u0917\u0920\u0928villas\u0B2D\u0B3E\u0B30\u0B24claimshotels\u0AAD\u0ABE\u0AB0\u0AA4zapposphotosjuegoscondostatamotorsgratistennis\u0A2D\u0A3E\u0A30\u0A24tkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b\u96FB\u8A0A\u76C8\u79D1xn--gecrj9cstatefarmaccountantaquarelleolayangroup\u9999\u683C\u91CC\u62C9xn--p1ai\u7EC4\u7EC7\u673A\u6784xn--1ck2e1bxn--mgbt3dhdschwarz\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627abudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsu\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629stcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundation\u05D9\u05E9\u05E8\u05D0\u05DCxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrx\u0627\u0644\u0628\u062D\u0631\u064A\u0646diamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fh\u043A\u0430\u0442\u043E\u043B\u0438\u043Acaravan\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCDrichardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchen\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBEweatherchannelallfinanzxn--kput3i\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u06C3xn--90aisxn--efvy88h\u0627\u0644\u062C\u0632\u0627\u0626\u0631xn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammx\u0628\u0627\u0632\u0627\u0631\u0628\u06BE\u0627\u0631\u062A\u0633\u0648\u0631\u064A\u0629organicfresenius\u0633\u0648\u0631\u064A\u0627xn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082f\u0627\u0644\u064A\u0645\u0646\u0647\u0645\u0631\u0627\u0647politie\u0633\u0648\u062F\u0627\u0646\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646netflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigital\u0627\u0644\u0645\u063A\u0631\u0628barcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
    var rulesRoot = 664;
    var exceptionsRoot = 668;
    var numberOfNodes = nodeFlags.length;
    var numberOfEdges = edgeLength.length;
    var edgeOffset = new Uint32Array(numberOfEdges);
    var edgeHash = new Uint32Array(numberOfEdges);
    var wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
    for (let node = 0, offset = 0; node < numberOfNodes; node += 1) {
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
        edgeOffset[edge] = offset;
        const end = offset + edgeLength[edge];
        let hash = 5381;
        for (let i = end - 1; i >= offset; i -= 1) {
          hash = hash * 33 ^ labelText.charCodeAt(i);
        }
        edgeHash[edge] = hash >>> 0;
        if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) {
          wildcardEdge[node] = edge;
        }
        offset = end;
      }
    }
    var matchNode = -1;
    var matchStart = 0;
    var matchEnd = 0;
    function labelEquals(edge, hostname, start, length) {
      if (edgeLength[edge] !== length) {
        return false;
      }
      const offset = edgeOffset[edge];
      for (let i = 0; i < length; i += 1) {
        if (labelText.charCodeAt(offset + i) !== hostname.charCodeAt(start + i)) {
          return false;
        }
      }
      return true;
    }
    function findEdge(node, hash, hostname, start, length) {
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const value = edgeHash[mid];
        if (value < hash) {
          lo = mid + 1;
        } else if (value > hash) {
          hi = mid;
        } else {
          for (let e = mid; e >= lo && edgeHash[e] === hash; e -= 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          for (let e = mid + 1; e < hi && edgeHash[e] === hash; e += 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          return -1;
        }
      }
      return -1;
    }
    function walk(hostname, root, allowedMask) {
      let node = root;
      let end = hostname.length;
      let hash = 5381;
      matchNode = -1;
      for (let i = hostname.length - 1; i >= 0; i -= 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          const start = i + 1;
          let edge2 = findEdge(node, hash >>> 0, hostname, start, end - start);
          if (edge2 === -1 && end !== start) {
            edge2 = wildcardEdge[node];
          }
          if (edge2 === -1) {
            return matchNode !== -1;
          }
          node = edgeChild[edge2];
          if ((nodeFlags[node] & allowedMask) !== 0) {
            matchNode = node;
            matchStart = start;
            matchEnd = end;
          }
          end = i;
          hash = 5381;
        } else {
          hash = hash * 33 ^ code;
        }
      }
      let edge = findEdge(node, hash >>> 0, hostname, 0, end);
      if (edge === -1 && end !== 0) {
        edge = wildcardEdge[node];
      }
      if (edge !== -1) {
        node = edgeChild[edge];
        if ((nodeFlags[node] & allowedMask) !== 0) {
          matchNode = node;
          matchStart = 0;
          matchEnd = end;
        }
      }
      return matchNode !== -1;
    }
    function suffixLookup(hostname, options, out) {
      if (fastPathLookup(hostname, options, out)) {
        return false;
      }
      const allowedMask = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
      if (walk(hostname, exceptionsRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchEnd + 1);
        return true;
      }
      if (walk(hostname, rulesRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchStart);
        return false;
      }
      out.isIcann = false;
      out.isPrivate = false;
      const lastDot = hostname.lastIndexOf(".");
      out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
      return false;
    }
    var RESULT = getEmptyResult();
    function parse2(url, options) {
      return parseImpl(url, 5, suffixLookup, options, getEmptyResult());
    }
    function getHostname(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 0, suffixLookup, options, RESULT).hostname;
    }
    function getPublicSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 2, suffixLookup, options, RESULT).publicSuffix;
    }
    function getDomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 3, suffixLookup, options, RESULT).domain;
    }
    function getFullDomain(url, options) {
      resetResult(RESULT);
      const result = parseImpl(url, 3, suffixLookup, options, RESULT);
      return result.domain === null ? null : result.hostname;
    }
    function getSubdomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 4, suffixLookup, options, RESULT).subdomain;
    }
    function getDomainWithoutSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 5, suffixLookup, options, RESULT).domainWithoutSuffix;
    }
    exports.getDomain = getDomain;
    exports.getDomainWithoutSuffix = getDomainWithoutSuffix;
    exports.getFullDomain = getFullDomain;
    exports.getHostname = getHostname;
    exports.getPublicSuffix = getPublicSuffix;
    exports.getSubdomain = getSubdomain;
    exports.parse = parse2;
  }
});

// src/discover/scan-worker.ts
import { parentPort } from "node:worker_threads";

// src/findings.ts
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/baseline/detect.ts
function looksLikeBaseline(text) {
  return /^version:[ \t]*1[ \t]*(#.*)?$/m.test(text) && /^findings:[ \t]*(\[\][ \t]*)?(#.*)?$/m.test(text);
}

// src/scan/host-syntax.ts
var import_tldts = __toESM(require_cjs(), 1);
import { isIPv6 } from "node:net";

// src/scan/detached.ts
function detached(s) {
  return s.length < VIEW_MIN_LENGTH ? s : ` ${s}`.slice(1);
}
var VIEW_MIN_LENGTH = 13;
function detachedStrings(value) {
  return copy(value);
}
function copy(value) {
  if (typeof value === "string") return detached(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = {};
  for (const key in value) out[key] = copy(value[key]);
  return out;
}

// src/scan/host-syntax.ts
var MAX_HOST_LENGTH = 253;
var MAX_LABEL_LENGTH = 63;
function normalizeHost(written) {
  if (written.length === 0 || written.length > MAX_HOST_LENGTH + 3) return void 0;
  if (written.charCodeAt(0) === 91) {
    if (written.charCodeAt(written.length - 1) !== 93) return void 0;
    const inner = written.slice(1, -1).toLowerCase();
    return isIPv6(inner) ? { host: inner, kind: "ipv6", trailingDot: false } : void 0;
  }
  let host = written.toLowerCase();
  if (host.includes(":")) return isIPv6(host) ? { host, kind: "ipv6", trailingDot: false } : void 0;
  const trailingDot = host.endsWith(".");
  if (trailingDot) host = host.slice(0, -1);
  if (isIPv4(host)) return trailingDot ? void 0 : { host, kind: "ipv4", trailingDot };
  return isHostname(host) ? { host, kind: "name", trailingDot } : void 0;
}
function isIPv4(s) {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return false;
      parts++;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57) {
      if (++digits > 3) return false;
      value = value * 10 + (c - 48);
    } else return false;
  }
  return parts === 4;
}
function isHostname(host) {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  let labelStart2 = 0;
  let labelAllDigits = true;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c === 46) {
      const len = i - labelStart2;
      if (len === 0 || len > MAX_LABEL_LENGTH) return false;
      if (host.charCodeAt(labelStart2) === 45 || host.charCodeAt(i - 1) === 45) return false;
      if (i === host.length && labelAllDigits) return false;
      labelStart2 = i + 1;
      labelAllDigits = true;
      continue;
    }
    const digit2 = c >= 48 && c <= 57;
    if (!digit2 && !(c >= 97 && c <= 122) && c !== 45) return false;
    if (!digit2) labelAllDigits = false;
  }
  return true;
}
function hasRealPublicSuffix(host) {
  if (host.endsWith(".internal")) return true;
  let known = suffixCache.get(host);
  if (known === void 0) {
    const parsed = (0, import_tldts.parse)(host, { allowPrivateDomains: true, extractHostname: false, detectIp: false });
    known = parsed.isIcann === true || parsed.isPrivate === true;
    if (suffixCache.size >= 4096) suffixCache.clear();
    suffixCache.set(detached(host), known);
  }
  return known;
}
var suffixCache = /* @__PURE__ */ new Map();
function parsePort(written) {
  if (written.length === 0 || written.length > 5) return void 0;
  let value = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 48 || c > 57) return void 0;
    value = value * 10 + (c - 48);
  }
  return value >= 1 && value <= 65535 ? value : void 0;
}

// src/knowledge/special-use-names.json
var special_use_names_default = {
  $comment: "Names that never reach a service on the internet through the sidecar, or are not real. Reviewed like code: each entry says what it matches, why it never counts as egress, and where that is defined. A name matches an entry when it equals `name` or ends with `.` + `name` (subdomains), unless `exact` is true.",
  version: 1,
  names: [
    {
      name: "localhost",
      kind: "loopback",
      why: "resolves to the loopback address",
      source: "RFC 6761 section 6.3"
    },
    {
      name: "test",
      kind: "special-use",
      why: "reserved for testing; never delegated",
      source: "RFC 6761 section 6.2"
    },
    {
      name: "example",
      kind: "special-use",
      why: "reserved for documentation; never delegated",
      source: "RFC 2606 section 2"
    },
    {
      name: "invalid",
      kind: "special-use",
      why: "reserved as an invalid name; never resolves",
      source: "RFC 6761 section 6.4"
    },
    {
      name: "example.com",
      kind: "special-use",
      why: "reserved for documentation",
      source: "RFC 2606 section 3"
    },
    {
      name: "example.net",
      kind: "special-use",
      why: "reserved for documentation",
      source: "RFC 2606 section 3"
    },
    {
      name: "example.org",
      kind: "special-use",
      why: "reserved for documentation",
      source: "RFC 2606 section 3"
    },
    {
      name: "home.arpa",
      kind: "special-use",
      why: "a home network's own names",
      source: "RFC 8375"
    },
    {
      name: "host.docker.internal",
      kind: "local-development",
      why: "Docker Desktop's name for the developer's machine",
      source: "Docker Desktop networking docs"
    },
    {
      name: "gateway.docker.internal",
      kind: "local-development",
      why: "Docker Desktop's name for its gateway",
      source: "Docker Desktop networking docs"
    },
    {
      name: "kubernetes.docker.internal",
      kind: "local-development",
      why: "Docker Desktop's name for its local Kubernetes API",
      source: "Docker Desktop networking docs"
    },
    {
      name: "host.containers.internal",
      kind: "local-development",
      why: "Podman's name for the developer's machine",
      source: "Podman networking docs"
    },
    {
      name: "host.minikube.internal",
      kind: "local-development",
      why: "minikube's name for the developer's machine",
      source: "minikube host access docs"
    },
    {
      name: "host.k3d.internal",
      kind: "local-development",
      why: "k3d's name for the developer's machine",
      source: "k3d networking docs"
    },
    {
      name: "localtest.me",
      kind: "loopback",
      why: "a public name (and its subdomains) that resolves to 127.0.0.1",
      source: "localtest.me"
    },
    {
      name: "lvh.me",
      kind: "loopback",
      why: "a public name (and its subdomains) that resolves to 127.0.0.1",
      source: "lvh.me"
    },
    {
      name: "company.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "yourcompany.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "mycompany.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "yourdomain.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "mydomain.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "your-domain.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "domain.com",
      kind: "placeholder",
      why: "a registered domain that examples and default configs use as a placeholder; no service's egress targets it",
      source: "observed in public repositories' sample configuration"
    },
    {
      name: "schema.org",
      kind: "vocabulary",
      why: "names the types and properties of the Schema.org vocabulary (JSON-LD @context and @type, microdata itemtype, availability values); readers compare the URLs, nothing fetches them",
      source: "https://schema.org/docs/datamodel.html"
    },
    {
      name: "www.w3.org",
      kind: "vocabulary",
      exact: true,
      why: "names XML namespaces and W3C vocabularies (xmlns, SVG, RDF, XML Schema); a namespace name is an identifier, not fetched",
      source: "Namespaces in XML 1.0, section 2.2"
    },
    {
      name: "purl.org",
      kind: "vocabulary",
      why: "persistent URLs naming vocabularies such as Dublin Core terms; used as identifiers in metadata",
      source: "https://www.dublincore.org/specifications/dublin-core/dcmi-terms/"
    },
    {
      name: "xmlns.com",
      kind: "vocabulary",
      why: "names the FOAF vocabulary's terms in RDF and JSON-LD",
      source: "http://xmlns.com/foaf/spec/"
    },
    {
      name: "ogp.me",
      kind: "vocabulary",
      why: "the Open Graph protocol's namespace (prefix og: https://ogp.me/ns#), written in page metadata",
      source: "https://ogp.me/"
    },
    {
      name: "type.googleapis.com",
      kind: "vocabulary",
      exact: true,
      why: "the prefix of Protocol Buffers type URLs (google.protobuf.Any, Envoy's typed_config @type): a message type's name, which readers compare and nothing fetches",
      source: "https://protobuf.dev/reference/protobuf/google.protobuf/#any"
    }
  ],
  ipEmbeddingDomains: {
    $comment: "Wildcard DNS services that answer with the address written in the name (`app.127.0.0.1.nip.io`, `app-10-0-0-5.sslip.io`). A name that embeds a loopback or private address never leaves through the sidecar to the internet.",
    domains: ["nip.io", "sslip.io", "xip.io", "traefik.me", "nip.direct"]
  },
  placeholders: {
    $comment: "Labels that mark a name as a placeholder for the reader to fill in (`your-rds-instance.xxxxx.us-east-1.rds.amazonaws.com`). A label matches when it matches one of these regular expressions in full.",
    labels: [
      "x{3,}",
      "X{3,}",
      "your[-_].*",
      "your(?:app|site|website|server|host|api|service|org|organization|project|bucket|tenant|account|name|username|shop|store)",
      ".*[-_]here",
      "changeme",
      "change[-_]me",
      "replace[-_]?me",
      "placeholder",
      "<.*>",
      "\\{.*\\}",
      "\\$\\{.*\\}",
      "%[sd]",
      "redacted"
    ]
  }
};

// src/scan/special-use.ts
var NAMES = new Map(special_use_names_default.names.map((n) => [n.name, n]));
var IP_EMBEDDING = new Set(special_use_names_default.ipEmbeddingDomains.domains);
var PLACEHOLDER = new RegExp(`^(?:${special_use_names_default.placeholders.labels.join("|")})$`, "i");
var answers = /* @__PURE__ */ new Map();
var MAX_ANSWERS = 5e4;
function specialUseOf(host, kind) {
  const key = `${kind}\0${host}`;
  const known = answers.get(key);
  if (known !== void 0) return known ?? void 0;
  const answer = specialUseOfUncached(host, kind);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(detached(key), answer ?? null);
  return answer;
}
function specialUseOfUncached(host, kind) {
  if (kind === "ipv4") return specialIPv4(host);
  if (kind === "ipv6") return specialIPv6(host);
  const labels = host.split(".");
  let at = 0;
  for (let i = 0; i < labels.length; i++) {
    const suffix = host.slice(at);
    at += labels[i].length + 1;
    const entry = NAMES.get(suffix);
    if (entry && (i === 0 || !entry.exact)) return { kind: entry.kind, why: `${entry.why} (${entry.source})` };
    if (i > 0 && IP_EMBEDDING.has(suffix)) {
      const embedded = embeddedIPv4(labels.slice(0, i));
      const special = embedded ? specialIPv4(embedded) ?? privateIPv4(embedded) : void 0;
      if (special) return { kind: special.kind, why: `${suffix} answers with ${embedded}: ${special.why}` };
    }
  }
  const placeholder = labels.find((l) => PLACEHOLDER.test(l));
  if (placeholder) return { kind: "placeholder", why: `the label "${placeholder}" is a placeholder to fill in` };
  return void 0;
}
function embeddedIPv4(labels) {
  const dotted = labels.slice(-4).join(".");
  if (isIPv4(dotted)) return dotted;
  const last2 = labels[labels.length - 1] ?? "";
  const m = /(?:^|-)(\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3})$/.exec(last2);
  const dashed = m?.[1]?.replace(/-/g, ".");
  return dashed && isIPv4(dashed) ? dashed : void 0;
}
function specialIPv4(ip) {
  if (!isIPv4(ip)) return void 0;
  const [a, b, c] = ip.split(".").map(Number);
  if (a === 127) return { kind: "loopback", why: "a loopback address (RFC 1122)" };
  if (a === 0) return { kind: "special-use", why: "the unspecified network (RFC 1122)" };
  if (a !== void 0 && a >= 224 && a <= 239)
    return { kind: "multicast", why: "a multicast group (RFC 5771): not a host to connect to" };
  if (a === 192 && b === 0 && c === 2 || a === 198 && b === 51 && c === 100 || a === 203 && b === 0 && c === 113)
    return { kind: "documentation-address", why: "a documentation address (RFC 5737)" };
  return void 0;
}
function privateIPv4(ip) {
  if (!isIPv4(ip)) return void 0;
  const [a, b] = ip.split(".").map(Number);
  const isPrivate = a === 10 || a === 172 && b !== void 0 && b >= 16 && b <= 31 || a === 192 && b === 168;
  return isPrivate ? { kind: "private-address", why: "a private address (RFC 1918)" } : void 0;
}
function specialIPv6(ip) {
  if (ip === "::1" || /^0*:0*:0*:0*:0*:0*:0*:0*1$/.test(ip)) return { kind: "loopback", why: "the loopback address" };
  if (ip === "::" || /^0*:0*:0*:0*:0*:0*:0*:0*$/.test(ip))
    return { kind: "special-use", why: "the unspecified address" };
  if (ip.startsWith("::ffff:") && isIPv4(ip.slice(7))) return specialIPv4(ip.slice(7));
  if (/^2001:0?db8:/.test(ip)) return { kind: "documentation-address", why: "a documentation address (RFC 3849)" };
  return void 0;
}

// src/scan/classify.ts
var NO_IN_CLUSTER_NAMES = {
  names: /* @__PURE__ */ new Set(),
  namespaces: /* @__PURE__ */ new Set(),
  clusterDomain: "cluster.local"
};
function classifyHost(host, inCluster = NO_IN_CLUSTER_NAMES) {
  const normal = normalizeHost(host);
  if (!normal) return "invalid";
  const h = normal.host;
  if (specialUseOf(h, normal.kind)) return "reserved";
  if (normal.kind !== "name") return "external";
  const dot = h.indexOf(".");
  if (dot === -1) return "in-cluster";
  if (inCluster.names.has(h)) return "in-cluster";
  if (h.endsWith(".local") || h.endsWith(".svc") || h.endsWith(`.svc.${inCluster.clusterDomain}`)) return "in-cluster";
  const rest = h.slice(dot + 1);
  if (inCluster.namespaces.has(rest) || rest.endsWith(".svc") && inCluster.namespaces.has(rest.slice(0, -4)))
    return "in-cluster";
  if (rest.indexOf(".") === -1 && !hasRealPublicSuffix(h)) return "in-cluster";
  return "external";
}

// src/knowledge/environment-reads.json
var environment_reads_default = {
  $comment: "What decides whether a workload's code reads an environment variable the manifest sets. A binder's marker is the import (or the annotation beside it) that gives it away: only the head of each file is searched, where imports stand. A variable whose name no file the image ships mentions is configuration nobody reads, unless a library or runtime reads it by convention (`names`), the code binds the environment to settings by convention, so names never appear (`binders`), or the image runs code the repository does not hold (a base image not in `runtimeImages`, or shipped code in a language the scan does not read: `unscannedCode`). Reviewed like code: each entry says why. A constant defined with a URL is read only where some file names it; `templates` are the files the scan does not read that may name one.",
  version: 1,
  runtimeImages: [
    { image: "python", why: "the Python interpreter runs only the code it is given" },
    { image: "node", why: "Node.js runs only the code it is given" },
    { image: "golang", why: "the Go toolchain image runs only the code it is given" },
    { image: "alpine", why: "a base OS image: it runs only the code it is given" },
    { image: "debian", why: "a base OS image: it runs only the code it is given" },
    { image: "ubuntu", why: "a base OS image: it runs only the code it is given" },
    { image: "busybox", why: "a base OS image: it runs only the code it is given" },
    { image: "bash", why: "a shell image: it runs only the script it is given" },
    { image: "scratch", why: "an empty image: only what is copied into it runs" },
    { image: "openjdk", why: "a Java runtime: it runs only the code it is given" },
    { image: "eclipse-temurin", why: "a Java runtime: it runs only the code it is given" },
    { image: "amazoncorretto", why: "a Java runtime: it runs only the code it is given" },
    { image: "ibm-semeru-runtimes", why: "a Java runtime: it runs only the code it is given" },
    { image: "ruby", why: "the Ruby interpreter runs only the code it is given" },
    { image: "php", why: "the PHP interpreter runs only the code it is given" },
    { image: "rust", why: "the Rust toolchain image runs only the code it is given" },
    { image: "denoland/deno", why: "Deno runs only the code it is given" },
    { image: "oven/bun", why: "Bun runs only the code it is given" },
    { image: "gcr.io/distroless/*", why: "distroless images hold a runtime and nothing that reads configuration" },
    {
      image: "mcr.microsoft.com/dotnet/*",
      why: ".NET runtime images run only the application they are given (ASP.NET's own variables are in `names`)"
    },
    {
      image: "registry.access.redhat.com/ubi*/*",
      why: "Red Hat Universal Base Images: an OS or a language runtime"
    },
    { image: "cgr.dev/chainguard/*", why: "minimal OS and language runtime images" }
  ],
  binders: [
    {
      marker: "Microsoft.AspNetCore",
      language: "csharp",
      why: "ASP.NET Core loads every variable into configuration (Section__Key -> Section:Key)"
    },
    {
      marker: "Microsoft.Extensions.Configuration",
      language: "csharp",
      why: "the .NET configuration it uses may load every variable (AddEnvironmentVariables)"
    },
    {
      marker: "Microsoft.Extensions.Hosting",
      language: "csharp",
      why: ".NET's default host loads every variable into configuration"
    },
    { marker: "/envconfig", language: "go", why: "envconfig reads variables named after struct fields" },
    { marker: "-envconfig", language: "go", why: "go-envconfig reads variables named after struct fields" },
    { marker: "/koanf", language: "go", why: "koanf loads the environment into keys by a naming rule" },
    {
      marker: "/viper",
      language: "go",
      why: "Viper reads a variable for every key it is asked for (AutomaticEnv)"
    },
    {
      marker: "/caarlos0/env",
      language: "go",
      why: "caarlos0/env reads variables named in struct tags, with prefixes"
    },
    { marker: "'nconf'", language: "javascript", why: "nconf loads the whole environment into its store" },
    { marker: '"nconf"', language: "javascript", why: "nconf loads the whole environment into its store" },
    {
      marker: "...process.env",
      language: "javascript",
      why: "the whole environment is copied, so names are read by whatever takes the copy"
    },
    {
      marker: ".springframework.boot",
      language: "jvm",
      why: "Spring Boot binds every variable to the property of the relaxed name (SPRING_DATASOURCE_URL -> spring.datasource.url)"
    },
    {
      marker: ".quarkus",
      language: "jvm",
      why: "Quarkus maps every variable to the configuration property of the same name"
    },
    {
      marker: ".micronaut",
      language: "jvm",
      why: "Micronaut maps every variable to the configuration property of the same name"
    },
    {
      marker: "BaseSettings",
      language: "python",
      why: "pydantic settings read each field from the variable of the same name, in any case"
    },
    { marker: "Dynaconf", language: "python", why: "Dynaconf reads every variable with its prefix" },
    {
      marker: "@environ.config",
      language: "python",
      why: "environ-config reads variables named after attributes"
    }
  ],
  names: [
    { prefix: "OTEL_", why: "OpenTelemetry SDKs read their exporter endpoints from OTEL_* variables" },
    { prefix: "SENTRY_", why: "Sentry SDKs read SENTRY_DSN and their options from the environment" },
    {
      prefix: "AWS_",
      why: "AWS SDKs read AWS_ENDPOINT_URL* and their region and credentials from the environment"
    },
    { prefix: "AZURE_", why: "Azure SDKs read their identity and endpoints from the environment" },
    { prefix: "GOOGLE_", why: "Google Cloud client libraries read GOOGLE_* variables" },
    { prefix: "GCLOUD_", why: "Google Cloud client libraries read GCLOUD_* variables" },
    { prefix: "CLOUDSDK_", why: "the Google Cloud SDK reads CLOUDSDK_* variables" },
    { prefix: "DD_", why: "Datadog tracers read their agent host and site from DD_* variables" },
    { prefix: "NEW_RELIC_", why: "New Relic agents read NEW_RELIC_* variables" },
    { prefix: "ELASTIC_APM_", why: "Elastic APM agents read their server URL from ELASTIC_APM_* variables" },
    { prefix: "JAEGER_", why: "Jaeger clients read their agent and collector endpoints from JAEGER_* variables" },
    { prefix: "LANGCHAIN_", why: "LangChain reads its tracing endpoint from LANGCHAIN_* variables" },
    { prefix: "LANGSMITH_", why: "the LangSmith SDK reads its endpoint from LANGSMITH_* variables" },
    { prefix: "OPENAI_", why: "OpenAI SDKs read OPENAI_BASE_URL" },
    { prefix: "ANTHROPIC_", why: "Anthropic SDKs read ANTHROPIC_BASE_URL" },
    { prefix: "HF_", why: "Hugging Face libraries read their endpoint from HF_* variables" },
    { prefix: "VAULT_", why: "Vault clients read VAULT_ADDR" },
    { prefix: "CONSUL_", why: "Consul clients read CONSUL_HTTP_ADDR" },
    { prefix: "NOMAD_", why: "Nomad clients read NOMAD_ADDR" },
    { prefix: "SPRING_", why: "Spring Boot binds SPRING_* variables to its properties" },
    { prefix: "QUARKUS_", why: "Quarkus binds QUARKUS_* variables to its properties" },
    { prefix: "MICRONAUT_", why: "Micronaut binds MICRONAUT_* variables to its properties" },
    { prefix: "ASPNETCORE_", why: "ASP.NET Core reads ASPNETCORE_* variables" },
    { prefix: "DOTNET_", why: ".NET reads DOTNET_* variables" },
    { prefix: "JAVA_", why: "the JVM reads JAVA_TOOL_OPTIONS (proxy hosts among them)" },
    { prefix: "NODE_", why: "Node.js reads NODE_* variables (NODE_EXTRA_CA_CERTS, NODE_OPTIONS)" },
    { prefix: "PG", why: "libpq and the PostgreSQL drivers built on it read PGHOST and the other PG* variables" },
    { prefix: "MYSQL_", why: "MySQL clients read MYSQL_HOST" },
    { prefix: "KUBERNETES_", why: "Kubernetes clients read KUBERNETES_SERVICE_HOST" },
    { prefix: "GRPC_", why: "gRPC reads GRPC_* variables (proxies among them)" },
    { name: "HTTP_PROXY", why: "HTTP clients of most languages read the proxy from the environment" },
    { name: "HTTPS_PROXY", why: "HTTP clients of most languages read the proxy from the environment" },
    { name: "ALL_PROXY", why: "HTTP clients of most languages read the proxy from the environment" },
    { name: "NO_PROXY", why: "HTTP clients of most languages read the proxy exceptions from the environment" },
    { name: "DATABASE_URL", why: "Rails, Prisma, Django helpers and many ORMs read DATABASE_URL by convention" },
    { name: "REDIS_URL", why: "Sidekiq, Rails and many Redis helpers read REDIS_URL by convention" },
    { name: "CELERY_BROKER_URL", why: "Celery reads its broker from CELERY_BROKER_URL" }
  ],
  unscannedCode: [
    { extension: "rs", why: "Rust" },
    { extension: "php", why: "PHP" },
    { extension: "ex", why: "Elixir" },
    { extension: "exs", why: "Elixir" },
    { extension: "erl", why: "Erlang" },
    { extension: "c", why: "C" },
    { extension: "cc", why: "C++" },
    { extension: "cpp", why: "C++" },
    { extension: "cxx", why: "C++" },
    { extension: "h", why: "C and C++ headers" },
    { extension: "hpp", why: "C++ headers" },
    { extension: "swift", why: "Swift" },
    { extension: "dart", why: "Dart" },
    { extension: "lua", why: "Lua" },
    { extension: "pl", why: "Perl" },
    { extension: "pm", why: "Perl" },
    { extension: "hs", why: "Haskell" },
    { extension: "clj", why: "Clojure" },
    { extension: "scala", why: "Scala" },
    { extension: "groovy", why: "Groovy" },
    { extension: "fs", why: "F#" },
    { extension: "vb", why: "Visual Basic" },
    { extension: "r", why: "R" },
    { extension: "jl", why: "Julia" },
    { extension: "zig", why: "Zig" },
    { extension: "cr", why: "Crystal" },
    { extension: "jar", why: "a prebuilt Java archive" },
    { extension: "war", why: "a prebuilt Java archive" },
    { extension: "whl", why: "a prebuilt Python wheel" },
    { extension: "so", why: "a prebuilt library" },
    { extension: "dll", why: "a prebuilt library" },
    { extension: "exe", why: "a prebuilt program" },
    { extension: "wasm", why: "a prebuilt WebAssembly module" }
  ],
  templates: [
    { extension: "vue", names: ["javascript"], why: "Vue components import the app's constants" },
    { extension: "svelte", names: ["javascript"], why: "Svelte components import the app's constants" },
    { extension: "astro", names: ["javascript"], why: "Astro components import the app's constants" },
    { extension: "mdx", names: ["javascript"], why: "MDX pages import and use JavaScript" },
    { extension: "ejs", names: ["javascript"], why: "EJS templates render values by name" },
    { extension: "hbs", names: ["javascript"], why: "Handlebars templates render values by name" },
    { extension: "handlebars", names: ["javascript"], why: "Handlebars templates render values by name" },
    { extension: "pug", names: ["javascript"], why: "Pug templates render values by name" },
    { extension: "njk", names: ["javascript"], why: "Nunjucks templates render values by name" },
    { extension: "liquid", names: ["javascript"], why: "Liquid templates render values by name" },
    { extension: "jsp", names: ["jvm"], why: "JSP pages run Java and name its constants" },
    { extension: "ftl", names: ["jvm"], why: "FreeMarker templates render values by name" },
    { extension: "vm", names: ["jvm"], why: "Velocity templates render values by name" },
    { extension: "groovy", names: ["jvm"], why: "Groovy code uses Java constants and is not scanned" },
    { extension: "scala", names: ["jvm"], why: "Scala code uses Java constants and is not scanned" },
    { extension: "cshtml", names: ["csharp"], why: "Razor views run C# and name its constants" },
    { extension: "razor", names: ["csharp"], why: "Razor components run C# and name its constants" }
  ]
};

// src/scan/lexers/strings.ts
function spanOf(out, end, contentStart, contentEnd) {
  out.end = end;
  out.contentStart = contentStart;
  out.contentEnd = contentEnd;
  return out;
}
function newSpan() {
  return { end: 0, contentStart: 0, contentEnd: 0 };
}
function quoted(text, open, contentStart, out, multiLine = false) {
  const quote = text.charCodeAt(open);
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return spanOf(out, i + 1, contentStart, i);
    else if (c === 10 && !multiLine) return spanOf(out, i, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}
function delimited(text, contentStart, close, out) {
  const at = text.indexOf(close, contentStart);
  const contentEnd = at === -1 ? text.length : at;
  return spanOf(out, at === -1 ? text.length : at + close.length, contentStart, contentEnd);
}
function delimitedWithEscapes(text, contentStart, close, out) {
  const first = close.charCodeAt(0);
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === first && text.startsWith(close, i)) return spanOf(out, i + close.length, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}
function verbatim(text, contentStart, out) {
  const n = text.length;
  for (let i = contentStart; i < n; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    if (text.charCodeAt(i + 1) === 34) i++;
    else return spanOf(out, i + 1, contentStart, i);
  }
  return spanOf(out, n, contentStart, n);
}
var MAX_TEMPLATE_NESTING = 64;
function template(text, open, out) {
  const n = text.length;
  const depths = [];
  let inTemplate = true;
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inTemplate) {
      if (c === 92) i++;
      else if (c === 96) {
        if (depths.length === 0) return spanOf(out, i + 1, open + 1, i);
        inTemplate = false;
      } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        if (depths.length >= MAX_TEMPLATE_NESTING) return spanOf(out, i, open + 1, i);
        depths.push(1);
        inTemplate = false;
        i++;
      }
      continue;
    }
    const top = depths.length - 1;
    if (c === 123) depths[top] = (depths[top] ?? 0) + 1;
    else if (c === 125) {
      depths[top] = (depths[top] ?? 1) - 1;
      if (depths[top] === 0) {
        depths.pop();
        inTemplate = true;
      }
    } else if (c === 96) inTemplate = true;
    else if (c === 34 || c === 39) i = quoted(text, i, i + 1, out).end - 1;
  }
  return spanOf(out, n, open + 1, n);
}

// src/scan/lexers/binding.ts
var MAX_DEPTH = 256;
var MAX_KEY_LENGTH = 128;
function newBuffers() {
  return {
    kinds: new Uint8Array(4),
    starts: new Int32Array(4),
    ends: new Int32Array(4),
    keyStarts: new Int32Array(MAX_DEPTH),
    keyEnds: new Int32Array(MAX_DEPTH),
    brackets: new Uint8Array(MAX_DEPTH)
  };
}
var spare;
var BindingTracker = class {
  /**
   * `namesBeforeTypes`: a typed declaration writes the name first and then the type, `host string = "x"` (Go), where
   * other languages write `String host = "x"`.
   */
  constructor(text, namesBeforeTypes = false) {
    this.text = text;
    this.namesBeforeTypes = namesBeforeTypes;
    const b = spare ?? newBuffers();
    spare = void 0;
    b.kinds.fill(0 /* None */);
    this.buffers = b;
    ({
      kinds: this.kinds,
      starts: this.starts,
      ends: this.ends,
      keyStarts: this.keyStarts,
      keyEnds: this.keyEnds,
      brackets: this.brackets
    } = b);
  }
  text;
  namesBeforeTypes;
  // The last four tokens in a ring, newest at `head`: typed arrays, so lexing allocates nothing per token.
  kinds;
  starts;
  ends;
  head = 0;
  /**
   * Keys of the open brackets, as offsets into the text (-1: none): most brackets close with no literal asking for
   * their key, so it is cut out of the text only when one does. Beyond MAX_DEPTH only counted, so hostile nesting
   * costs no memory.
   */
  keyStarts;
  keyEnds;
  /** The character that opened each bracket: `(`, `[` or `{`. */
  brackets;
  depth = 0;
  statementStart = true;
  buffers;
  /** Hands the arrays to the next tracker: allocating them cost as much as lexing a small file. */
  release() {
    spare = this.buffers;
  }
  push(kind, start, end) {
    const h = this.head + 1 & 3;
    this.head = h;
    this.kinds[h] = kind;
    this.starts[h] = start;
    this.ends[h] = end;
    this.statementStart = false;
  }
  /** The ring slot of the token `back` tokens before the newest (0: the newest). */
  slot(back) {
    return this.head - back & 3;
  }
  newline() {
    if (this.depth === 0) this.statementStart = true;
  }
  atStatementStart() {
    return this.statementStart;
  }
  /** After an operator, an opening bracket or nothing, a `/` starts a regex rather than a division. */
  expectsOperand() {
    const k = this.kinds[this.head];
    return k === 0 /* None */ || k === 3 /* Op */ || k === 4 /* Open */ || k === 6 /* Comma */ || k === 8 /* Other */;
  }
  /** Set by keyForLiteral: the enclosing bracket's key, for when the primary key says nothing. */
  fallbackKey;
  /** Set by keyForLiteral: the key of the innermost bracket around the literal (`Contact` in `@Contact(url = "…")`). */
  contextKey;
  keyForLiteral() {
    const found = this.findKey();
    this.fallbackKey = this.fallbackStart === -1 ? void 0 : this.text.slice(this.fallbackStart, this.fallbackEnd);
    const inner = this.depth > 0 && this.depth <= MAX_DEPTH ? this.depth - 1 : -1;
    this.contextKey = inner === -1 || this.keyStarts[inner] === -1 ? void 0 : this.text.slice(this.keyStarts[inner], this.keyEnds[inner]);
    return found ? this.text.slice(this.keyStart, this.keyEnd) : void 0;
  }
  // Where findKey found the key and the fallback key; -1 for none.
  keyStart = -1;
  keyEnd = -1;
  fallbackStart = -1;
  fallbackEnd = -1;
  /** The key a literal or bracket here is bound to, left in keyStart/keyEnd (and the fallback's): true when found. */
  findKey() {
    const { kinds } = this;
    const last2 = this.head;
    const before = this.slot(1);
    this.fallbackStart = -1;
    if (kinds[last2] === 3 /* Op */ && (kinds[before] === 1 /* Ident */ || kinds[before] === 2 /* Str */)) {
      if (!this.isSeparator(last2)) return false;
      const third = this.slot(2);
      const fourth = this.slot(3);
      if (this.isAssignment(last2) && kinds[before] === 1 /* Ident */ && this.isColon(third) && kinds[fourth] === 1 /* Ident */) {
        return this.keyOf(fourth);
      }
      if (this.namesBeforeTypes && this.isAssignment(last2) && kinds[before] === 1 /* Ident */ && kinds[third] === 1 /* Ident */ && !this.isDeclarationKeyword(third)) {
        return this.keyOf(third);
      }
      return this.keyOf(before);
    }
    if (kinds[last2] === 4 /* Open */ && this.text.charCodeAt(this.starts[last2]) === 40 && kinds[before] === 1 /* Ident */) {
      return this.keyOf(before);
    }
    if (kinds[last2] !== 4 /* Open */ && kinds[last2] !== 6 /* Comma */) return false;
    const enclosing = this.depth > 0 && this.depth <= MAX_DEPTH ? this.depth - 1 : -1;
    if (kinds[last2] === 6 /* Comma */ && kinds[before] === 2 /* Str */ && enclosing !== -1 && this.brackets[enclosing] === 40 && this.isName(before)) {
      if (enclosing !== -1) {
        this.fallbackStart = this.keyStarts[enclosing];
        this.fallbackEnd = this.keyEnds[enclosing];
      }
      return this.keyOf(before);
    }
    if (enclosing === -1 || this.keyStarts[enclosing] === -1) return false;
    this.keyStart = this.keyStarts[enclosing];
    this.keyEnd = this.keyEnds[enclosing];
    return true;
  }
  /** `=`, `:`, `:=`, `=>`, `||=` or `?=`: an operator that binds what follows to what precedes. */
  isSeparator(t) {
    const { text } = this;
    const start = this.starts[t];
    const a = text.charCodeAt(start);
    switch (this.ends[t] - start) {
      case 1:
        return a === 61 || a === 58;
      case 2: {
        const b = text.charCodeAt(start + 1);
        return a === 58 && b === 61 || a === 61 && b === 62 || a === 63 && b === 61;
      }
      case 3:
        return a === 124 && text.charCodeAt(start + 1) === 124 && text.charCodeAt(start + 2) === 61;
      default:
        return false;
    }
  }
  /** `var` or `const`, which open a declaration and name nothing. */
  isDeclarationKeyword(t) {
    const start = this.starts[t];
    const length = this.ends[t] - start;
    return length === 3 && this.text.startsWith("var", start) || length === 5 && this.text.startsWith("const", start);
  }
  isAssignment(t) {
    return this.ends[t] - this.starts[t] === 1 && this.text.charCodeAt(this.starts[t]) === 61;
  }
  isColon(t) {
    return this.kinds[t] === 3 /* Op */ && this.ends[t] - this.starts[t] === 1 && this.text.charCodeAt(this.starts[t]) === 58;
  }
  /** A string that reads as a name (`SEARCH_HOST`, `db.host`): a letter or `_`, then word characters, `.` or `-`. */
  isName(t) {
    const start = this.starts[t];
    const end = this.ends[t];
    if (end - start > MAX_KEY_LENGTH || end === start) return false;
    const { text } = this;
    const first = text.charCodeAt(start);
    if (!(first >= 65 && first <= 90 || first >= 97 && first <= 122 || first === 95)) return false;
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      const word = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
      if (!word && c !== 46 && c !== 45) return false;
    }
    return true;
  }
  /** Takes the token as the key, unless it is too long to be a name. */
  keyOf(t) {
    const start = this.starts[t];
    const end = this.ends[t];
    if (end - start > MAX_KEY_LENGTH) return false;
    this.keyStart = start;
    this.keyEnd = end;
    return true;
  }
  /** An opening bracket at `i`: its key is what a literal directly inside it is bound to. */
  open(i) {
    const last2 = this.head;
    let found;
    if (this.kinds[last2] === 1 /* Ident */) found = this.text.charCodeAt(i) === 40 && this.keyOf(last2);
    else found = this.findKey();
    if (this.depth < MAX_DEPTH) {
      const d = this.depth;
      const outer = d - 1;
      const inherit = !found && outer >= 0 && this.keyStarts[outer] !== -1 && this.brackets[outer] !== 123;
      this.keyStarts[d] = found ? this.keyStart : inherit ? this.keyStarts[outer] : -1;
      this.keyEnds[d] = found ? this.keyEnd : inherit ? this.keyEnds[outer] : -1;
      this.brackets[d] = this.text.charCodeAt(i);
    }
    this.depth++;
    this.push(4 /* Open */, i, i + 1);
  }
  close(i) {
    if (this.depth > 0) this.depth--;
    this.push(5 /* Close */, i, i + 1);
  }
  /** A `;`: outside brackets, the next token starts a statement. */
  semicolon(i) {
    this.push(8 /* Other */, i, i + 1);
    if (this.depth === 0) this.statementStart = true;
  }
  /** Reads one non-literal token at `i` and returns where it ends. */
  readToken(i) {
    const text = this.text;
    const n = text.length;
    const c = text.charCodeAt(i);
    let end = i + 1;
    switch (classOf(c)) {
      case IDENT:
        end = wordEnd(text, end);
        this.push(1 /* Ident */, i, end);
        break;
      case DIGIT:
        end = numberEnd(text, end);
        this.push(7 /* Number */, i, end);
        break;
      case OPEN:
        this.open(i);
        break;
      case CLOSE:
        this.close(i);
        break;
      case COMMA:
        this.push(6 /* Comma */, i, end);
        break;
      case SEMICOLON:
        this.semicolon(i);
        break;
      case OPERATOR:
        while (end < n && classOf(text.charCodeAt(end)) === OPERATOR && end - i < 4) end++;
        this.push(3 /* Op */, i, end);
        break;
      default:
        this.push(8 /* Other */, i, end);
    }
    return end;
  }
};
var IDENT = 1;
var DIGIT = 2;
var OPEN = 3;
var CLOSE = 4;
var COMMA = 5;
var SEMICOLON = 6;
var OPERATOR = 7;
var CLASSES = (() => {
  const table = new Uint8Array(128);
  const set = (chars, cls) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = cls;
  };
  set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$", IDENT);
  set("0123456789", DIGIT);
  set("([{", OPEN);
  set(")]}", CLOSE);
  set(",", COMMA);
  set(";", SEMICOLON);
  set("=:!<>+-*/%&|^?~.", OPERATOR);
  return table;
})();
function classOf(c) {
  return c < 128 ? CLASSES[c] : IDENT;
}
function wordEnd(text, i) {
  const n = text.length;
  while (i < n && isIdentChar(text.charCodeAt(i))) i++;
  return i;
}
function numberEnd(text, i) {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isIdentChar(c) && c !== 46) break;
  }
  return i;
}
var WORD_CHARS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (CLASSES[c] === IDENT || CLASSES[c] === DIGIT) table[c] = 1;
  return table;
})();
function isIdentChar(c) {
  return c >= 128 || WORD_CHARS[c] === 1;
}
function isAsciiWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function isBlank(c) {
  return c === 32 || c === 9;
}

// src/scan/lexers/code-lexer.ts
var BLANK = 8;
var NEWLINE = 9;
var SLOW = 10;
var DISPATCH = /* @__PURE__ */ new WeakMap();
function dispatchOf(syntax) {
  let d = DISPATCH.get(syntax);
  if (d !== void 0) return d;
  const table = new Uint8Array(128);
  const everywhere = syntax.stringStarts === void 0;
  for (let c = 0; c < 128; c++) table[c] = everywhere ? SLOW : classOf(c);
  for (const ch of syntax.stringStarts ?? "") table[ch.charCodeAt(0)] = SLOW;
  if (syntax.hashComments) table[35] = SLOW;
  if (syntax.slashComments || syntax.regexLiterals) table[47] = SLOW;
  for (const ch of " 	\r\f") table[ch.charCodeAt(0)] = BLANK;
  table[10] = NEWLINE;
  d = { table, nonAscii: everywhere ? SLOW : IDENT };
  DISPATCH.set(syntax, d);
  return d;
}
function lexCode(text, syntax, sink) {
  const n = text.length;
  const { table, nonAscii } = dispatchOf(syntax);
  const tokens = new BindingTracker(text, syntax.namesBeforeTypes);
  const skip = { from: -1, to: -1 };
  const span = newSpan();
  let atLineStart = true;
  let i = 0;
  while (i < n) {
    if (skip.from !== -1 && i >= skip.from) {
      i = Math.max(i, skip.to);
      skip.from = -1;
      continue;
    }
    const c = text.charCodeAt(i);
    const kind = c < 128 ? table[c] : nonAscii;
    if (kind === NEWLINE) {
      if (!continuesLine(text, i)) tokens.newline();
      atLineStart = true;
      i++;
      continue;
    }
    if (kind === BLANK) {
      i++;
      while (i < n && isBlank2(text.charCodeAt(i))) i++;
      continue;
    }
    if (atLineStart) {
      atLineStart = false;
      if (syntax.lineStart) {
        const end = syntax.lineStart(text, i, sink);
        if (end !== void 0) {
          i = end;
          continue;
        }
      }
    }
    switch (kind) {
      case IDENT: {
        const end = wordEnd(text, i + 1);
        tokens.push(1 /* Ident */, i, end);
        i = end;
        continue;
      }
      case DIGIT: {
        const end = numberEnd(text, i + 1);
        tokens.push(7 /* Number */, i, end);
        i = end;
        continue;
      }
      case SLOW:
        i = slowToken(text, i, c, syntax, sink, tokens, skip, span);
        continue;
      default:
        i = tokens.readToken(i);
    }
  }
  tokens.release();
}
function slowToken(text, i, c, syntax, sink, tokens, skip, out) {
  const next = c === 47 ? text.charCodeAt(i + 1) : 0;
  if (syntax.hashComments && c === 35 || syntax.slashComments && c === 47 && next === 47) {
    const end = lineEnd(text, i);
    sink.comment(i, end);
    return end;
  }
  if (syntax.slashComments && c === 47 && next === 42) {
    const close = text.indexOf("*/", i + 2);
    const end = close === -1 ? text.length : close + 2;
    sink.comment(i, end);
    return end;
  }
  const span = syntax.string(text, i, sink, skip, out);
  if (span) {
    if (sink.mayHoldHost?.(span.contentStart, span.contentEnd) !== false) {
      const key = tokens.keyForLiteral();
      if (!(syntax.docstrings && tokens.atStatementStart() && endsStatement(text, span.end))) {
        sink.literal(span.contentStart, span.contentEnd, key, tokens.fallbackKey, tokens.contextKey);
      }
    }
    tokens.push(2 /* Str */, span.contentStart, span.contentEnd);
    return Math.max(span.end, i + 1);
  }
  if (syntax.regexLiterals && c === 47 && tokens.expectsOperand()) {
    const end = regexEnd(text, i);
    if (end !== -1) {
      tokens.push(8 /* Other */, i, end);
      return end;
    }
  }
  return tokens.readToken(i);
}
function isBlank2(c) {
  return c === 32 || c === 9 || c === 13 || c === 12;
}
function continuesLine(text, newline) {
  const before = text.charCodeAt(newline - 1) === 13 ? newline - 2 : newline - 1;
  return text.charCodeAt(before) === 92;
}
function lineEnd(text, i) {
  const nl = text.indexOf("\n", i);
  return nl === -1 ? text.length : nl;
}
function endsStatement(text, i) {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    return c === 10 || c === 59 || c === 35;
  }
  return true;
}
function regexEnd(text, open) {
  let inClass = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c === 92) i++;
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      let end = i + 1;
      while (end < text.length && isFlag(text.charCodeAt(end))) end++;
      return end;
    }
  }
  return -1;
}
function isFlag(c) {
  return c >= 97 && c <= 122;
}

// src/scan/lexers/c-family.ts
var DQ = 34;
var SQ = 39;
var BACKTICK = 96;
function cSyntax(string, stringStarts, {
  regexLiterals = false,
  namesBeforeTypes = false
} = {}) {
  return {
    slashComments: true,
    hashComments: false,
    regexLiterals,
    docstrings: false,
    namesBeforeTypes,
    string,
    stringStarts
  };
}
var javascript = cSyntax(
  (text, i, _sink, _skip, out) => {
    const c = text.charCodeAt(i);
    if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
    if (c === BACKTICK) return template(text, i, out);
    return void 0;
  },
  "\"'`",
  { regexLiterals: true }
);
var go = cSyntax(
  (text, i, _sink, _skip, out) => {
    const c = text.charCodeAt(i);
    if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
    if (c === BACKTICK) return delimited(text, i + 1, "`", out);
    return void 0;
  },
  "\"'`",
  { namesBeforeTypes: true }
);
var jvm = cSyntax((text, i, _sink, _skip, out) => {
  const c = text.charCodeAt(i);
  if (c === DQ && text.startsWith('"""', i)) return delimited(text, i + 3, '"""', out);
  if (c === DQ || c === SQ) return quoted(text, i, i + 1, out);
  return void 0;
}, `"'`);
var csharp = cSyntax((text, i, _sink, _skip, out) => csharpString(text, i, out), `"'@$`);
var json = cSyntax((text, i, _sink, _skip, out) => {
  const c = text.charCodeAt(i);
  return c === DQ || c === SQ ? quoted(text, i, i + 1, out) : void 0;
}, `"'`);
function csharpString(text, i, out) {
  let j = i;
  let isVerbatim = false;
  while (j < i + 4 && (text.charCodeAt(j) === 64 || text.charCodeAt(j) === 36)) {
    if (text.charCodeAt(j) === 64) isVerbatim = true;
    j++;
  }
  const c = text.charCodeAt(j);
  if (c === SQ && j === i) return quoted(text, i, i + 1, out);
  if (c !== DQ) return void 0;
  if (text.startsWith('"""', j)) {
    let quotes = 3;
    while (text.charCodeAt(j + quotes) === DQ) quotes++;
    return delimited(text, j + quotes, '"'.repeat(quotes), out);
  }
  return isVerbatim ? verbatim(text, j + 1, out) : quoted(text, j, j + 1, out);
}
var lexJavaScript = (text, sink) => lexCode(text, javascript, sink);
var lexGo = (text, sink) => lexCode(text, go, sink);
var lexJvm = (text, sink) => lexCode(text, jvm, sink);
var lexCSharp = (text, sink) => lexCode(text, csharp, sink);
var lexJson = (text, sink) => lexCode(text, json, sink);

// src/scan/lexers/values.ts
function scalarValue(text, start, lineEnd3, style) {
  const q = text.charCodeAt(start);
  if (q === 34 || q === 39) {
    const close = closingQuote(text, start, lineEnd3);
    if (close !== -1) {
      const comment2 = commentFrom(text, close + 1, lineEnd3, style);
      return { start: start + 1, end: close, quoted: true, ...comment2 ? { comment: comment2 } : {} };
    }
  }
  const comment = commentFrom(text, start, lineEnd3, style);
  let end = comment ? comment.start : lineEnd3;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end, quoted: false, ...comment ? { comment } : {} };
}
function flowItems(text, open, end) {
  const items = [];
  let depth = 0;
  let itemStart = open + 1;
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = closingQuote(text, i, end);
      if (close === -1) break;
      i = close;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 44 && depth === 1 || (c === 93 || c === 125) && --depth === 0) {
      pushItem(text, itemStart, i, items);
      itemStart = i + 1;
      if (depth === 0) break;
    }
  }
  return items;
}
function pushItem(text, a, b, items) {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const q = text.charCodeAt(a);
  if (b - a >= 2 && (q === 34 || q === 39) && text.charCodeAt(b - 1) === q)
    items.push({ start: a + 1, end: b - 1 });
  else if (b > a) items.push({ start: a, end: b });
}
function closingQuote(text, open, lineEnd3) {
  const q = text.charCodeAt(open);
  for (let i = open + 1; i < lineEnd3; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && q === 34) i++;
    else if (c === q) {
      if (q === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}
function commentFrom(text, from, lineEnd3, style) {
  if (style.markers === "") return void 0;
  for (let i = from; i < lineEnd3; i++) {
    if (style.markers.indexOf(text[i] ?? "") === -1) continue;
    if (!style.afterBlank || i === from || isSpace(text.charCodeAt(i - 1))) return { start: i, end: lineEnd3 };
  }
  return void 0;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 13;
}

// src/scan/lexers/key-value.ts
var RULES = {
  env: { lineComment: "#", separators: "=", trailing: { markers: "#", afterBlank: true }, sections: false },
  // A .properties value runs to the line end: `#` there is data. A trailing backslash continues it.
  properties: { lineComment: "#!", separators: "=:", trailing: { markers: "", afterBlank: false }, sections: false },
  ini: { lineComment: ";#", separators: "=:", trailing: { markers: ";#", afterBlank: true }, sections: true },
  toml: { lineComment: "#", separators: "=", trailing: { markers: "#", afterBlank: false }, sections: true }
};
function lexKeyValue(text, dialect, sink) {
  const rules = RULES[dialect];
  let continued;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    let lineEnd3 = nl === -1 ? text.length : nl;
    if (lineEnd3 > lineStart && text.charCodeAt(lineEnd3 - 1) === 13) lineEnd3--;
    let p = lineStart;
    while (p < lineEnd3 && isBlank(text.charCodeAt(p))) p++;
    const next = nl === -1 ? text.length : nl + 1;
    const continues = dialect === "properties" && lineEnd3 > p && text.charCodeAt(lineEnd3 - 1) === 92;
    if (continued !== void 0) {
      sink.literal(p, continues ? lineEnd3 - 1 : lineEnd3, continued);
      if (!continues) continued = void 0;
      lineStart = next;
      continue;
    }
    if (p === lineEnd3 || rules.sections && text.charCodeAt(p) === 91) {
      lineStart = next;
      continue;
    }
    if (rules.lineComment.includes(text[p] ?? "")) {
      sink.comment(p, lineEnd3);
      lineStart = next;
      continue;
    }
    if (dialect === "env" && text.startsWith("export ", p)) p += 7;
    const sep2 = separator(text, p, lineEnd3, rules.separators, dialect === "properties");
    if (sep2 === -1) {
      lineStart = next;
      continue;
    }
    const key = unquote(text.slice(p, sep2).trim());
    let v = sep2 + 1;
    while (v < lineEnd3 && isBlank(text.charCodeAt(v))) v++;
    if (continues) {
      sink.literal(v, lineEnd3 - 1, key);
      continued = key;
      lineStart = next;
      continue;
    }
    if (dialect === "toml" && text.startsWith('"""', v)) {
      const close = text.indexOf('"""', v + 3);
      const end = close === -1 ? text.length : close;
      sink.literal(v + 3, end, key);
      const after = text.indexOf("\n", end);
      lineStart = after === -1 ? text.length : after + 1;
      continue;
    }
    if (v < lineEnd3 && text.charCodeAt(v) === 91 && dialect !== "properties" && dialect !== "env") {
      for (const item of flowItems(text, v, lineEnd3)) sink.literal(item.start, item.end, key);
    } else if (v < lineEnd3) {
      const value = scalarValue(text, v, lineEnd3, rules.trailing);
      sink.literal(value.start, value.end, key);
      if (value.comment) sink.comment(value.comment.start, value.comment.end);
    }
    lineStart = next;
  }
}
function separator(text, p, lineEnd3, separators, blankSeparates) {
  for (let i = p; i < lineEnd3; i++) {
    const c = text[i] ?? "";
    if (c === "\\") i++;
    else if (separators.includes(c)) return i;
    else if (blankSeparates && isBlank(text.charCodeAt(i))) {
      let j = i;
      while (j < lineEnd3 && isBlank(text.charCodeAt(j))) j++;
      return separators.includes(text[j] ?? "") ? j : i;
    }
  }
  return -1;
}
function unquote(key) {
  const q = key[0];
  return (q === '"' || q === "'") && key.length >= 2 && key.endsWith(q) ? key.slice(1, -1) : key;
}

// src/scan/lexers/nginx.ts
var UPSTREAM_DIRECTIVES = /* @__PURE__ */ new Set([
  "proxy_pass",
  "grpc_pass",
  "uwsgi_pass",
  "scgi_pass",
  "fastcgi_pass",
  "memcached_pass"
]);
var MAX_BLOCKS = 256;
function looksLikeNginx(text) {
  return /^[ \t]*(?:(?:http|events|server|upstream[ \t]+[\w.-]+|location[ \t][^{\n]*)[ \t]*\{|(?:proxy|grpc|fastcgi|uwsgi)_pass[ \t])/m.test(
    text
  );
}
function lexNginx(text, sink) {
  const n = text.length;
  const blocks = [];
  let depth = 0;
  let name;
  let argStart = -1;
  let argEnd = -1;
  const literal2 = newSpan();
  const word = (start, end) => {
    if (name === void 0) name = text.slice(start, end);
    else if (argStart === -1) {
      argStart = start;
      argEnd = end;
    }
  };
  const endDirective = () => {
    if (name !== void 0 && argStart !== -1) {
      const inUpstream = depth > 0 && depth <= MAX_BLOCKS && blocks[depth - 1] === "upstream";
      const key = UPSTREAM_DIRECTIVES.has(name) ? name : name === "server" && inUpstream ? "server" : void 0;
      let end = argStart;
      while (end < argEnd && text.charCodeAt(end) !== 36) end++;
      if (key !== void 0 && end > argStart && sink.mayHoldHost?.(argStart, end) !== false)
        sink.literal(argStart, end, key);
    }
    name = void 0;
    argStart = -1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 35) {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? n : nl;
      sink.comment(i, end);
      i = end;
    } else if (c === 59) {
      endDirective();
      i++;
    } else if (c === 123) {
      if (depth < MAX_BLOCKS) blocks[depth] = name ?? "";
      depth++;
      name = void 0;
      argStart = -1;
      i++;
    } else if (c === 125) {
      if (depth > 0) depth--;
      name = void 0;
      argStart = -1;
      i++;
    } else if (c === 34 || c === 39) {
      const span = quoted(text, i, i + 1, literal2, true);
      word(span.contentStart, span.contentEnd);
      i = Math.max(span.end, i + 1);
    } else {
      const start = i;
      while (i < n && !endsWord(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === 36 && text.charCodeAt(i + 1) === 123) {
          const close = text.indexOf("}", i + 2);
          const line = text.indexOf("\n", i + 2);
          if (close !== -1 && (line === -1 || close < line)) {
            i = close + 1;
            continue;
          }
        }
        i++;
      }
      word(start, i);
    }
  }
}
function endsWord(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 123 || c === 125;
}

// src/scan/lexers/python.ts
var python = {
  slashComments: false,
  hashComments: true,
  regexLiterals: false,
  docstrings: true,
  namesBeforeTypes: false,
  string: pythonString,
  stringStarts: `"'rRbBuUfF`
};
function pythonString(text, i, _sink, _skip, out) {
  let j = i;
  while (j < i + 2 && isPrefix(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c !== 34 && c !== 39) return void 0;
  if (text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c)
    return delimitedWithEscapes(text, j + 3, c === 34 ? '"""' : "'''", out);
  return quoted(text, j, j + 1, out);
}
function isPrefix(c) {
  switch (c | 32) {
    case 114:
    // r
    case 98:
    // b
    case 117:
    // u
    case 102:
      return true;
    default:
      return false;
  }
}
var lexPython = (text, sink) => lexCode(text, python, sink);

// src/scan/lexers/ruby.ts
var CLOSERS = { "(": ")", "[": "]", "{": "}", "<": ">" };
var ruby = {
  slashComments: false,
  hashComments: true,
  regexLiterals: true,
  docstrings: false,
  namesBeforeTypes: false,
  string: rubyString,
  lineStart(text, i, sink) {
    if (!text.startsWith("=begin", i)) return void 0;
    const close = text.indexOf("\n=end", i);
    const end = close === -1 ? text.length : close + 5;
    sink.comment(i, end);
    return end;
  }
};
function rubyString(text, i, sink, skip, out) {
  const c = text[i];
  if (c === "'" || c === "`") return quoted(text, i, i + 1, out, true);
  if (c === '"') return interpolated(text, i + 1, '"', out);
  if (c === "%") return percentLiteral(text, i, out);
  if (c === "<" && text.startsWith("<<", i)) return heredoc(text, i, sink, skip, out);
  return void 0;
}
function interpolated(text, contentStart, close, out) {
  const closeCode = close.charCodeAt(0);
  let depth = 0;
  for (let i = contentStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 35 && text.charCodeAt(i + 1) === 123) {
      depth++;
      i++;
    } else if (c === 125 && depth > 0) depth--;
    else if (c === closeCode && depth === 0) return spanOf(out, i + 1, contentStart, i);
  }
  return spanOf(out, text.length, contentStart, text.length);
}
function percentLiteral(text, i, out) {
  let j = i + 1;
  if ("qQwW".includes(text[j] ?? " ")) j++;
  const open = text[j] ?? "";
  const close = CLOSERS[open];
  if (close === void 0) return void 0;
  let depth = 0;
  for (let k = j + 1; k < text.length; k++) {
    const c = text[k];
    if (c === "\\") k++;
    else if (c === open) depth++;
    else if (c === close) {
      if (depth === 0) return spanOf(out, k + 1, j + 1, k);
      depth--;
    }
  }
  return spanOf(out, text.length, j + 1, text.length);
}
function heredoc(text, i, sink, skip, out) {
  const m = /^<<([~-]?)(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i, i + 80));
  if (!m || m[1] === "" && m[2] === "" && !/^[A-Z_][A-Z0-9_]*$/.test(m[3] ?? "")) return void 0;
  const terminator = m[3] ?? "";
  const openerEnd = i + m[0].length;
  const lineBreak = text.indexOf("\n", skip.from !== -1 ? skip.to : openerEnd);
  if (lineBreak === -1) return spanOf(out, openerEnd, openerEnd, openerEnd);
  const bodyStart = lineBreak + 1;
  let lineStart = bodyStart;
  let bodyEnd = text.length;
  let after = text.length;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd3 = nl === -1 ? text.length : nl;
    if (text.slice(lineStart, lineEnd3).trim() === terminator) {
      bodyEnd = lineStart;
      after = lineEnd3;
      break;
    }
    lineStart = lineEnd3 + 1;
  }
  sink.literal(bodyStart, bodyEnd, void 0);
  if (skip.from === -1) skip.from = bodyStart;
  skip.to = after;
  return spanOf(out, openerEnd, openerEnd, openerEnd);
}
var lexRuby = (text, sink) => lexCode(text, ruby, sink);

// src/scan/lexers/shell.ts
var ASSIGNMENT = /^-{0,2}([A-Za-z_][\w.-]*)=/;
var HEREDOC = /^<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/;
function lexShell(text, sink) {
  const n = text.length;
  const pending = [];
  let i = 0;
  let words = [];
  let flagKey;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      i = pending.length > 0 ? heredocBodies(text, i + 1, pending, sink) : i + 1;
      words = [];
      flagKey = void 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 92 && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) {
      i += text.charCodeAt(i + 1) === 13 ? 3 : 2;
      continue;
    }
    if (c === 35) {
      const nl = text.indexOf("\n", i);
      const end2 = nl === -1 ? n : nl;
      sink.comment(i, end2);
      i = end2;
      continue;
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60) {
      const m = text.charCodeAt(i + 2) === 60 ? null : HEREDOC.exec(text.slice(i, i + 80));
      if (m) pending.push(m[3] ?? "");
      i += m ? m[0].length : 3;
      continue;
    }
    if (isOperator(c)) {
      if (c !== 60 && c !== 62) words = [];
      flagKey = void 0;
      i++;
      continue;
    }
    const end = wordEnd2(text, i);
    const word = end - i <= 256 ? text.slice(i, end) : "";
    const assignment = ASSIGNMENT.exec(word);
    if (assignment) {
      const valueStart = i + assignment[0].length;
      const [a, b] = unquoted(text, valueStart, end);
      sink.literal(a, b, assignment[1]);
    } else {
      const key = flagKey ?? (words.length === 2 && words[0]?.toUpperCase() === "ENV" ? words[1] : void 0);
      const [a, b] = unquoted(text, i, end);
      sink.literal(a, b, key);
    }
    flagKey = word.startsWith("--") && !assignment && word.length > 2 ? word.slice(2) : void 0;
    if (words.length < 3) words.push(word);
    i = end;
  }
}
function wordEnd2(text, i) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 39) {
      const close = text.indexOf("'", i + 1);
      i = close === -1 ? n : close + 1;
    } else if (c === 34) {
      i = doubleQuotedEnd(text, i + 1);
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || isOperator(c)) return i;
    else i++;
  }
  return n;
}
function doubleQuotedEnd(text, i) {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
  }
  return text.length;
}
function unquoted(text, a, b) {
  const q = text.charCodeAt(a);
  if (b - a >= 2 && (q === 34 || q === 39) && text.charCodeAt(b - 1) === q) return [a + 1, b - 1];
  return [a, b];
}
function isOperator(c) {
  return c === 124 || c === 38 || c === 59 || c === 40 || c === 41 || c === 60 || c === 62 || c === 96;
}
function heredocBodies(text, bodyStart, pending, sink) {
  let lineStart = bodyStart;
  let start = bodyStart;
  while (pending.length > 0 && lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd3 = nl === -1 ? text.length : nl;
    const terminatorLine = lineStart;
    const isTerminator = lineEnd3 - lineStart <= 256 && text.slice(lineStart, lineEnd3).trim() === pending[0];
    lineStart = lineEnd3 + 1;
    if (!isTerminator) continue;
    sink.literal(start, terminatorLine, void 0);
    pending.shift();
    start = lineStart;
  }
  if (pending.length > 0) sink.literal(start, text.length, void 0);
  pending.length = 0;
  return Math.min(lineStart, text.length);
}

// src/scan/lexers/yaml.ts
var MAX_PARENTS = 128;
var YAML_COMMENTS = { markers: "#", afterBlank: true };
function lexYaml(text, sink) {
  const parents = [];
  let block;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd3 = nl === -1 ? text.length : nl;
    let p = lineStart;
    while (p < lineEnd3 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const blank2 = p === lineEnd3 || p === lineEnd3 - 1 && text.charCodeAt(p) === 13;
    if (block && (blank2 || p - lineStart > block.indent)) {
      lineStart = lineEnd3 + 1;
      continue;
    }
    if (block) {
      sink.literal(block.start, lineStart, block.key);
      block = void 0;
    }
    if (!blank2) block = yamlLine(text, lineStart, p, lineEnd3, parents, sink);
    lineStart = lineEnd3 + 1;
  }
  if (block) sink.literal(block.start, text.length, block.key);
}
function yamlLine(text, lineStart, p, lineEnd3, parents, sink) {
  if (text.charCodeAt(p) === 35) {
    sink.comment(p, lineEnd3);
    return void 0;
  }
  if (p === lineStart && (text.startsWith("---", p) || text.startsWith("...", p))) {
    parents.length = 0;
    const hash = text.indexOf("#", p);
    if (hash !== -1 && hash < lineEnd3) sink.comment(hash, lineEnd3);
    return void 0;
  }
  let itemIndent = -1;
  while (text.charCodeAt(p) === 45 && (p + 1 === lineEnd3 || isBlank(text.charCodeAt(p + 1)))) {
    itemIndent = p - lineStart;
    p++;
    while (p < lineEnd3 && isBlank(text.charCodeAt(p))) p++;
  }
  const indent2 = p - lineStart;
  const colon = keyColon(text, p, lineEnd3);
  let key;
  let valueStart = p;
  if (colon !== -1) {
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) >= indent2) parents.pop();
    const parent = parents[parents.length - 1]?.key;
    const own = unquoteKey(text.slice(p, colon).trim());
    key = parent === void 0 ? own : `${parent}.${own}`;
    valueStart = colon + 1;
  } else if (itemIndent !== -1) {
    while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) > itemIndent) parents.pop();
    key = parents[parents.length - 1]?.key;
  }
  while (valueStart < lineEnd3 && isBlank(text.charCodeAt(valueStart))) valueStart++;
  const value = valueStart < lineEnd3 ? scalarValue(text, valueStart, lineEnd3, YAML_COMMENTS) : void 0;
  if (value?.comment) sink.comment(value.comment.start, value.comment.end);
  if (value === void 0 || value.end <= value.start) {
    if (key !== void 0 && colon !== -1 && parents.length < MAX_PARENTS) parents.push({ indent: indent2, key });
    return void 0;
  }
  const first = text.charCodeAt(value.start);
  if (!value.quoted && (first === 124 || first === 62)) {
    return { indent: itemIndent !== -1 && colon === -1 ? itemIndent : indent2, start: lineEnd3 + 1, key };
  }
  if (!value.quoted && first === 91) {
    for (const item of flowItems(text, value.start, value.end)) emit(sink, item, key);
    return void 0;
  }
  emit(sink, value, key);
  return void 0;
}
function emit(sink, span, key) {
  sink.literal(span.start, span.end, key);
}
function keyColon(text, p, lineEnd3) {
  const q = text.charCodeAt(p);
  if (q === 34 || q === 39) {
    const close = text.indexOf(text[p] ?? "", p + 1);
    if (close === -1 || close >= lineEnd3) return -1;
    return text.charCodeAt(close + 1) === 58 && (close + 2 >= lineEnd3 || isBlank(text.charCodeAt(close + 2))) ? close + 1 : -1;
  }
  if (q === 91 || q === 123) return -1;
  for (let i = p; i < lineEnd3; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 && i > p && isBlank(text.charCodeAt(i - 1))) return -1;
    if (c === 58 && (i + 1 >= lineEnd3 || isBlank(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 13))
      return i;
  }
  return -1;
}
function unquoteKey(key) {
  const q = key[0];
  return (q === '"' || q === "'") && key.endsWith(q) && key.length >= 2 ? key.slice(1, -1) : key;
}

// src/scan/language.ts
var BY_EXTENSION = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "javascript",
  mts: "javascript",
  cts: "javascript",
  tsx: "javascript",
  py: "python",
  go: "go",
  java: "jvm",
  kt: "jvm",
  kts: "jvm",
  rb: "ruby",
  sh: "shell",
  bash: "shell",
  cs: "csharp",
  yaml: "yaml",
  yml: "yaml",
  json: "json",
  env: "env",
  properties: "properties",
  ini: "ini",
  cfg: "ini",
  toml: "toml",
  // `.conf` is nginx's, and also supervisord's, HOCON's, Apache's…: `languageOfText` keeps nginx for the text that
  // reads as it.
  conf: "nginx"
};
var LEXERS = {
  javascript: lexJavaScript,
  python: lexPython,
  go: lexGo,
  jvm: lexJvm,
  ruby: lexRuby,
  shell: lexShell,
  csharp: lexCSharp,
  yaml: lexYaml,
  json: lexJson,
  env: (text, sink) => lexKeyValue(text, "env", sink),
  properties: (text, sink) => lexKeyValue(text, "properties", sink),
  ini: (text, sink) => lexKeyValue(text, "ini", sink),
  toml: (text, sink) => lexKeyValue(text, "toml", sink),
  nginx: lexNginx
};
function languageOf(path3) {
  if (isDockerfile(path3)) return "shell";
  const base = baseName2(path3).toLowerCase();
  if (base === ".env" || base.startsWith(".env.")) return "env";
  if (base.endsWith(".d.ts")) return void 0;
  if (base.endsWith(".conf.template")) return "nginx";
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return void 0;
  return Object.hasOwn(BY_EXTENSION, base.slice(dot + 1)) ? BY_EXTENSION[base.slice(dot + 1)] : void 0;
}
function languageOfText(path3, text) {
  if (isBinScript(path3)) return shebangLanguage(text);
  const language = languageOf(path3);
  return language === "nginx" && !looksLikeNginx(text) ? void 0 : language;
}
function isBinScript(path3) {
  const slash = path3.lastIndexOf("/");
  const base = path3.slice(slash + 1);
  return !base.includes(".") && base !== "" && (path3.slice(0, slash).endsWith("/bin") || path3.slice(0, slash) === "bin");
}
function shebangLanguage(text) {
  const first = text.startsWith("#!") ? text.slice(0, text.indexOf("\n") >>> 0) : "";
  if (/\bnode(?:js)?\b/.test(first)) return "javascript";
  if (/\bpython[\d.]*\b/.test(first)) return "python";
  if (/\b(?:sh|bash|dash|ash|zsh)\b/.test(first)) return "shell";
  return void 0;
}
function isDockerfile(path3) {
  const base = baseName2(path3).toLowerCase();
  return base === "dockerfile" || base === "containerfile" || base.startsWith("dockerfile.") || base.endsWith(".dockerfile");
}
function baseName2(path3) {
  const slash = Math.max(path3.lastIndexOf("/"), path3.lastIndexOf("\\"));
  return path3.slice(slash + 1);
}

// src/knowledge/sdk-defaults.json
var sdk_defaults_default = {
  version: 1,
  aws: {
    endpointPrefixes: {
      s3: "s3",
      dynamodb: "dynamodb",
      sqs: "sqs",
      sns: "sns",
      lambda: "lambda",
      kms: "kms",
      ssm: "ssm",
      sts: "sts",
      secretsmanager: "secretsmanager",
      logs: "logs",
      cloudwatchlogs: "logs",
      cloudwatch: "monitoring",
      ses: "email",
      sesv2: "email",
      events: "events",
      eventbridge: "events",
      kinesis: "kinesis",
      firehose: "firehose",
      cognitoidp: "cognito-idp",
      cognitoidentityprovider: "cognito-idp",
      ecr: "api.ecr",
      sagemakerruntime: "runtime.sagemaker",
      stepfunctions: "states",
      sfn: "states",
      athena: "athena",
      glue: "glue",
      textract: "textract",
      comprehend: "comprehend",
      rekognition: "rekognition",
      translate: "translate",
      polly: "polly",
      ec2: "ec2",
      ecs: "ecs",
      eks: "eks",
      cloudformation: "cloudformation"
    },
    globalOnly: {
      iam: "iam.amazonaws.com",
      route53: "route53.amazonaws.com",
      cloudfront: "cloudfront.amazonaws.com",
      organizations: "organizations.us-east-1.amazonaws.com"
    },
    globalWhenNoRegion: {
      s3: "s3.amazonaws.com",
      sts: "sts.amazonaws.com"
    },
    source: "boto/botocore:botocore/data/endpoints.json"
  },
  sdks: [
    {
      id: "openai-python",
      language: "python",
      package: "openai",
      imports: ["openai"],
      constructors: ["OpenAI(", "AsyncOpenAI(", "openai.OpenAI(", "openai.AsyncOpenAI("],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "the default base URL https://api.openai.com/v1"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: ["OPENAI_BASE_URL"]
      },
      source: "openai/openai-python:src/openai/_client.py"
    },
    {
      id: "openai-node",
      language: "javascript",
      package: "openai",
      imports: ["openai"],
      constructors: ["new OpenAI("],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "the default base URL https://api.openai.com/v1"
        }
      ],
      overrides: {
        options: ["baseURL"],
        env: ["OPENAI_BASE_URL"]
      },
      source: "openai/openai-node:src/client.ts"
    },
    {
      id: "openai-go",
      language: "go",
      package: "github.com/openai/openai-go",
      imports: ["github.com/openai/openai-go"],
      constructors: ["openai.NewClient("],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "the default base URL https://api.openai.com/v1"
        }
      ],
      overrides: {
        options: ["WithBaseURL"],
        env: ["OPENAI_BASE_URL"]
      },
      source: "openai/openai-go:client.go"
    },
    {
      id: "openai-java",
      language: "jvm",
      package: "com.openai",
      imports: ["com.openai"],
      constructors: [
        "OpenAIOkHttpClient.fromEnv(",
        "OpenAIOkHttpClient.builder(",
        "OpenAIOkHttpClientAsync.fromEnv(",
        "OpenAIOkHttpClientAsync.builder("
      ],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "the default base URL https://api.openai.com/v1"
        }
      ],
      overrides: {
        options: ["baseUrl"],
        env: ["OPENAI_BASE_URL"]
      },
      source: "openai/openai-java:openai-java-core/src/main/kotlin/com/openai/core/ClientOptions.kt"
    },
    {
      id: "anthropic-python",
      language: "python",
      package: "anthropic",
      imports: ["anthropic"],
      constructors: ["Anthropic(", "AsyncAnthropic(", "anthropic.Anthropic(", "anthropic.AsyncAnthropic("],
      hosts: [
        {
          host: "api.anthropic.com",
          port: 443,
          why: "the default base URL https://api.anthropic.com"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: ["ANTHROPIC_BASE_URL"]
      },
      source: "anthropics/anthropic-sdk-python:src/anthropic/_client.py"
    },
    {
      id: "anthropic-node",
      language: "javascript",
      package: "@anthropic-ai/sdk",
      imports: ["@anthropic-ai/sdk"],
      constructors: ["new Anthropic("],
      hosts: [
        {
          host: "api.anthropic.com",
          port: 443,
          why: "the default base URL https://api.anthropic.com"
        }
      ],
      overrides: {
        options: ["baseURL"],
        env: ["ANTHROPIC_BASE_URL"]
      },
      source: "anthropics/anthropic-sdk-typescript:src/client.ts"
    },
    {
      id: "slack-python",
      language: "python",
      package: "slack-sdk",
      imports: ["slack_sdk"],
      constructors: ["WebClient(", "AsyncWebClient(", "slack_sdk.WebClient("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: "Web API methods are called under https://slack.com/api/"
        },
        {
          host: "files.slack.com",
          port: 443,
          why: "files_upload_v2 / uploadV2 send file bodies to the upload URL files.getUploadURLExternal returns, on files.slack.com",
          source: "slackapi/python-slack-sdk:docs/reference/index.html (files_upload_v2)"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: []
      },
      source: "slackapi/python-slack-sdk:slack_sdk/web/base_client.py"
    },
    {
      id: "slack-python-socket-mode",
      language: "python",
      package: "slack-sdk",
      imports: ["slack_sdk.socket_mode"],
      constructors: ["SocketModeClient("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: "apps.connections.open, called under https://slack.com/api/, hands out the WebSocket URL"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: []
      },
      source: "slackapi/python-slack-sdk:slack_sdk/socket_mode/client.py",
      notes: "Socket Mode opens a WebSocket to a URL that apps.connections.open returns at run time and that changes on reconnects (Slack documents it as wss://wss-<something>.slack.com/link/...): no fixed host is listed for it; a ServiceEntry for the slack.com subdomains the workspace uses covers it."
    },
    {
      id: "slack-web-api-node",
      language: "javascript",
      package: "@slack/web-api",
      imports: ["@slack/web-api"],
      constructors: ["new WebClient("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: "Web API methods are called under https://slack.com/api/"
        },
        {
          host: "files.slack.com",
          port: 443,
          why: "files_upload_v2 / uploadV2 send file bodies to the upload URL files.getUploadURLExternal returns, on files.slack.com",
          source: "slackapi/python-slack-sdk:docs/reference/index.html (files_upload_v2)"
        }
      ],
      overrides: {
        options: ["slackApiUrl"],
        env: []
      },
      source: "slackapi/node-slack-sdk:packages/web-api/src/WebClient.ts"
    },
    {
      id: "slack-bolt-node",
      language: "javascript",
      package: "@slack/bolt",
      imports: ["@slack/bolt"],
      constructors: ["new App("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: "Web API methods are called under https://slack.com/api/"
        }
      ],
      overrides: {
        options: ["slackApiUrl"],
        env: []
      },
      source: "slackapi/bolt-js:src/App.ts",
      notes: "The App builds a WebClient with clientOptions (slackApiUrl there changes the host). Socket Mode opens a WebSocket to a URL that apps.connections.open returns at run time and that changes on reconnects (Slack documents it as wss://wss-<something>.slack.com/link/...): no fixed host is listed for it; a ServiceEntry for the slack.com subdomains the workspace uses covers it."
    },
    {
      id: "stripe-python",
      language: "python",
      package: "stripe",
      imports: ["stripe"],
      constructors: ["StripeClient(", "stripe.StripeClient(", "stripe.api_key ="],
      hosts: [
        {
          host: "api.stripe.com",
          port: 443,
          why: "the API base for every request"
        },
        {
          host: "files.stripe.com",
          port: 443,
          why: "file uploads use the upload base"
        },
        {
          host: "connect.stripe.com",
          port: 443,
          why: "Connect OAuth calls use the connect base"
        },
        {
          host: "meter-events.stripe.com",
          port: 443,
          why: "v2 billing meter events use their own base"
        }
      ],
      overrides: {
        options: ["api"],
        env: [],
        calls: ["stripe.api_base ="]
      },
      source: "stripe/stripe-python:stripe/__init__.py",
      notes: 'StripeClient(base_addresses={"api": ...}) changes the API base; only the api base is read, the files/connect/meter-events bases keep their defaults.'
    },
    {
      id: "yookassa-python",
      language: "python",
      package: "yookassa",
      imports: ["yookassa"],
      constructors: [
        "Configuration.configure(",
        "Configuration.configure_auth_token(",
        "Configuration.account_id =",
        "yookassa.Configuration.configure(",
        "yookassa.Configuration.configure_auth_token(",
        "yookassa.Configuration.account_id ="
      ],
      hosts: [
        {
          host: "api.yookassa.ru",
          port: 443,
          why: "Configuration.api_url, the base of every request Payment, Refund, Receipt, Payout and Webhook send"
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: ["Configuration.api_url =", "yookassa.Configuration.api_url ="]
      },
      source: "yoomoney/yookassa-sdk-python:src/yookassa/configuration.py",
      notes: "The credentials are set once on the Configuration class (configure, configure_auth_token or account_id =), and every API class then calls api_url; assigning Configuration.api_url replaces it for the whole process."
    },
    {
      id: "stripe-node",
      language: "javascript",
      package: "stripe",
      imports: ["stripe"],
      constructors: ["new Stripe(", "Stripe("],
      hosts: [
        {
          host: "api.stripe.com",
          port: 443,
          why: "the API base for every request"
        },
        {
          host: "files.stripe.com",
          port: 443,
          why: "file uploads use the upload base"
        },
        {
          host: "connect.stripe.com",
          port: 443,
          why: "Connect OAuth calls use the connect base"
        }
      ],
      overrides: {
        options: ["host"],
        env: []
      },
      source: "stripe/stripe-node:src/stripe.core.ts",
      notes: "files.stripe.com and connect.stripe.com are listed in src/Types.ts. require('stripe')(key) builds a client without a name the table can match."
    },
    {
      id: "stripe-go",
      language: "go",
      package: "github.com/stripe/stripe-go",
      imports: ["github.com/stripe/stripe-go/*"],
      constructors: ["stripe.NewClient(", "client.New(", "stripe.Key ="],
      hosts: [
        {
          host: "api.stripe.com",
          port: 443,
          why: "the API base for every request"
        },
        {
          host: "files.stripe.com",
          port: 443,
          why: "file uploads use the upload base"
        },
        {
          host: "connect.stripe.com",
          port: 443,
          why: "Connect OAuth calls use the connect base"
        }
      ],
      overrides: {
        options: ["URL"],
        env: []
      },
      source: "stripe/stripe-go:stripe.go"
    },
    {
      id: "stripe-java",
      language: "jvm",
      package: "com.stripe",
      imports: ["com.stripe"],
      constructors: ["new StripeClient(", "Stripe.apiKey ="],
      hosts: [
        {
          host: "api.stripe.com",
          port: 443,
          why: "the API base for every request"
        },
        {
          host: "files.stripe.com",
          port: 443,
          why: "file uploads use the upload base"
        },
        {
          host: "connect.stripe.com",
          port: 443,
          why: "Connect OAuth calls use the connect base"
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: ["Stripe.overrideApiBase("]
      },
      source: "stripe/stripe-java:src/main/java/com/stripe/Stripe.java"
    },
    {
      id: "twilio-python",
      language: "python",
      package: "twilio",
      imports: ["twilio.rest"],
      constructors: ["Client(", "rest.Client(", "twilio.rest.Client("],
      hosts: [
        {
          host: "api.twilio.com",
          port: 443,
          why: "the core REST API (messages, calls, accounts); other products call <product>.twilio.com"
        }
      ],
      overrides: {
        options: [],
        env: ["TWILIO_REGION", "TWILIO_EDGE"],
        templates: {
          region: "api.{value}.twilio.com"
        },
        unmodelled: ["edge"]
      },
      source: "twilio/twilio-python:twilio/base/client_base.py"
    },
    {
      id: "twilio-node",
      language: "javascript",
      package: "twilio",
      imports: ["twilio"],
      constructors: ["twilio(", "new Twilio(", "Twilio("],
      hosts: [
        {
          host: "api.twilio.com",
          port: 443,
          why: "the core REST API (messages, calls, accounts); other products call <product>.twilio.com"
        }
      ],
      overrides: {
        options: [],
        env: ["TWILIO_REGION", "TWILIO_EDGE"],
        templates: {
          region: "api.{value}.twilio.com"
        },
        unmodelled: ["edge"]
      },
      source: "twilio/twilio-node:src/rest/ApiBase.ts"
    },
    {
      id: "sendgrid-python",
      language: "python",
      package: "sendgrid",
      imports: ["sendgrid"],
      constructors: ["SendGridAPIClient(", "sendgrid.SendGridAPIClient("],
      hosts: [
        {
          host: "api.sendgrid.com",
          port: 443,
          why: "the default host for the v3 Web API"
        }
      ],
      overrides: {
        options: ["host"],
        env: [],
        templates: {
          set_sendgrid_data_residency: {
            eu: "api.eu.sendgrid.com",
            global: "api.sendgrid.com"
          }
        },
        calls: [".set_sendgrid_data_residency("]
      },
      source: "sendgrid/sendgrid-python:sendgrid/sendgrid.py"
    },
    {
      id: "sendgrid-node",
      language: "javascript",
      package: "@sendgrid/mail",
      imports: ["@sendgrid/mail", "@sendgrid/client"],
      constructors: [".setApiKey("],
      hosts: [
        {
          host: "api.sendgrid.com",
          port: 443,
          why: "the default host for the v3 Web API"
        }
      ],
      overrides: {
        options: [],
        env: [],
        templates: {
          setDataResidency: {
            eu: "api.eu.sendgrid.com",
            global: "api.sendgrid.com"
          }
        },
        calls: [".setDataResidency("]
      },
      source: "sendgrid/sendgrid-nodejs:packages/client/src/classes/client.js"
    },
    {
      id: "go-github",
      language: "go",
      package: "github.com/google/go-github",
      imports: ["github.com/google/go-github/*/github"],
      constructors: ["github.NewClient("],
      hosts: [
        {
          host: "api.github.com",
          port: 443,
          why: "the default REST API base URL"
        },
        {
          host: "uploads.github.com",
          port: 443,
          why: "release asset uploads use the upload URL"
        }
      ],
      overrides: {
        options: ["WithEnterpriseURLs"],
        env: []
      },
      source: "google/go-github:github/github.go"
    },
    {
      id: "octokit-rest",
      language: "javascript",
      package: "@octokit/rest",
      imports: ["@octokit/rest", "@octokit/core", "octokit"],
      constructors: ["new Octokit("],
      hosts: [
        {
          host: "api.github.com",
          port: 443,
          why: "the default REST API base URL"
        }
      ],
      overrides: {
        options: ["baseUrl"],
        env: []
      },
      source: "octokit/endpoint.js:src/defaults.ts"
    },
    {
      id: "pygithub",
      language: "python",
      package: "PyGithub",
      imports: ["github"],
      constructors: ["Github(", "github.Github("],
      hosts: [
        {
          host: "api.github.com",
          port: 443,
          why: "the default REST API base URL"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: []
      },
      source: "PyGithub/PyGithub:github/Consts.py"
    },
    {
      id: "boto3",
      language: "python",
      package: "boto3",
      imports: ["boto3"],
      constructors: ["boto3.client(", "boto3.resource(", "session.client(", "session.resource("],
      hosts: [],
      service: "aws-argument",
      region: ["region_name"],
      overrides: {
        options: ["endpoint_url"],
        env: ["AWS_ENDPOINT_URL"]
      },
      source: "boto/botocore:botocore/data/endpoints.json",
      notes: "AWS_ENDPOINT_URL_<SERVICE> (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html) also overrides one service. S3 addresses buckets as subdomains ({bucket}.s3.{region}.amazonaws.com)."
    },
    {
      id: "aws-sdk-js-v3",
      language: "javascript",
      package: "@aws-sdk/client-*",
      imports: ["@aws-sdk/client-*"],
      constructors: ["new *Client("],
      hosts: [],
      service: "aws-capture",
      region: ["region"],
      overrides: {
        options: ["endpoint"],
        env: ["AWS_ENDPOINT_URL"]
      },
      source: "boto/botocore:botocore/data/endpoints.json",
      notes: "Endpoint names come from the AWS partition data; the override variables are in https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html."
    },
    {
      id: "aws-sdk-go-v2",
      language: "go",
      package: "github.com/aws/aws-sdk-go-v2/service/*",
      imports: ["github.com/aws/aws-sdk-go-v2/service/*"],
      constructors: ["*.NewFromConfig(", "*.New("],
      hosts: [],
      service: "aws-capture",
      region: ["Region", "WithRegion"],
      overrides: {
        options: ["BaseEndpoint"],
        env: ["AWS_ENDPOINT_URL"],
        calls: ["config.WithEndpointResolverWithOptions(", "config.WithEndpointResolver(", "config.WithBaseEndpoint("]
      },
      source: "boto/botocore:botocore/data/endpoints.json",
      notes: `The region usually comes from config.LoadDefaultConfig(ctx, config.WithRegion("...")) elsewhere in the file. A custom endpoint resolver or base endpoint passed to config.LoadDefaultConfig replaces every client's endpoint in the file (aws/aws-sdk-go-v2:config/load_options.go).`
    },
    {
      id: "aws-sdk-java-v2",
      language: "jvm",
      package: "software.amazon.awssdk.services.*",
      imports: ["software.amazon.awssdk.services.*"],
      constructors: ["*Client.builder(", "*Client.create(", "*AsyncClient.builder(", "*AsyncClient.create("],
      hosts: [],
      service: "aws-capture",
      region: ["region"],
      overrides: {
        options: ["endpointOverride"],
        env: ["AWS_ENDPOINT_URL"]
      },
      source: "boto/botocore:botocore/data/endpoints.json"
    },
    {
      id: "google-cloud-storage-python",
      language: "python",
      package: "google-cloud-storage",
      imports: ["google.cloud.storage"],
      constructors: ["storage.Client(", "Client("],
      hosts: [
        {
          host: "storage.googleapis.com",
          port: 443,
          why: "the default JSON API endpoint (storage.{universe domain}, googleapis.com by default)"
        },
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      overrides: {
        options: ["api_endpoint"],
        env: ["STORAGE_EMULATOR_HOST", "API_ENDPOINT_OVERRIDE"]
      },
      source: "googleapis/python-storage:google/cloud/storage/_helpers.py"
    },
    {
      id: "google-cloud-pubsub-python",
      language: "python",
      package: "google-cloud-pubsub",
      imports: ["google.cloud.pubsub_v1", "google.cloud.pubsub"],
      constructors: [
        "pubsub_v1.PublisherClient(",
        "pubsub_v1.SubscriberClient(",
        "pubsub.PublisherClient(",
        "pubsub.SubscriberClient(",
        "PublisherClient(",
        "SubscriberClient("
      ],
      hosts: [
        {
          host: "pubsub.googleapis.com",
          port: 443,
          why: "the default gRPC endpoint pubsub.googleapis.com:443"
        },
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      overrides: {
        options: ["api_endpoint"],
        env: ["PUBSUB_EMULATOR_HOST"]
      },
      source: "googleapis/python-pubsub:google/pubsub_v1/services/publisher/client.py"
    },
    {
      id: "google-api-python-client",
      language: "python",
      package: "google-api-python-client",
      imports: ["googleapiclient", "apiclient"],
      constructors: ["discovery.build(", "build("],
      hosts: [
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      service: "argument",
      serviceHosts: {
        drive: "www.googleapis.com"
      },
      overrides: {
        options: ["api_endpoint"],
        env: []
      },
      source: "googleapis/google-api-python-client:googleapiclient/discovery_cache/documents/drive.v3.json",
      notes: "The host of each API is the rootUrl of its discovery document (bundled with the library); only the APIs listed in serviceHosts were checked, others are reported unresolved."
    },
    {
      id: "google-genai-python",
      language: "python",
      package: "google-genai",
      imports: ["google.genai"],
      constructors: ["genai.Client(", "Client("],
      hosts: [
        {
          host: "generativelanguage.googleapis.com",
          port: 443,
          why: "the Gemini Developer API's base URL; a client built with vertexai=True, or with GOOGLE_GENAI_USE_VERTEXAI set, calls Vertex AI (aiplatform.googleapis.com or LOCATION-aiplatform.googleapis.com) instead"
        }
      ],
      overrides: {
        options: ["base_url", "vertexai"],
        env: ["GOOGLE_GENAI_USE_VERTEXAI", "GOOGLE_GEMINI_BASE_URL", "GOOGLE_VERTEX_BASE_URL"]
      },
      source: "googleapis/python-genai:google/genai/_api_client.py"
    },
    {
      id: "google-cloud-storage-node",
      language: "javascript",
      package: "@google-cloud/storage",
      imports: ["@google-cloud/storage"],
      constructors: ["new Storage("],
      hosts: [
        {
          host: "storage.googleapis.com",
          port: 443,
          why: "the default JSON API endpoint (storage.{universe domain}, googleapis.com by default)"
        },
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      overrides: {
        options: ["apiEndpoint"],
        env: ["STORAGE_EMULATOR_HOST"]
      },
      source: "googleapis/nodejs-storage:src/storage.ts"
    },
    {
      id: "google-cloud-pubsub-node",
      language: "javascript",
      package: "@google-cloud/pubsub",
      imports: ["@google-cloud/pubsub"],
      constructors: ["new PubSub("],
      hosts: [
        {
          host: "pubsub.googleapis.com",
          port: 443,
          why: "the default gRPC endpoint pubsub.googleapis.com:443"
        },
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      overrides: {
        options: ["apiEndpoint"],
        env: ["PUBSUB_EMULATOR_HOST"]
      },
      source: "googleapis/nodejs-pubsub:src/v1/publisher_client.ts"
    },
    {
      id: "google-cloud-storage-go",
      language: "go",
      package: "cloud.google.com/go/storage",
      imports: ["cloud.google.com/go/storage"],
      constructors: ["storage.NewClient("],
      hosts: [
        {
          host: "storage.googleapis.com",
          port: 443,
          why: "the default JSON API endpoint (storage.{universe domain}, googleapis.com by default)"
        },
        {
          host: "oauth2.googleapis.com",
          port: 443,
          why: "service-account and user credentials refresh their access tokens here; on GKE with the metadata server (metadata.google.internal, link-local) no egress is needed for tokens, so that host is not listed",
          source: "googleapis/google-auth-library-python:google/oauth2/service_account.py"
        }
      ],
      overrides: {
        options: ["WithEndpoint"],
        env: ["STORAGE_EMULATOR_HOST"]
      },
      source: "googleapis/google-cloud-go:storage/storage.go"
    },
    {
      id: "azure-storage-blob-python",
      language: "python",
      package: "azure-storage-blob",
      imports: ["azure.storage.blob"],
      constructors: ["BlobServiceClient(", "BlobServiceClient.from_connection_string("],
      hosts: [],
      endpoint: {
        names: ["account_url", "conn_str"],
        positional: true
      },
      overrides: {
        options: [],
        env: []
      },
      source: "https://pypi.org/project/azure-storage-blob/ (README: Create the client, account URL)",
      notes: "There is no default: the host is the account URL the code passes (https://<account>.blob.core.windows.net). A connection string is not read."
    },
    {
      id: "azure-identity-python",
      language: "python",
      package: "azure-identity",
      imports: ["azure.identity"],
      constructors: [
        "DefaultAzureCredential(",
        "ClientSecretCredential(",
        "CertificateCredential(",
        "WorkloadIdentityCredential("
      ],
      hosts: [
        {
          host: "login.microsoftonline.com",
          port: 443,
          why: "Microsoft Entra ID, the public-cloud authority host, issues the tokens"
        }
      ],
      overrides: {
        options: ["authority"],
        env: ["AZURE_AUTHORITY_HOST"]
      },
      source: "Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_constants.py",
      notes: "Managed identity asks the instance metadata service (169.254.169.254, link-local, not egress through the sidecar): not listed."
    },
    {
      id: "sentry-python",
      language: "python",
      package: "sentry-sdk",
      imports: ["sentry_sdk"],
      constructors: ["sentry_sdk.init("],
      hosts: [],
      endpoint: {
        names: ["dsn"],
        positional: true,
        env: "SENTRY_DSN"
      },
      overrides: {
        options: [],
        env: ["SENTRY_DSN"]
      },
      source: "getsentry/sentry-python:sentry_sdk/client.py",
      notes: "Events go to the DSN's host; without a DSN argument the SDK reads SENTRY_DSN."
    },
    {
      id: "sentry-node",
      language: "javascript",
      package: "@sentry/node",
      imports: ["@sentry/node"],
      constructors: ["Sentry.init("],
      hosts: [],
      endpoint: {
        names: ["dsn"],
        env: "SENTRY_DSN"
      },
      overrides: {
        options: [],
        env: ["SENTRY_DSN"]
      },
      source: "getsentry/sentry-javascript:packages/node-core/src/sdk/index.ts",
      notes: "Events go to the DSN's host; without a dsn option the SDK reads SENTRY_DSN."
    },
    {
      id: "datadog-api-client-python",
      language: "python",
      package: "datadog-api-client",
      imports: ["datadog_api_client"],
      constructors: ["Configuration("],
      hosts: [
        {
          host: "api.datadoghq.com",
          port: 443,
          why: "the default server https://{subdomain}.{site} with subdomain api and site datadoghq.com"
        }
      ],
      overrides: {
        options: ["host"],
        env: ["DD_SITE"],
        templates: {
          site: "api.{value}"
        }
      },
      source: "DataDog/datadog-api-client-python:src/datadog_api_client/configuration.py"
    },
    {
      id: "spotipy",
      language: "python",
      package: "spotipy",
      imports: ["spotipy"],
      constructors: ["spotipy.Spotify(", "Spotify("],
      hosts: [
        {
          host: "api.spotify.com",
          port: 443,
          why: "the Web API prefix https://api.spotify.com/v1/"
        },
        {
          host: "accounts.spotify.com",
          port: 443,
          why: "the auth managers (SpotifyClientCredentials, SpotifyOAuth) get tokens from https://accounts.spotify.com/api/token",
          source: "spotipy-dev/spotipy:spotipy/oauth2.py"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "spotipy-dev/spotipy:spotipy/client.py",
      notes: "The client takes no endpoint option: the prefix is fixed."
    },
    {
      id: "razorpay-node",
      language: "javascript",
      package: "razorpay",
      imports: ["razorpay"],
      constructors: ["new Razorpay(", "Razorpay("],
      hosts: [
        {
          host: "api.razorpay.com",
          port: 443,
          why: "the client builds its API object with the fixed host https://api.razorpay.com/v1/ for every resource (orders, payments, refunds, subscriptions)"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "razorpay/razorpay-node:lib/razorpay.js",
      notes: "The constructor takes no host option: key_id, key_secret and headers only."
    },
    {
      id: "google-auth-library-node",
      language: "javascript",
      package: "google-auth-library",
      imports: ["google-auth-library"],
      constructors: [".verifyIdToken("],
      hosts: [
        {
          host: "www.googleapis.com",
          port: 443,
          why: "OAuth2Client.verifyIdToken checks a Google ID token against the sign-on certificates it fetches from https://www.googleapis.com/oauth2/v1/certs"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "googleapis/google-auth-library-nodejs:src/auth/oauth2client.ts",
      notes: "Only the verification call is listed: building an OAuth2Client calls nothing, and the token endpoint it uses for other methods has changed between versions."
    },
    {
      id: "google-auth-python-id-token",
      language: "python",
      package: "google-auth",
      imports: ["google.oauth2"],
      constructors: [".verify_oauth2_token(", ".verify_firebase_token("],
      hosts: [
        {
          host: "www.googleapis.com",
          port: 443,
          why: "id_token.verify_oauth2_token fetches Google's certificates from https://www.googleapis.com/oauth2/v1/certs (verify_firebase_token from /robot/v1/metadata/x509/ on the same host)"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "googleapis/google-auth-library-python:google/oauth2/id_token.py",
      notes: "Both functions always use Google's address; only verify_token, which is not listed, takes a certs_url."
    },
    {
      id: "google-generativeai-python",
      language: "python",
      package: "google-generativeai",
      imports: ["google.generativeai"],
      constructors: [
        "genai.configure(",
        "palm.configure(",
        "generativeai.configure(",
        "google.generativeai.configure("
      ],
      hosts: [
        {
          host: "generativelanguage.googleapis.com",
          port: 443,
          why: 'the default endpoint of the google-ai-generativelanguage clients that genai.configure sets up (gRPC by default, REST with transport="rest"); genai.upload_file also fetches its discovery document from this host',
          source: "googleapis/google-cloud-python:packages/google-ai-generativelanguage/google/ai/generativelanguage_v1beta/services/generative_service/client.py"
        }
      ],
      overrides: {
        options: ["api_endpoint"],
        env: []
      },
      source: "google-gemini/deprecated-generative-ai-python:google/generativeai/client.py",
      notes: 'The legacy SDK (deprecated; support ended 2025-09-30) builds its clients lazily from the module-wide settings of genai.configure; client_options={"api_endpoint": ...} there replaces the host of every client, but genai.upload_file still fetches https://generativelanguage.googleapis.com/$discovery/rest whatever the endpoint. A file that never calls configure (the key from GEMINI_API_KEY or GOOGLE_API_KEY) is not matched.'
    },
    {
      id: "google-genai-node",
      language: "javascript",
      package: "@google/genai",
      imports: ["@google/genai"],
      constructors: ["new GoogleGenAI("],
      hosts: [
        {
          host: "generativelanguage.googleapis.com",
          port: 443,
          why: "the Gemini Developer API's base URL https://generativelanguage.googleapis.com/ (the Live API uses wss:// on the same host); a client built with vertexai: true or enterprise: true, or with GOOGLE_GENAI_USE_VERTEXAI or GOOGLE_GENAI_USE_ENTERPRISE set, calls Vertex AI (aiplatform.googleapis.com, LOCATION-aiplatform.googleapis.com or aiplatform.LOCATION.rep.googleapis.com) instead"
        }
      ],
      overrides: {
        options: ["baseUrl"],
        unmodelled: ["vertexai", "enterprise"],
        calls: ["setDefaultBaseUrls("],
        env: [
          "GOOGLE_GEMINI_BASE_URL",
          "GOOGLE_VERTEX_BASE_URL",
          "GOOGLE_GENAI_USE_VERTEXAI",
          "GOOGLE_GENAI_USE_ENTERPRISE"
        ]
      },
      source: "googleapis/js-genai:src/_api_client.ts",
      notes: "httpOptions: { baseUrl } replaces the host; setDefaultBaseUrls({ geminiUrl }) before the client is built does too, and is reported unresolved. The base-URL environment variables are read in src/node/node_client.ts (from 0.10.0; GOOGLE_GENAI_USE_ENTERPRISE and the enterprise option from 1.51.0)."
    },
    {
      id: "google-generative-ai-node",
      language: "javascript",
      package: "@google/generative-ai",
      imports: ["@google/generative-ai"],
      constructors: [
        ".getGenerativeModel(",
        ".getGenerativeModelFromCachedContent(",
        "new GoogleAIFileManager(",
        "new GoogleAICacheManager("
      ],
      hosts: [
        {
          host: "generativelanguage.googleapis.com",
          port: 443,
          why: "DEFAULT_BASE_URL https://generativelanguage.googleapis.com, used by every model, file and cache request"
        }
      ],
      overrides: {
        options: ["baseUrl"],
        env: []
      },
      source: "google-gemini/deprecated-generative-ai-js:src/requests/request.ts",
      notes: "new GoogleGenerativeAI(apiKey) only keeps the key; the endpoint is chosen per model, by the request options of getGenerativeModel(params, { baseUrl }) (from 0.4.0), or of GoogleAIFileManager/GoogleAICacheManager(apiKey, { baseUrl })."
    },
    {
      id: "groq-python",
      language: "python",
      package: "groq",
      imports: ["groq"],
      constructors: ["Groq(", "AsyncGroq(", "groq.Groq(", "groq.AsyncGroq(", "groq.Client(", "groq.AsyncClient("],
      hosts: [
        {
          host: "api.groq.com",
          port: 443,
          why: "the default base URL https://api.groq.com"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: ["GROQ_BASE_URL"]
      },
      source: "groq/groq-python:src/groq/_client.py"
    },
    {
      id: "groq-node",
      language: "javascript",
      package: "groq-sdk",
      imports: ["groq-sdk"],
      constructors: ["new Groq("],
      hosts: [
        {
          host: "api.groq.com",
          port: 443,
          why: "the default base URL https://api.groq.com"
        }
      ],
      overrides: {
        options: ["baseURL"],
        env: ["GROQ_BASE_URL"]
      },
      source: "groq/groq-typescript:src/client.ts"
    },
    {
      id: "mistralai-python",
      language: "python",
      package: "mistralai",
      imports: ["mistralai"],
      constructors: [
        "Mistral(",
        "mistralai.Mistral(",
        "mistralai.client.Mistral(",
        "MistralClient(",
        "MistralAsyncClient("
      ],
      hosts: [
        {
          host: "api.mistral.ai",
          port: 443,
          why: 'the default server https://api.mistral.ai (SERVERS["eu"])'
        }
      ],
      overrides: {
        options: ["server_url", "endpoint"],
        templates: {
          server: {
            eu: "api.mistral.ai"
          }
        },
        env: []
      },
      source: "mistralai/client-python:src/mistralai/client/sdkconfiguration.py",
      notes: "Mistral(server_url=...) replaces the host (v1 and v2; v1 imports it from mistralai, v2 from mistralai.client); the 0.x MistralClient and MistralAsyncClient take endpoint= (default ENDPOINT in src/mistralai/constants.py). MistralAzure and MistralGoogleCloud, which call the user's own deployment, are not matched."
    },
    {
      id: "go-openai",
      language: "go",
      package: "github.com/sashabaranov/go-openai",
      imports: ["github.com/sashabaranov/go-openai"],
      constructors: ["openai.NewClient(", "openai.NewOrgClient(", "openai.DefaultConfig("],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "DefaultConfig sets BaseURL to https://api.openai.com/v1; NewClient and NewOrgClient build their client from it"
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: [".BaseURL ="]
      },
      source: "sashabaranov/go-openai:config.go",
      notes: 'The README changes the endpoint by assigning the config: cfg := openai.DefaultConfig(key); cfg.BaseURL = "..."; openai.NewClientWithConfig(cfg). DefaultConfig is listed so that pattern is read; NewClientWithConfig is not, since the config it takes is built elsewhere. DefaultAzureConfig(key, baseURL) and DefaultAnthropicConfig(key, baseURL) take the endpoint as their second argument and are not listed. The SDK reads no environment variable.'
    },
    {
      id: "anthropic-go",
      language: "go",
      package: "github.com/anthropics/anthropic-sdk-go",
      imports: ["github.com/anthropics/anthropic-sdk-go"],
      constructors: ["anthropic.NewClient("],
      hosts: [
        {
          host: "api.anthropic.com",
          port: 443,
          why: "NewClient applies option.WithEnvironmentProduction, the default base URL https://api.anthropic.com/"
        }
      ],
      overrides: {
        options: ["WithBaseURL"],
        env: ["ANTHROPIC_BASE_URL"],
        unmodelled: [
          "WithLoadDefaultConfig",
          "WithConfig",
          "WithConfigQuiet",
          "WithProfile",
          "WithGoogleAuth",
          "WithCredentials"
        ]
      },
      source: "anthropics/anthropic-sdk-go:option/requestoption.go",
      notes: "bedrock.WithLoadDefaultConfig / bedrock.WithConfig point the client at bedrock-runtime.{region}.amazonaws.com and vertex.WithGoogleAuth / vertex.WithCredentials at {region}-aiplatform.googleapis.com (regions known at run time); option.WithConfig / WithProfile apply a profile file's base_url. Since v1.39.0 a client built without options also loads a profile file (ANTHROPIC_PROFILE, or active_config/default under ANTHROPIC_CONFIG_DIR or ~/.config/anthropic) whose base_url replaces the default when ANTHROPIC_BASE_URL is unset. The aws and googlecloud sub-packages' NewClient(ctx, cfg) build gateway clients (aws-external-anthropic.{region}.api.aws, the Google Cloud gateway) and are not listed."
    },
    {
      id: "slack-go",
      language: "go",
      package: "github.com/slack-go/slack",
      imports: ["github.com/slack-go/slack"],
      constructors: ["slack.New("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: "Web API methods are called under APIURL, https://slack.com/api/"
        },
        {
          host: "files.slack.com",
          port: 443,
          why: "UploadFile sends file bodies to the upload URL files.getUploadURLExternal returns, on files.slack.com",
          source: "slackapi/python-slack-sdk:docs/reference/index.html (files_upload_v2)"
        }
      ],
      overrides: {
        options: ["OptionAPIURL"],
        env: []
      },
      source: "slack-go/slack:slack.go",
      notes: "The Audit Logs API (Enterprise Grid only) is called on api.slack.com (AuditAPIURL, OptionAuditAPIURL): not listed. Socket Mode (the socketmode sub-package) opens a WebSocket to a URL apps.connections.open returns at run time."
    },
    {
      id: "go-telegram-bot-api",
      language: "go",
      package: "github.com/go-telegram-bot-api/telegram-bot-api",
      imports: ["github.com/go-telegram-bot-api/telegram-bot-api", "gopkg.in/telegram-bot-api.v4"],
      constructors: ["tgbotapi.NewBotAPI("],
      hosts: [
        {
          host: "api.telegram.org",
          port: 443,
          why: "NewBotAPI uses APIEndpoint, https://api.telegram.org/bot%s/%s, and calls getMe there before it returns; file links use FileEndpoint on the same host"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "go-telegram-bot-api/telegram-bot-api:configs.go",
      notes: "NewBotAPI takes no endpoint. In v5, NewBotAPIWithAPIEndpoint(token, endpoint) and NewBotAPIWithClient(token, endpoint, client) take it as their second argument, which the table cannot read: they are not listed. bot.SetAPIEndpoint(...) after NewBotAPI re-points later calls, but getMe has already gone to api.telegram.org."
    },
    {
      id: "python-telegram-bot",
      language: "python",
      package: "python-telegram-bot",
      imports: ["telegram"],
      constructors: ["Application.builder(", "ApplicationBuilder(", "Bot(", "ExtBot(", "telegram.Bot(", "Updater("],
      hosts: [
        {
          host: "api.telegram.org",
          port: 443,
          why: "the default base_url https://api.telegram.org/bot and base_file_url https://api.telegram.org/file/bot"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: [],
        unmodelled: ["bot", "updater"]
      },
      source: "python-telegram-bot/python-telegram-bot:src/telegram/_bot.py",
      notes: "ApplicationBuilder.base_url(...) and Bot(base_url=...) replace the host (v13's Updater(token, base_url=...) too). A builder given a ready Bot or Updater (.bot(...), .updater(...)), or a v20+ Updater(bot=...), calls whatever that bot was built with: reported unresolved. base_url may also be a callable (v21.11+), read as run time."
    },
    {
      id: "node-telegram-bot-api",
      language: "javascript",
      package: "node-telegram-bot-api",
      imports: ["node-telegram-bot-api"],
      constructors: ["new TelegramBot(", "new Bot(", "new Api("],
      hosts: [
        {
          host: "api.telegram.org",
          port: 443,
          why: "the default API root https://api.telegram.org (bot methods under /bot<token>/, files under /file/bot<token>/)"
        }
      ],
      overrides: {
        options: ["baseApiUrl", "apiRoot"],
        env: []
      },
      source: "yagop/node-telegram-bot-api:src/core/transport.ts",
      notes: "v0.x and v1.x: new TelegramBot(token, { baseApiUrl }) (src/telegram.js, src/telegram.ts). v2 (a redesign): new Bot(token, { apiRoot }) and new Api(token, { apiRoot })."
    },
    {
      id: "telegraf",
      language: "javascript",
      package: "telegraf",
      imports: ["telegraf"],
      constructors: ["new Telegraf(", "new Telegram("],
      hosts: [
        {
          host: "api.telegram.org",
          port: 443,
          why: "the API client's default apiRoot https://api.telegram.org (bot methods and file links)"
        }
      ],
      overrides: {
        options: ["apiRoot"],
        env: []
      },
      source: "telegraf/telegraf:src/core/network/client.ts",
      notes: "new Telegraf(token, { telegram: { apiRoot } }) and new Telegram(token, { apiRoot }) replace the host (v3 and v4)."
    },
    {
      id: "openai-dotnet",
      language: "csharp",
      package: "OpenAI",
      imports: ["OpenAI"],
      constructors: [
        "new OpenAIClient(",
        "new ChatClient(",
        "new EmbeddingClient(",
        "new ImageClient(",
        "new AudioClient(",
        "new ModerationClient(",
        "new ResponsesClient(",
        "new OpenAIResponseClient(",
        "new RealtimeClient(",
        "new RealtimeConversationClient(",
        "new AssistantClient(",
        "new OpenAIFileClient(",
        "new BatchClient(",
        "new FineTuningClient(",
        "new OpenAIModelClient(",
        "new VectorStoreClient(",
        "new ContainerClient(",
        "new ConversationClient(",
        "new EvaluationClient(",
        "new GraderClient(",
        "new SkillClient(",
        "new VideoClient("
      ],
      hosts: [
        {
          host: "api.openai.com",
          port: 443,
          why: "OpenAIClientOptions.Endpoint defaults to https://api.openai.com/v1 for every client; RealtimeClient opens wss:// on the same host"
        }
      ],
      overrides: {
        options: ["Endpoint"],
        env: [],
        unmodelled: ["OpenAIClientSettings", "OpenAISettings"],
        calls: ["Endpoint =", ".Endpoint ="]
      },
      source: "openai/openai-dotnet:OpenAI/src/Utility/OpenAIClientUtilities.cs",
      notes: "No constructor takes the endpoint positionally: it is OpenAIClientOptions.Endpoint (ResponsesClientOptions/RealtimeClientOptions.Endpoint), read inside the call or, for an options object built elsewhere in the file, from an `Endpoint = ...` initializer or `options.Endpoint = ...` assignment. The SDK reads no environment variable for its endpoint (OPENAI_BASE_URL appears only in its mTLS example). Clients from OpenAIClient.GetChatClient() etc. and AzureOpenAIClient (Azure.AI.OpenAI, endpoint passed positionally) are not listed. Settings-bound clients (new ChatClient(ChatClientSettings), experimental) take Endpoint from IConfiguration: not visible in code. The community package OpenAI-DotNet (RageAgainstThePixel) also uses namespace OpenAI and `new OpenAIClient(auth, settings)`; an inline OpenAIClientSettings/OpenAISettings (custom domain or Azure) is reported unresolved."
    },
    {
      id: "anthropic-dotnet",
      language: "csharp",
      package: "Anthropic",
      imports: ["Anthropic"],
      constructors: ["new AnthropicClient("],
      hosts: [
        {
          host: "api.anthropic.com",
          port: 443,
          why: "ClientOptions.BaseUrl defaults to ANTHROPIC_BASE_URL, else EnvironmentUrl.Production, https://api.anthropic.com"
        }
      ],
      overrides: {
        options: ["BaseUrl"],
        env: ["ANTHROPIC_BASE_URL"],
        calls: ["BaseUrl =", ".BaseUrl =", "ApiUrlFormat =", ".ApiUrlFormat ="]
      },
      source: "anthropics/anthropic-sdk-csharp:src/Anthropic/Core/ClientOptions.cs",
      notes: "The default is EnvironmentUrl.Production in src/Anthropic/Core/EnvironmentUrl.cs. AnthropicClient() and AnthropicClient(ClientOptions) take no positional endpoint; BaseUrl is set in a ClientOptions initializer inside the call or as an init property after it (`new AnthropicClient() { BaseUrl = ... }`, read file-wide). Recent versions also adopt base_url from a credentials profile (ANTHROPIC_PROFILE, ANTHROPIC_CONFIG_DIR) when neither the code nor ANTHROPIC_BASE_URL sets one. AnthropicBedrockClient, AnthropicVertexClient, AnthropicFoundryClient (Anthropic.Bedrock/Vertex/Foundry) are other clients, not listed. Namespace Anthropic is shared with the community tryAGI.Anthropic (baseUri passed positionally in its generated constructor: not read) and Anthropic.SDK (tghamm; ApiUrlFormat property, read file-wide); both default to api.anthropic.com too."
    },
    {
      id: "stripe-dotnet",
      language: "csharp",
      package: "Stripe.net",
      imports: ["Stripe"],
      constructors: ["StripeConfiguration.ApiKey =", "StripeConfiguration.SetApiKey("],
      hosts: [
        {
          host: "api.stripe.com",
          port: 443,
          why: "the API base for every request"
        },
        {
          host: "files.stripe.com",
          port: 443,
          why: "file uploads use the files base"
        },
        {
          host: "connect.stripe.com",
          port: 443,
          why: "Connect OAuth calls use the connect base"
        },
        {
          host: "meter-events.stripe.com",
          port: 443,
          why: "v2 billing meter events use their own base"
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: ["StripeConfiguration.StripeClient ="]
      },
      source: "stripe/stripe-dotnet:src/Stripe.net/Infrastructure/Public/LiveApiRequestor.cs",
      notes: 'The global pattern: StripeConfiguration.ApiKey plus new CustomerService() etc., served by a DefaultStripeClient built with the default bases. Replacing StripeConfiguration.StripeClient in the file makes the clients unresolved. new StripeClient(...) is deliberately not listed: its signature is (apiKey, clientId, httpClient, apiBase, connectBase, filesBase, meterEventsBase), so apiBase can be the fourth positional argument, which the table cannot read. No environment variable is read; the API key may also come from AppSettings["StripeApiKey"].'
    },
    {
      id: "twilio-dotnet",
      language: "csharp",
      package: "Twilio",
      imports: ["Twilio"],
      constructors: ["TwilioClient.Init(", "Twilio.TwilioClient.Init("],
      hosts: [
        {
          host: "api.twilio.com",
          port: 443,
          why: "the core REST API (messages, calls, accounts); other products call <product>.twilio.com"
        }
      ],
      overrides: {
        options: [],
        env: [],
        templates: {
          "TwilioClient.SetRegion": "api.{value}.twilio.com"
        },
        calls: ["TwilioClient.SetEdge(", "TwilioClient.SetRestClient(", "TwilioClient.SetRegion("]
      },
      source: "twilio/twilio-csharp:src/Twilio/Http/Request.cs",
      notes: "Request builds https://{domain}.twilio.com{uri}; TwilioClient.SetRegion/SetEdge (src/Twilio/Twilio.cs) insert region and edge into the host (an edge alone implies region us1). SetEdge and SetRestClient are listed before SetRegion so that either leaves the client unresolved. Init's third positional argument is the account SID, never a host. new TwilioRestClient(...) is not listed: region is its fourth positional argument. Unlike twilio-python and twilio-node, the C# library reads no TWILIO_REGION/TWILIO_EDGE."
    },
    {
      id: "sendgrid-dotnet",
      language: "csharp",
      package: "SendGrid",
      imports: ["SendGrid"],
      constructors: [".AddSendGrid("],
      hosts: [
        {
          host: "api.sendgrid.com",
          port: 443,
          why: "SendGridClientOptions.Host defaults to https://api.sendgrid.com"
        }
      ],
      overrides: {
        options: ["Host"],
        env: [],
        templates: {
          SetDataResidency: {
            eu: "api.eu.sendgrid.com",
            global: "api.sendgrid.com"
          }
        }
      },
      source: "sendgrid/sendgrid-csharp:src/SendGrid/SendGridClientOptions.cs",
      notes: "Only the dependency-injection registration (services.AddSendGrid(options => ...), package SendGrid.Extensions.DependencyInjection) is listed: its options lambda is read for Host and SetDataResidency. new SendGridClient(...) is deliberately not listed: its host is the second positional argument of SendGridClient(apiKey, host, ...) and the third of SendGridClient(httpClient or webProxy, apiKey, host, ...), which the table cannot read."
    },
    {
      id: "azure-identity-dotnet",
      language: "csharp",
      package: "Azure.Identity",
      imports: ["Azure.Identity"],
      constructors: [
        "new DefaultAzureCredential(",
        "new ClientSecretCredential(",
        "new ClientCertificateCredential(",
        "new WorkloadIdentityCredential(",
        "new ClientAssertionCredential(",
        "new EnvironmentCredential("
      ],
      hosts: [
        {
          host: "login.microsoftonline.com",
          port: 443,
          why: "Microsoft Entra ID, the public-cloud authority host, issues the tokens"
        }
      ],
      overrides: {
        options: ["AuthorityHost"],
        env: ["AZURE_AUTHORITY_HOST"],
        calls: ["AuthorityHost =", ".AuthorityHost ="]
      },
      source: "Azure/azure-sdk-for-net:sdk/identity/Azure.Identity/src/AzureAuthorityHosts.cs",
      notes: "TokenCredentialOptions.AuthorityHost defaults to AZURE_AUTHORITY_HOST, else https://login.microsoftonline.com/ (src/TokenCredentialOptions.cs, src/EnvironmentVariables.cs). The credentials take the authority only through their options object, never as a positional string; AzureAuthorityHosts.AzureGovernment and the like are named constants, reported unresolved. Managed identity asks the instance metadata service (169.254.169.254, or IDENTITY_ENDPOINT/MSI_ENDPOINT): not listed."
    },
    {
      id: "anthropic-java",
      language: "jvm",
      package: "com.anthropic",
      imports: ["com.anthropic"],
      constructors: [
        "AnthropicOkHttpClient.fromEnv(",
        "AnthropicOkHttpClient.builder(",
        "AnthropicOkHttpClientAsync.fromEnv(",
        "AnthropicOkHttpClientAsync.builder("
      ],
      hosts: [
        {
          host: "api.anthropic.com",
          port: 443,
          why: 'AnthropicBackend.PRODUCTION_URL = "https://api.anthropic.com" is the default backend baseUrl used when no baseUrl/backend is set'
        }
      ],
      overrides: {
        options: ["baseUrl", "backend"],
        env: ["ANTHROPIC_BASE_URL"]
      },
      source: "anthropics/anthropic-sdk-java:anthropic-java-core/src/main/kotlin/com/anthropic/backends/AnthropicBackend.kt",
      notes: "ANTHROPIC_BASE_URL (and JVM system property anthropic.baseUrl, which wins over it) is read only on the fromEnv() path (AnthropicBackend.Builder.fromEnv), not by a bare builder().build(). 'backend' is not a URL: .backend(BedrockBackend/VertexBackend/...) swaps in a third-party backend with its own host. When fromEnv() finds no API key/auth token it may load an on-disk profile (ANTHROPIC_PROFILE / ANTHROPIC_CONFIG_DIR / ~/.config/anthropic) whose base_url also replaces the host; not listed because those variables select credentials, not a URL. Verified at tag v2.57.0."
    },
    {
      id: "twilio-java",
      language: "jvm",
      package: "com.twilio.sdk",
      imports: ["com.twilio"],
      constructors: ["Twilio.init(", "new TwilioRestClient.Builder("],
      hosts: [
        {
          host: "api.twilio.com",
          port: 443,
          why: 'IRequest builds "https://" + domain + ".twilio.com" + uri; core resources (Messages, Calls, Accounts) use Domains.API = "api"'
        }
      ],
      overrides: {
        options: [],
        env: ["TWILIO_REGION", "TWILIO_EDGE"],
        templates: {
          region: "api.{value}.twilio.com",
          "Twilio.setRegion": "api.{value}.twilio.com"
        },
        unmodelled: ["edge"],
        calls: ["Twilio.setRegion(", "Twilio.setEdge("]
      },
      source: "twilio/twilio-java:src/main/java/com/twilio/http/IRequest.java",
      notes: "Region/edge rewrite the host to {product}.{edge}.{region}.twilio.com (edge without region gets region us1), so they are host replacements though their values are not URLs. TWILIO_REGION/TWILIO_EDGE are read only in com/twilio/Twilio.java static fields (the Twilio.init path); TwilioRestClient.Builder does not read them. Other products call other subdomains of twilio.com (verify, lookups, messaging, conversations, voice, studio, ... from com/twilio/Domains.java) depending on which resource classes the code uses; only api.twilio.com is listed. Not listed: tls-test.twilio.com (Twilio.validateSslCertificate only), oauth.twilio.com-style token endpoints used only with Twilio.init(CredentialProvider). Neither constructor takes a host. Verified at 12.0.0 (+1 commit)."
    },
    {
      id: "sendgrid-java",
      language: "jvm",
      package: "com.sendgrid",
      imports: ["com.sendgrid"],
      constructors: ["new SendGrid("],
      hosts: [
        {
          host: "api.sendgrid.com",
          port: 443,
          why: 'SendGrid.initializeSendGrid calls initialize("Bearer " + apiKey, "api.sendgrid.com") in every constructor'
        }
      ],
      overrides: {
        options: [],
        env: [],
        templates: {
          setDataResidency: {
            eu: "api.eu.sendgrid.com",
            global: "api.sendgrid.com"
          }
        },
        calls: [".setHost(", ".setDataResidency("]
      },
      source: "sendgrid/sendgrid-java:src/main/java/com/sendgrid/SendGrid.java",
      notes: 'No constructor takes a host: SendGrid(String apiKey), SendGrid(String apiKey, Boolean test), SendGrid(String apiKey, Client client); so none is left out. setDataResidency("eu") switches to api.eu.sendgrid.com ("global" keeps api.sendgrid.com); BaseInterface.setHost replaces it with any host. The SDK reads no environment variable (SENDGRID_API_KEY is only read by user code/examples). Left out: new TwilioEmail( (same library, calls email.twilio.com); SendGrid(apiKey, true) is a unit-test mode of the http client and still targets the same host. Verified at 4.10.3.'
    },
    {
      id: "slack-java",
      language: "jvm",
      package: "com.slack.api",
      imports: ["com.slack.api"],
      constructors: [".methods(", ".methodsAsync("],
      hosts: [
        {
          host: "slack.com",
          port: 443,
          why: `MethodsClient.ENDPOINT_URL_PREFIX = "https://slack.com/api/" is SlackConfig's default methodsEndpointUrlPrefix, applied in Slack.methods()/methodsAsync()`
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: [".setMethodsEndpointUrlPrefix(", ".setEndpointUrlPrefix("]
      },
      source: "slackapi/java-slack-sdk:slack-api-client/src/main/java/com/slack/api/methods/MethodsClient.java",
      notes: "Slack.getInstance( is deliberately not a constructor: the Slack object itself calls nothing, and a very common use is Slack.getInstance().send(webhookUrl, payload), which calls the positional URL (hooks.slack.com), not slack.com. The override usually lives on a SlackConfig built elsewhere and passed to Slack.getInstance(config), so it is not visible in the .methods( chain; custom prefixes are rare (tests/GovSlack). The SDK reads no env var for endpoints (SlackConfig only reads HTTPS_PROXY/HTTP_PROXY). Not listed (other clients, not .methods): api.slack.com (audit()/scim()/scim2()), slack-status.com (status()), Socket Mode/RTM WebSocket hosts returned by apps.connections.open/rtm.connect, file-upload URLs returned by files.getUploadURLExternal."
    },
    {
      id: "google-cloud-storage-java",
      language: "jvm",
      package: "com.google.cloud",
      imports: ["com.google.cloud.storage"],
      constructors: [
        "StorageOptions.getDefaultInstance(",
        "StorageOptions.getUnauthenticatedInstance(",
        "StorageOptions.newBuilder(",
        "StorageOptions.http(",
        "StorageOptions.grpc(",
        "HttpStorageOptions.newBuilder(",
        "GrpcStorageOptions.newBuilder("
      ],
      hosts: [
        {
          host: "storage.googleapis.com",
          port: 443,
          why: 'HTTP: ServiceOptions.getResolvedApiaryHost("storage") turns the unset host into https://storage.googleapis.com/ (HttpStorageOptions.Builder.build); gRPC: GrpcStorageOptions.DEFAULT_HOST = "https://storage.googleapis.com"'
        }
      ],
      overrides: {
        options: ["setHost", "setUniverseDomain"],
        env: []
      },
      source: "googleapis/java-storage:google-cloud-storage/src/main/java/com/google/cloud/storage/HttpStorageOptions.java",
      notes: "The Java client does NOT read STORAGE_EMULATOR_HOST (no occurrence anywhere in googleapis/java-storage); emulators need setHost. setUniverseDomain(d) gives storage.{d}. Not listed: OAuth/metadata hosts used by google-auth-library for credentials (oauth2.googleapis.com, metadata.google.internal), monitoring.googleapis.com (opt-in metrics export). gRPC may use DirectPath (attemptDirectPath default) on GCE, still for storage.googleapis.com. Unverified: whether gax's gRPC EndpointContext reads GOOGLE_CLOUD_UNIVERSE_DOMAIN for the grpc() transport; the HTTP path (ServiceOptions) reads no host env var. Verified at v2.64.1 (+3 commits)."
    },
    {
      id: "telegrambots-java",
      language: "jvm",
      package: "org.telegram",
      imports: ["org.telegram.telegrambots"],
      constructors: ["new TelegramBotsLongPollingApplication(", "new TelegramBotsApi("],
      hosts: [
        {
          host: "api.telegram.org",
          port: 443,
          why: `v7+: TelegramUrl.DEFAULT_URL = new TelegramUrl("https", "api.telegram.org", 443, false), used by registerBot(token, consumer); v6: ApiConstants.BASE_URL = "https://api.telegram.org/bot" is DefaultBotOptions' default baseUrl`
        }
      ],
      overrides: {
        options: [],
        env: [],
        calls: [".setBaseUrl("]
      },
      source: "rubenlagus/TelegramBots:telegrambots-meta/src/main/java/org/telegram/telegrambots/meta/TelegramUrl.java",
      notes: "Left out: new OkHttpTelegramClient( and new JettyTelegramClient( because their (token, TelegramUrl) overloads take the endpoint as a positional argument. Residual risk on the listed ones: the v7+ app's 4-argument registerBot(token, () -> telegramUrl, ...) and the v6 bot's DefaultBotOptions.setBaseUrl are set outside the constructor call, so a local Bot API server configured that way is not seen. setBaseUrl = v6 DefaultBotOptions; host/setHost = TelegramUrl builder/setter. No env var is read. Bots declared only as 'extends TelegramLongPollingBot' cannot be matched by a constructor pattern. Verified at v9.4.0 (TelegramUrl) and v6.9.7.1 (ApiConstants/DefaultBotOptions)."
    },
    {
      id: "google-genai-java",
      language: "jvm",
      package: "com.google.genai",
      imports: ["com.google.genai"],
      constructors: ["new Client(", "Client.builder("],
      hosts: [
        {
          host: "generativelanguage.googleapis.com",
          port: 443,
          why: 'ApiClient.defaultHttpOptions sets baseUrl "https://generativelanguage.googleapis.com" for the Gemini Developer API, the default when vertexAI is not set and GOOGLE_GENAI_USE_VERTEXAI is unset/false'
        }
      ],
      overrides: {
        options: ["baseUrl", "vertexAI", "enterprise"],
        env: ["GOOGLE_GEMINI_BASE_URL", "GOOGLE_GENAI_USE_VERTEXAI"],
        calls: ["Client.setDefaultBaseUrls("]
      },
      source: "googleapis/java-genai:src/main/java/com/google/genai/ApiClient.java",
      notes: "Vertex AI mode (.vertexAI(true)/.enterprise(true) or GOOGLE_GENAI_USE_VERTEXAI=true) calls https://{GOOGLE_CLOUD_LOCATION}-aiplatform.googleapis.com, or aiplatform.googleapis.com for location global / API-key express mode; its base URL env is GOOGLE_VERTEX_BASE_URL. 'baseUrl' is the HttpOptions builder method passed via .httpOptions(...); an HttpOptions built elsewhere is not visible in the chain. The only public constructor is new Client() (no positional endpoint). 'enterprise' appears only in newer versions of Client.java; an environment variable for it is not listed, as the line that reads it was not seen. 'new Client(' is a generic name: rely on the com.google.genai import."
    },
    {
      id: "sendgrid-go",
      language: "go",
      package: "github.com/sendgrid/sendgrid-go",
      imports: ["github.com/sendgrid/sendgrid-go"],
      constructors: ["sendgrid.NewSendClient(", "sendgrid.NewSendClientSubuser("],
      hosts: [
        {
          host: "api.sendgrid.com",
          port: 443,
          why: "NewSendClient builds its request with an empty host, which requestNew replaces with https://api.sendgrid.com"
        }
      ],
      overrides: {
        options: [],
        env: []
      },
      source: "sendgrid/sendgrid-go:sendgrid.go",
      notes: "sendgrid.GetRequest(key, endpoint, host) takes the host as a positional argument and is left out; an empty host there means the same default."
    },
    {
      id: "cloudinary-python",
      language: "python",
      package: "cloudinary",
      imports: ["cloudinary"],
      constructors: [
        "cloudinary.uploader.upload(",
        "cloudinary.uploader.unsigned_upload(",
        "cloudinary.uploader.upload_image(",
        "cloudinary.uploader.upload_resource(",
        "cloudinary.uploader.upload_large(",
        "cloudinary.uploader.destroy(",
        "cloudinary.uploader.rename(",
        "cloudinary.uploader.explicit(",
        "cloudinary.uploader.add_tag(",
        "cloudinary.uploader.remove_tag(",
        "cloudinary.uploader.replace_tag(",
        "cloudinary.uploader.remove_all_tags(",
        "cloudinary.uploader.add_context(",
        "cloudinary.uploader.remove_all_context(",
        "cloudinary.uploader.update_metadata(",
        "cloudinary.uploader.create_archive(",
        "cloudinary.uploader.create_zip(",
        "cloudinary.uploader.generate_sprite(",
        "cloudinary.uploader.multi(",
        "cloudinary.uploader.explode(",
        "cloudinary.uploader.text(",
        "cloudinary.uploader.create_slideshow(",
        "uploader.upload(",
        "uploader.upload_large(",
        "uploader.destroy(",
        "cloudinary.api.ping(",
        "cloudinary.api.usage(",
        "cloudinary.api.resources(",
        "cloudinary.api.resources_by_tag(",
        "cloudinary.api.resources_by_ids(",
        "cloudinary.api.resource(",
        "cloudinary.api.update(",
        "cloudinary.api.delete_resources(",
        "cloudinary.api.delete_resources_by_prefix(",
        "cloudinary.api.root_folders(",
        "cloudinary.api.subfolders(",
        "cloudinary.api.create_folder(",
        "cloudinary.api.delete_folder("
      ],
      hosts: [
        {
          host: "api.cloudinary.com",
          port: 443,
          why: "upload_prefix falls back to the literal https://api.cloudinary.com; requests go to {prefix}/v1_1/{cloud_name}/... (uploader: utils.base_api_url; Admin API: api_client/call_api.py)"
        }
      ],
      overrides: {
        options: ["upload_prefix"],
        env: ["CLOUDINARY_URL", "CLOUDINARY_UPLOAD_PREFIX"],
        calls: [".upload_prefix ="],
        configure: ["cloudinary.config("]
      },
      source: "cloudinary/pycloudinary:cloudinary/utils.py",
      notes: "Also in cloudinary/api_client/call_api.py. cloudinary.config( makes no request (code that only builds delivery links on res.cloudinary.com calls it too), so it is no constructor; with upload_prefix= in it, it re-points every call in the file. CLOUDINARY_URL can carry ?upload_prefix=<url> (its query keys become config keys); CLOUDINARY_UPLOAD_PREFIX is read only when CLOUDINARY_CLOUD_NAME is set. A Django settings.CLOUDINARY dict can set upload_prefix too (not modelled). api_proxy routes through a proxy; the target stays api.cloudinary.com. Left out: the URL and tag builders (CloudinaryImage(...).build_url(), cloudinary.utils.cloudinary_url), which make no request, and cloudinary.Search(, which requests only at .execute()."
    },
    {
      id: "cloudinary-node",
      language: "javascript",
      package: "cloudinary",
      imports: ["cloudinary"],
      constructors: [
        ".uploader.upload(",
        ".uploader.upload_stream(",
        ".uploader.unsigned_upload(",
        ".uploader.unsigned_upload_stream(",
        ".uploader.upload_large(",
        ".uploader.upload_chunked(",
        ".uploader.upload_large_stream(",
        ".uploader.upload_chunked_stream(",
        ".uploader.explicit(",
        ".uploader.destroy(",
        ".uploader.rename(",
        ".uploader.add_tag(",
        ".uploader.remove_tag(",
        ".uploader.replace_tag(",
        ".uploader.remove_all_tags(",
        ".uploader.add_context(",
        ".uploader.remove_all_context(",
        ".uploader.update_metadata(",
        ".uploader.create_archive(",
        ".uploader.create_zip(",
        ".uploader.generate_sprite(",
        ".uploader.multi(",
        ".uploader.explode(",
        ".uploader.text(",
        "uploader.upload(",
        "uploader.upload_stream(",
        ".api.ping(",
        ".api.usage(",
        ".api.resources(",
        ".api.resources_by_tag(",
        ".api.resources_by_ids(",
        ".api.resource(",
        ".api.update(",
        ".api.delete_resources(",
        ".api.delete_resources_by_prefix(",
        ".api.root_folders(",
        ".api.sub_folders(",
        ".api.create_folder(",
        ".api.delete_folder("
      ],
      hosts: [
        {
          host: "api.cloudinary.com",
          port: 443,
          why: 'UPLOAD_PREFIX = "https://api.cloudinary.com" is the fallback of the upload_prefix option/config key; URLs are {prefix}/v1_1/{cloud_name}/...'
        }
      ],
      overrides: {
        options: ["upload_prefix"],
        env: ["CLOUDINARY_URL"],
        calls: [".upload_prefix ="],
        configure: [".config("]
      },
      source: "cloudinary/cloudinary_npm:lib/utils/consts.js",
      notes: "Used by lib/utils/index.js base_api_url. Leading-dot patterns cover cloudinary.uploader.x(, cloudinary.v2.uploader.x( and any alias. config({ upload_prefix }) on any receiver re-points every call in the file; a config( without it (credentials, cloud name) changes nothing. CLOUDINARY_URL's query string (?upload_prefix=...) is copied into the config (lib/config.js); this SDK does not read CLOUDINARY_UPLOAD_PREFIX. Left out: cloudinary.url/image/video and the uploader's upload_url, image_upload_tag, direct_upload and download_* helpers, which build links without a request."
    },
    {
      id: "cloudinary-java",
      language: "jvm",
      package: "com.cloudinary",
      imports: ["com.cloudinary"],
      constructors: [".uploader(", ".api("],
      hosts: [
        {
          host: "api.cloudinary.com",
          port: 443,
          why: "upload_prefix option / Configuration.uploadPrefix falls back to the literal https://api.cloudinary.com (Cloudinary.cloudinaryApiUrl, Api.createApiUrl)"
        }
      ],
      overrides: {
        options: ["setUploadPrefix"],
        env: ["CLOUDINARY_URL"],
        calls: [".uploadPrefix ="]
      },
      source: "cloudinary/cloudinary_java:cloudinary-core/src/main/java/com/cloudinary/Cloudinary.java",
      notes: `Also in Api.java and strategies/AbstractUploaderStrategy.java. new Cloudinary( is left out: it makes no request, and code that only calls cloudinary.url() builds res.cloudinary.com links with it; .uploader( and .api( are where requests start. An upload_prefix passed as ObjectUtils.asMap("upload_prefix", url), or in the query string of a cloudinary:// URL (the constructor's or CLOUDINARY_URL's), re-points the client where the table cannot see it; Spring applications usually build the Cloudinary bean in another file. CLOUDINARY_URL is read only by the no-argument new Cloudinary().`
    },
    {
      id: "replicate-python",
      language: "python",
      package: "replicate",
      imports: ["replicate"],
      constructors: [
        "replicate.Client(",
        "replicate.Replicate(",
        "replicate.AsyncReplicate(",
        "Replicate(",
        "AsyncReplicate(",
        "replicate.run(",
        "replicate.async_run(",
        "replicate.stream(",
        "replicate.async_stream(",
        "replicate.predictions.create(",
        "replicate.models.get("
      ],
      hosts: [
        {
          host: "api.replicate.com",
          port: 443,
          why: "base_url or REPLICATE_BASE_URL or the literal https://api.replicate.com (v1 client.py); v2 beta: https://api.replicate.com/v1"
        }
      ],
      overrides: {
        options: ["base_url"],
        env: ["REPLICATE_BASE_URL"],
        calls: ["replicate.base_url ="]
      },
      source: "replicate/replicate-python:replicate/client.py",
      notes: "REPLICATE_API_BASE_URL does not exist; the SDK reads REPLICATE_BASE_URL (v1 client.py _build_httpx_client; v2 beta src/replicate/_client.py). base_url is keyword-only in Client(api_token=None, *, base_url=None). replicate.base_url = is the v2 (2.0.0 beta, replicate/replicate-python-beta, Replicate/AsyncReplicate classes) module-client setting; v1 has no such setting. Bare Client( left out as too generic (replicate.Client is v1's class; v2 aliases Client = Replicate). Outputs are FileOutput objects whose URLs (replicate.delivery etc.) come from API responses, not a default in code: left out."
    },
    {
      id: "replicate-node",
      language: "javascript",
      package: "replicate",
      imports: ["replicate"],
      constructors: ["new Replicate("],
      hosts: [
        {
          host: "api.replicate.com",
          port: 443,
          why: 'this.baseUrl = options.baseUrl || "https://api.replicate.com/v1"'
        }
      ],
      overrides: {
        options: ["baseUrl"],
        env: []
      },
      source: "replicate/replicate-javascript:index.js",
      notes: "The SDK reads only REPLICATE_API_TOKEN from the environment (no base-URL variable). baseUrl is also a public property (client.baseUrl = ...) and request() accepts a URL object route; neither modelled. options.fetch can swap the fetch function (not a host). Checked against the published npm tarball replicate@1.4.0 (latest)."
    }
  ]
};

// src/scan/sdk/table.ts
var SDK_TABLE = sdk_defaults_default;
var BY_LANGUAGE = /* @__PURE__ */ new Map();
for (const entry of SDK_TABLE.sdks) {
  const list = BY_LANGUAGE.get(entry.language) ?? [];
  list.push(entry);
  BY_LANGUAGE.set(entry.language, list);
}
function entriesFor(language) {
  return BY_LANGUAGE.get(language) ?? [];
}
var PACKAGE_NEEDLES = /* @__PURE__ */ new Map();
var MODULE_NEEDLES = /* @__PURE__ */ new Map();
for (const [language, entries] of BY_LANGUAGE) {
  const needles = [...new Set(entries.flatMap((e) => e.imports.map((i) => needle(e, i))))].sort();
  PACKAGE_NEEDLES.set(language, new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")));
  MODULE_NEEDLES.set(language, needles);
}
function needle(entry, pattern) {
  const literal2 = pattern.split("*")[0] ?? pattern;
  const dot = literal2.lastIndexOf(".");
  return entry.language === "python" && dot > 0 ? literal2.slice(0, dot) : literal2;
}
var IMPORT_HEAD = 8192;
function mayImportAnySdk(text, language) {
  const needles = PACKAGE_NEEDLES.get(language);
  if (!needles) return false;
  return needles.test(text.length > IMPORT_HEAD ? text.slice(0, IMPORT_HEAD) : text);
}
function importsAnySdkModule(modules, language) {
  const needles = MODULE_NEEDLES.get(language);
  return needles !== void 0 && modules.some((m) => needles.some((n) => m.startsWith(n)));
}

// src/scan/environment-names.ts
var SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var BINDER_HEAD = 4096;
var BINDERS = /* @__PURE__ */ new Map();
for (const language of new Set(environment_reads_default.binders.map((b) => b.language))) {
  const markers = environment_reads_default.binders.filter((b) => b.language === language).map((b) => escapeRegExp(b.marker));
  BINDERS.set(language, new RegExp(markers.join("|")));
}
function environmentOf(file, text, language = languageOf(file)) {
  const names2 = screamingSnakeWords(text);
  const binders = language === void 0 ? void 0 : BINDERS.get(language);
  const binder = binders?.exec(text.length > BINDER_HEAD ? text.slice(0, BINDER_HEAD) : text)?.[0];
  if (names2.size === 0 && binder === void 0) return void 0;
  return { file, names: [...names2].sort().join("\n"), ...binder !== void 0 ? { binder } : {} };
}
function screamingSnakeWords(text) {
  const names2 = /* @__PURE__ */ new Set();
  for (let at = text.indexOf("_"); at !== -1; ) {
    let start = at;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
    const first = text.charCodeAt(start);
    if (first >= 65 && first <= 90) {
      const word = text.slice(start, end);
      if (SCREAMING_SNAKE.test(word)) names2.add(word);
    }
    at = text.indexOf("_", end);
  }
  return names2;
}
var UNSCANNED = new Map(environment_reads_default.unscannedCode.map((c) => [c.extension, c.why]));
var TEMPLATES = new Map(environment_reads_default.templates.map((t) => [t.extension, t]));

// src/scan/address-names.ts
var CAPITALISED = ["Url", "URL", "Uri", "URI", "Endpoint", "Host", "Addr", "Server"];
var AFTER_UNDERSCORE = ["_url", "_uri", "_endpoint", "_host", "_addr", "_server"];
var STARTS_AFTER_UNDERSCORE = new Set(AFTER_UNDERSCORE.map((w) => w.charCodeAt(1)));
var PROBE = 6;
function isAddressName(name) {
  return addressNamesIn(name)?.[0] === name;
}
function addressNamesIn(text) {
  const names2 = /* @__PURE__ */ new Set();
  for (const word of CAPITALISED) {
    const probe = word.slice(0, PROBE);
    for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + probe.length)) {
      if (at > 0 && isLowerOrDigit(text.charCodeAt(at - 1)) && text.startsWith(word, at))
        addName(text, at, word, names2);
    }
  }
  for (let at = text.indexOf("_"); at !== -1; at = text.indexOf("_", at + 1)) {
    if (!STARTS_AFTER_UNDERSCORE.has(text.charCodeAt(at + 1))) continue;
    const word = AFTER_UNDERSCORE.find((w) => text.startsWith(w, at));
    if (word !== void 0) addName(text, at, word, names2);
  }
  return names2.size > 0 ? [...names2].sort() : void 0;
}
function addName(text, at, word, names2) {
  let end = at + word.length;
  if (text.startsWith("name", end) && word.endsWith("ost")) end += 4;
  else if (text.startsWith("ess", end) && word.endsWith("ddr")) end += 3;
  if (end < text.length && isIdentChar(text.charCodeAt(end))) return;
  let start = at;
  while (start > 0 && isIdentChar(text.charCodeAt(start - 1))) start--;
  const first = text.charCodeAt(start);
  if (start === at || first >= 48 && first <= 57) return;
  names2.add(text.slice(start, end));
}
function isLowerOrDigit(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57;
}

// src/scan/request-calls.ts
var GLOBAL_REQUEST = /\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bEventSource\b|\bsendBeacon\b|\$\.(?:ajax|get|post|getJSON)\b/;
var REQUEST_PARTS = ["fetch", "XMLHtt", "WebSoc", "EventS", "Beacon", "$."];
var RUNS_COMMAND = /\bos\.(?:system|popen|exec\w*|spawn\w*)\s*\(/;
function runsCommand(text) {
  return text.includes("os.") && RUNS_COMMAND.test(text);
}
function callsGlobalRequest(text) {
  return REQUEST_PARTS.some((part) => text.includes(part)) && GLOBAL_REQUEST.test(text);
}

// src/scan/file-kind.ts
var EXAMPLE_CODE = /(?:^|\/)src\/(?:[^/]+\/)*(?:examples?|samples?)\//;
var EXAMPLE_PACKAGE = /(\bsrc\/(?:main|test)\/(?:java|kotlin|scala|groovy)\/[a-z]{2,6}\/)(?:examples?|samples?)\//;
var EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|samples|template|tmpl|dist)(?:[._-]|$)/i;
var MOCK_FILE = /(?:^|[._-])(?:mock|mocks|mocked|fake|fakes|dummy|stub|stubs)(?:[._-]|$)/i;
var ASSET_DATA = /(?:^|\/)assets\/(?:[^/]+\/)*[^/]+\.(?:ya?ml|json|csv|tsv|xml)$/i;
var BUILD_TOOL_FILES = /* @__PURE__ */ new Set([
  "maven-wrapper.properties",
  "gradle-wrapper.properties",
  "gradle.properties",
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
  ".pypirc",
  "pip.conf",
  ".bowerrc",
  "nuget.config",
  // Deploy tools: the chart repositories and registries they name are fetched by whoever deploys, not by a pod.
  "helmfile.yaml",
  "helmfile.yml",
  "helmfile.yaml.gotmpl",
  "requirements.yaml",
  "skaffold.yaml",
  "skaffold.yml",
  "devspace.yaml",
  "werf.yaml",
  // Zarf and UDS package and bundle definitions: read by their CLIs when a package is built or deployed.
  "zarf.yaml",
  "zarf-config.yaml",
  "zarf-config.toml",
  "uds-bundle.yaml",
  "uds-config.yaml"
]);
function wholeFileClass(path3, text) {
  const base = baseName2(path3);
  if (EXAMPLE_CODE.test(path3.replace(EXAMPLE_PACKAGE, "$1_/")))
    return { class: "mention", reason: "example code inside a source tree: it shows how to call, nothing runs it" };
  if (BUILD_TOOL_FILES.has(base.toLowerCase()))
    return {
      class: "build",
      reason: `${base} configures a build or deploy tool: it downloads while building or deploying, not at run time`
    };
  if (EXAMPLE_FILE.test(base))
    return { class: "mention", reason: "an example or template file, for people to copy; nothing reads it" };
  if (MOCK_FILE.test(base))
    return {
      class: "mention",
      reason: `${base} is named as made-up data for tests or demos: nothing calls what it holds`
    };
  if (isClientModule(base, text))
    return {
      class: "browser",
      reason: `${base} starts with the "use client" directive: it runs in the browser, which makes this call`
    };
  if (isHandRunScript(base, text))
    return {
      class: "mention",
      reason: `${base} is a script someone runs by hand: a name with a hyphen cannot be imported, so no program loads it`
    };
  const data = /\.(?:ya?ml|json)$/i.test(base);
  if (ASSET_DATA.test(path3))
    return {
      class: "mention",
      reason: `${base} is data the program bundles as an asset: the links in it are content it reads, not where it connects`
    };
  if (data && isTaskRunnerFile(text))
    return {
      class: "build",
      reason: `${base} holds a task runner's tasks (actions with cmd or wait): they run on a developer's machine or in CI`
    };
  return data ? documentClass(base, text) : void 0;
}
function documentClass(name, text) {
  const api = apiDocumentKind(text);
  if (api) return { class: "mention", reason: `${api}: it describes an API and calls nothing` };
  if (name.toLowerCase().endsWith(".json") && /"panels"\s*:/.test(text) && /"schemaVersion"\s*:/.test(text))
    return { class: "mention", reason: "a Grafana dashboard: its links are for people" };
  return void 0;
}
function isClientModule(base, text) {
  if (!/\.[cm]?[jt]sx?$/i.test(base)) return false;
  let i = 0;
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith("//", i)) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) return false;
      i = nl + 1;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) return false;
      i = close + 2;
    } else break;
  }
  return text.startsWith('"use client"', i) || text.startsWith("'use client'", i);
}
function isTaskRunnerFile(text) {
  return text.includes("tasks:") && /^tasks:\s*$/m.test(text) && /^\s+actions:\s*$/m.test(text) && /^\s+-?\s*(?:cmd|wait|task):/m.test(text);
}
function isHandRunScript(base, text) {
  return /\.py$/i.test(base) && !/^[A-Za-z_]\w*\.py$/i.test(base) && /^if\s+__name__\s*==\s*["']__main__["']\s*:/m.test(text);
}
function apiDocumentKind(text) {
  if (!text.includes("swagger") && !text.includes("openapi") && !text.includes("asyncapi")) return void 0;
  const m = /^["']?(openapi|swagger|asyncapi)["']?\s*:\s*["']?\d/m.exec(text) ?? /^\s*"(openapi|swagger|asyncapi)"\s*:\s*"\d/m.exec(text);
  if (!m) return void 0;
  return m[1] === "asyncapi" ? "an AsyncAPI document" : "an OpenAPI document";
}
function dockerfileBuildLines(text) {
  const out = /* @__PURE__ */ new Set();
  const lines = text.split("\n");
  const stages = [];
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    if (!continued) {
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(lines[i]);
      if (from)
        stages.push({ from: i, base: from[1].toLowerCase(), ...from[2] ? { name: from[2].toLowerCase() } : {} });
    }
    continued = /\\\s*$/.test(lines[i]);
  }
  const runtime = /* @__PURE__ */ new Set();
  for (let s = stages.length - 1; s >= 0; ) {
    runtime.add(s);
    const base = stages[s].base;
    let parent = -1;
    for (let k = s - 1; k >= 0 && parent === -1; k--) if (stages[k].name === base) parent = k;
    s = parent;
  }
  let stage = -1;
  let building = false;
  continued = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!continued) {
      if (stage + 1 < stages.length && stages[stage + 1].from === i) stage++;
      const instruction = /^\s*([A-Za-z]+)/.exec(line)?.[1]?.toUpperCase();
      building = instruction !== void 0 && (!RUNTIME_INSTRUCTIONS.has(instruction) || stage >= 0 && !runtime.has(stage));
    }
    if (building) out.add(i + 1);
    continued = /\\\s*$/.test(line);
  }
  return out;
}
var RUNTIME_INSTRUCTIONS = /* @__PURE__ */ new Set(["ENV", "CMD", "ENTRYPOINT"]);

// src/scan/module-imports.ts
var KEYWORD = /\b(?:from|import|require)\b/g;
var RELATIVE_START = /["'`]\.{1,2}\//g;
var STATIC = /(?:from|import|require(?:\.resolve)?)\s*\(?\s*(?:(["'])([^"'\n]{1,300})\1|`([^`$\n]{1,300})`)/y;
var RELATIVE = /(["'`])(\.\.?\/[^"'`\n$]{0,300})\1/y;
var TEMPLATE = /(?:import|require)\s*\(\s*`([^`$\n]{0,300})\$\{/y;
var COMPUTED = /(?:import|require)\s*\(\s*(?![\s"'`)])/y;
var CODE = /\.(?:[cm]?[jt]sx?)$/i;
function importsOf(file, text, language = languageOfText(file, text)) {
  const scripts = shellScriptsNamed(text, language === "shell" ? "every form" : "sh only");
  const modules = moduleImportsOf(file, text, language);
  if (scripts === void 0) return modules;
  return { ...modules ?? { file, specifiers: [] }, scripts };
}
var RUNS_A_FOLDER = /\*\.(?:sh|bash)\b|\brun-parts\b|docker-entrypoint\.d\b/;
var MAX_SCRIPT_NAME = 100;
function shellScriptsNamed(text, forms = "every form") {
  const names2 = /* @__PURE__ */ new Set();
  namesEndingIn(text, SH_END, names2);
  if (forms === "every form") {
    namesEndingIn(text, BASH_END, names2);
    if (RUNS_A_FOLDER.test(text)) names2.add("*.sh");
  }
  return names2.size === 0 ? void 0 : [...names2].sort();
}
var SH_END = /\.sh\b/g;
var BASH_END = /\.bash\b/g;
function namesEndingIn(text, ending, names2) {
  ending.lastIndex = 0;
  for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
    const at = m.index;
    let from = at;
    while (from > 0 && at - from < MAX_SCRIPT_NAME && isNameChar(text.charCodeAt(from - 1))) from--;
    if (from < at) names2.add(text.slice(from, at + m[0].length));
  }
}
function isNameChar(c) {
  return isAsciiWordChar(c) || c === 46 || c === 45;
}
function readsModules(file, language) {
  return language === "python" || language === "javascript" && (CODE.test(file) || isBinScript(file));
}
function moduleImportsOf(file, text, language) {
  if (!readsModules(file, language)) return void 0;
  if (language === "python") return pythonImportsOf(file, text);
  const specifiers = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Set();
  let computed = false;
  for (const m of text.matchAll(KEYWORD)) {
    const at = m.index;
    const fixed2 = matchAt(STATIC, text, at);
    if (fixed2) {
      specifiers.add(fixed2[2] ?? fixed2[3]);
      continue;
    }
    if (text[at] === "f") continue;
    const template2 = matchAt(TEMPLATE, text, at);
    if (template2) prefixes.add(template2[1]);
    else if (!computed && matchAt(COMPUTED, text, at) && isLoaderCall(text, at)) computed = true;
  }
  for (const m of text.matchAll(RELATIVE_START)) {
    const relative = matchAt(RELATIVE, text, m.index);
    if (relative) specifiers.add(relative[2]);
  }
  const client = isClientModule(baseName2(file), text);
  const addressNames = addressNamesIn(text);
  return {
    file,
    specifiers: [...specifiers].sort(),
    ...prefixes.size ? { prefixes: [...prefixes].sort() } : {},
    ...computed ? { computed: true } : {},
    ...client ? { client: true } : {},
    ...addressNames ? { addressNames } : {},
    ...callsGlobalRequest(text) ? { requests: true } : {}
  };
}
function matchAt(re, text, at) {
  re.lastIndex = at;
  return re.exec(text);
}
function isLoaderCall(text, at) {
  const before = text[at - 1];
  if (before === "." || before === "$") return false;
  return !/function\s*$/.test(text.slice(Math.max(0, at - 10), at));
}
var PY_IMPORT = /[ \t]*import[ \t]+([\w. \t,]+)/y;
var PY_FROM = /[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^()]*\)|(?:[^\n\\]|\\\r?\n)+)/y;
var PY_LOADER = /\b(?:import_module|__import__)\s*\(\s*(?:(["'])([\w.]+)\1)?/g;
var PY_SCRIPT = /["']([\w./-]+\.py)["']/g;
function pythonImportsOf(file, text) {
  const specifiers = /* @__PURE__ */ new Set();
  let computed = false;
  if (text.includes("import")) {
    for (const m of lineStartMatches(text, "import", PY_IMPORT))
      for (const part of m[1].split(",")) {
        const name = part.trim().split(/[ \t]+/)[0];
        if (name) specifiers.add(name);
      }
    for (const m of lineStartMatches(text, "from", PY_FROM)) {
      const base = m[1];
      specifiers.add(base);
      const names2 = m[2].replace(/[()\\]/g, " ").split(",");
      for (const part of names2) {
        const name = part.trim().split(/\s+/)[0];
        if (!name || name === "*" || !/^\w+$/.test(name)) continue;
        specifiers.add(base.endsWith(".") ? `${base}${name}` : `${base}.${name}`);
      }
    }
    for (const m of text.matchAll(PY_LOADER)) {
      if (m[2]) specifiers.add(m[2]);
      else computed = true;
    }
  }
  if (text.includes(".py")) for (const m of text.matchAll(PY_SCRIPT)) specifiers.add(m[1]);
  const addressNames = addressNamesIn(text);
  return {
    file,
    specifiers: [...specifiers].sort(),
    ...computed ? { computed: true } : {},
    ...addressNames ? { addressNames } : {},
    ...runsCommand(text) ? { requests: true } : {}
  };
}
function lineStartMatches(text, word, pattern) {
  const out = [];
  let done = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    let start = at;
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
    if (start < done || start > 0 && !isLineTerminator(text.charCodeAt(start - 1))) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m === null) continue;
    out.push(m);
    done = pattern.lastIndex;
  }
  return out;
}
function isLineTerminator(c) {
  return c === 10 || c === 13 || c === 8232 || c === 8233;
}

// src/scan/ignore.ts
var IGNORE_DIRECTIVE = "egress-lint-ignore";
var RULE_LIST = /^[ \t]*([a-z][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z][a-z0-9-]*)*)/;
function ignoreDirectives(text, comments, lines) {
  const byLine = /* @__PURE__ */ new Map();
  const add = (line, rules) => {
    const set = byLine.get(line) ?? /* @__PURE__ */ new Set();
    for (const r of rules) set.add(r);
    byLine.set(line, set);
  };
  for (let at = text.indexOf(IGNORE_DIRECTIVE); at !== -1; at = text.indexOf(IGNORE_DIRECTIVE, at + 1)) {
    const comment = enclosingComment(comments, at);
    if (comment === -1) continue;
    const commentStart = comments[2 * comment] ?? 0;
    const commentEnd = comments[2 * comment + 1] ?? 0;
    const after = at + IGNORE_DIRECTIVE.length;
    const following = text.charCodeAt(after);
    if (after < commentEnd && (following === 45 || /[A-Za-z0-9_]/.test(text[after] ?? ""))) continue;
    const m = RULE_LIST.exec(text.slice(after, Math.min(commentEnd, after + 300)));
    const rules = m?.[1] ? m[1].split(",").map((r) => r.trim()) : ["*"];
    add(lines.line(at), rules);
    add(lines.line(Math.max(commentStart, commentEnd - 1)) + 1, rules);
  }
  return byLine;
}
function ignoredRulesAt(byLine, line) {
  const rules = byLine.get(line);
  return rules ? [...rules].sort() : [];
}
function enclosingComment(comments, offset) {
  let lo = 0;
  let hi = comments.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const start = comments[2 * mid] ?? 0;
    const end = comments[2 * mid + 1] ?? 0;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// src/scan/host-part.ts
function hostPart(text, start, end) {
  if (start >= end) return void 0;
  let hostEnd = end;
  if (text.charCodeAt(start) === 91) {
    const close = text.indexOf("]", start);
    if (close === -1 || close >= end) return void 0;
    hostEnd = close + 1;
    if (hostEnd < end && text.charCodeAt(hostEnd) !== 58) return void 0;
  } else {
    let colons = 0;
    for (let i = end - 1; i >= start; i--) {
      if (text.charCodeAt(i) === 58) {
        colons++;
        hostEnd = i;
      }
    }
    if (colons >= 2) hostEnd = end;
  }
  if (hostEnd - start > 256) return void 0;
  const written = text.slice(start, hostEnd);
  if (isTemplated(written)) return void 0;
  const host = normalizeHost(written);
  if (!host) return void 0;
  if (hostEnd >= end) return { host };
  const portText = text.slice(hostEnd + 1, end);
  if (portText.length === 0) return { host };
  const port = parsePort(portText);
  if (port !== void 0) return { host, port };
  return isTemplated(portText) ? { host, port: 0 } : void 0;
}
function isTemplated(s) {
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 36:
      // $
      case 123:
      // {
      case 125:
      // }
      case 37:
      // %
      case 60:
      // <
      case 62:
      // >
      case 42:
        return true;
    }
  }
  return false;
}

// src/knowledge/name-words.json
var name_words_default = {
  $comment: "Words of the names a value is bound to (`DB_HOST`, `runbook_url`, `apiBaseURL`, split into lower-case words) and what they say about the value: an address the program connects to, a link for people, an identifier, one of the service's own inbound names, sample data. src/scan/key-role.ts, src/scan/contact-record.ts and src/provenance/request-free-readers.ts read them; how a name's words are weighed (its last word, any word, the whole name) is code there. Reviewed like code: a vocabulary says what its words mean, and a word that needs it says why.",
  version: 1,
  vocabularies: {
    host: {
      means: "The last word of a name whose value is where the program connects: a bare host counts as well as a URL.",
      words: [
        "host",
        "hosts",
        "hostname",
        "hostnames",
        "fqdn",
        "endpoint",
        "endpoints",
        "server",
        "servers",
        "address",
        "addresses",
        "addr",
        "addrs",
        "url",
        "urls",
        "uri",
        "uris",
        "dsn",
        "broker",
        "brokers",
        "connect",
        "connection"
      ]
    },
    identifier: {
      means: "The last word of a name whose value names a vocabulary, a document, a permission or a kind of thing, or is a pattern addresses are matched against: nothing is reported.",
      words: [
        "ns",
        "xmlns",
        "namespace",
        "namespaceuri",
        "schema",
        "schemalocation",
        "license",
        "licence",
        "homepage",
        "audience",
        "aud",
        "issuer",
        "iss",
        "action",
        "scope",
        "scopes",
        "type",
        "pattern",
        "patterns"
      ],
      comments: {
        issuer: "A token's issuer is compared with its `iss` claim; the keys are fetched from a URL of their own (jwks_uri).",
        iss: "A token's issuer claim, compared, not fetched.",
        action: "SOAPAction, xsl:action: a URI that names an operation, not where to connect.",
        scope: "OAuth scopes (`https://www.googleapis.com/auth/drive.readonly`): URIs that name a permission.",
        scopes: "OAuth scopes: URIs that name a permission.",
        type: "A type URI (RFC 9457 problem details' `type`, JSON-LD's and ActivityStreams' `type`) names a kind of thing.",
        pattern: "Patterns an address is matched against (Next.js `images.remotePatterns`): what may be fetched, not a fetch.",
        patterns: "Patterns an address is matched against: what may be fetched, not a fetch."
      }
    },
    inbound: {
      means: "A word anywhere in a name whose value is a name others use to reach this service (`ALLOWED_HOSTS`, `redirect_uri`, `listen_address`): not egress.",
      words: [
        "allowed",
        "trusted",
        "cors",
        "csrf",
        "listen",
        "bind",
        "callback",
        "redirect",
        "origin",
        "origins",
        "ingress",
        "inbound",
        "canonical",
        "cookie"
      ]
    },
    license: {
      means: "The first of two words of a link to a licence's text, as API metadata writes it (Springfox's `licenseUrl`, `info.license_url`): for people to read. A license server's address (`LICENSE_SERVER_URL`) has more words, and is a connection.",
      words: ["license", "licence"]
    },
    link: {
      means: "The last word of a name whose value is a link, not only an address: `url`, `uri`, `link`.",
      words: ["url", "uri", "link"]
    },
    message: {
      means: "The last word of a call or key that takes a message: loggers, printers, errors and text fields. A host in the value is a mention.",
      words: [
        "log",
        "debug",
        "debugf",
        "info",
        "infof",
        "warn",
        "warnf",
        "warning",
        "warningf",
        "error",
        "errorf",
        "fatal",
        "fatalf",
        "panic",
        "panicf",
        "print",
        "printf",
        "println",
        "puts",
        "echo",
        "trace",
        "exception",
        "message",
        "messages",
        "msg",
        "description",
        "desc",
        "summary",
        "title",
        "detail",
        "details",
        "hint",
        "tooltip",
        "caption",
        "prompt",
        "instructions",
        "href"
      ]
    },
    document: {
      means: "A word anywhere in a name that makes its value a link for people to follow (`runbook_url`, `docsUrl`).",
      words: [
        "runbook",
        "dashboard",
        "docs",
        "doc",
        "documentation",
        "wiki",
        "help",
        "readme",
        "website",
        "terms",
        "tos",
        "termsofservice",
        "changelog",
        "support",
        "feedback",
        "contact",
        "icon",
        "logo",
        "avatar",
        "favicon",
        "externaldocs",
        "guide",
        "tutorial",
        "qr",
        "qrcode"
      ],
      comments: {
        qr: "What a QR code holds is a link for a phone to open (`generateFiscalQrUrl`).",
        qrcode: "What a QR code holds is a link for a phone to open."
      }
    },
    sample: {
      means: "A word anywhere in a name that makes the value sample data (`fake_ip_addresses`, `exampleUrl`, `MOCK_HOST`).",
      words: ["fake", "dummy", "mock", "mocked", "sample", "samples", "example", "examples", "placeholder"]
    },
    profile: {
      means: "The last word of a name whose value is a person's or a project's page, for people to follow (`author.twitter`).",
      words: ["twitter", "blog", "linkedin", "facebook", "instagram", "mastodon", "portfolio"]
    },
    picture: {
      means: "The last word of a name, or the word before its last `url`, `uri`, `link` or `src`, whose value is a picture a page shows (`Image`, `imageUrl`, `product_photo`, `thumbnail_src`): the browser loads it, as it does a path ending in `.png`. A service named after pictures (`IMAGE_SERVICE_URL`, `imageProxyHost`) has another last word, and is called.",
      words: [
        "image",
        "images",
        "img",
        "photo",
        "photos",
        "picture",
        "pictures",
        "thumbnail",
        "thumbnails",
        "thumb",
        "banner",
        "poster"
      ]
    },
    referrer: {
      means: "The last word of a name whose value is the page a visitor came from: data to count, never an address to call.",
      words: ["referrer", "referrers", "referer", "referers"]
    },
    profileNames: {
      means: "Whole names (lower-cased) of links to pages about the subject: schema.org's `sameAs` (its profiles elsewhere).",
      words: ["sameas"]
    },
    store: {
      means: "The first word of a method that keeps what it is given (`addArticle`, `saveUser`, `insertRow`, `seedData`): a URL among its arguments is data the code stores or returns, not an address it connects to. A name whose last word is a host word (`addEndpoint`, `appendUrl`) still is one.",
      words: ["add", "append", "insert", "save", "store", "seed"]
    },
    cspDirectives: {
      means: 'Content-Security-Policy directives, without `-src`, written as keys (`scriptSrc: ["https://cdn.x.io"]`, `"connect-src": \u2026`): the sources a browser may load from or connect to, not where the server connects.',
      words: [
        "default",
        "script",
        "style",
        "img",
        "font",
        "connect",
        "frame",
        "media",
        "object",
        "worker",
        "manifest",
        "child",
        "prefetch"
      ]
    },
    ownAddress: {
      means: "Whole names (lower-cased) that say the value is the service's own address, as its users see it (Grafana's `root_url`).",
      words: ["root_url", "rooturl", "public_url", "publicurl", "site_url", "siteurl"]
    },
    schemaNames: {
      means: "Whole names (lower-cased) whose value names a schema by its URI (OpenTelemetry's `schema_url`, XML's `schemaLocation`): an identifier, never fetched. A schema registry's address (`SCHEMA_REGISTRY_URL`) is another name, and a connection.",
      words: ["schema_url", "schemaurl", "schemalocation", "schema_location"]
    },
    option: {
      means: "Words that make a name one a client library may take as an option (`baseUrl`, `apiHost`, `server_url`): every word of the name but its last is one of these. An object handed whole to the library is read there, under that name, where no file of the repository writes it.",
      words: [
        "base",
        "api",
        "server",
        "service",
        "root",
        "remote",
        "target",
        "default",
        "http",
        "https",
        "rest",
        "graphql",
        "ws",
        "wss",
        "public",
        "proxy",
        "upstream",
        "backend",
        "app",
        "web",
        "site",
        "full",
        "request",
        "client"
      ]
    },
    phone: {
      means: "Words of a key whose value is a number people dial: a URL in the same record is contact details, not an address the program connects to.",
      words: ["phone", "telephone", "tel", "fax", "mobile", "cellphone", "hotline"]
    }
  }
};

// src/scan/name-words.ts
function vocabulary(name) {
  return new Set(name_words_default.vocabularies[name].words);
}

// src/scan/key-role.ts
var HOST_WORDS = vocabulary("host");
var IDENTIFIER_WORDS = vocabulary("identifier");
var INBOUND_WORDS = vocabulary("inbound");
var LICENSE_WORDS = vocabulary("license");
var LINK_WORDS = vocabulary("link");
var MESSAGE_WORDS = vocabulary("message");
var DOCUMENT_WORDS = vocabulary("document");
var SAMPLE_WORDS = vocabulary("sample");
var PROFILE_WORDS = vocabulary("profile");
var PICTURE_WORDS = vocabulary("picture");
var REFERRER_WORDS = vocabulary("referrer");
var PROFILE_NAMES = vocabulary("profileNames");
var STORE_VERBS = vocabulary("store");
var OWN_ADDRESS = vocabulary("ownAddress");
var SCHEMA_NAMES = vocabulary("schemaNames");
var DIAL = "dial";
var HOST_NAME_HINT = anyWordOf([...HOST_WORDS, DIAL, ...UPSTREAM_DIRECTIVES]);
function anyWordOf(words) {
  const shortest = words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
  const escaped = [...new Set(shortest)].sort().map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("|"), "i");
}
function isLicenseLink(key) {
  const words = splitWords(lastPart(key));
  return words.length === 2 && LICENSE_WORDS.has(words[0]) && LINK_WORDS.has(words[1]);
}
function namesPicture(words) {
  const last2 = words[words.length - 1];
  const subject = last2 !== void 0 && (LINK_WORDS.has(last2) || last2 === "src") ? words[words.length - 2] : last2;
  return subject !== void 0 && PICTURE_WORDS.has(subject);
}
function isStoreName(key) {
  return key !== void 0 && keepsData(splitWords(key));
}
function keepsData(words) {
  return words.length > 1 && STORE_VERBS.has(words[0]) && !HOST_WORDS.has(words[words.length - 1]);
}
function isSampleName(key) {
  return key !== void 0 && splitWords(key).some((w) => SAMPLE_WORDS.has(w));
}
var CSP_DIRECTIVES = new Set([...vocabulary("cspDirectives")].map((d) => `${d}src`));
function isCspDirective(key) {
  return key !== void 0 && CSP_DIRECTIVES.has(lastPart(key).replace(/[-_]/g, "").toLowerCase());
}
function lastPart(key) {
  return key.slice(key.lastIndexOf(".") + 1);
}
function keyRole(key) {
  if (UPSTREAM_DIRECTIVES.has(key)) return "host";
  if (isCspDirective(key)) return "mention";
  if (OWN_ADDRESS.has(lastPart(key).toLowerCase())) return "inbound";
  if (SCHEMA_NAMES.has(lastPart(key).toLowerCase())) return "identifier";
  const first = lastPart(key).charCodeAt(0);
  if (first === 36 || first === 64) return "identifier";
  const words = splitWords(key);
  const last2 = words[words.length - 1];
  if (last2 === void 0) return "other";
  if (words.some((w) => INBOUND_WORDS.has(w))) return "inbound";
  if ((words.includes("frontend") || words.includes("portal")) && LINK_WORDS.has(last2)) return "inbound";
  if (words.includes("saml") && words.includes("sp")) return "inbound";
  if (IDENTIFIER_WORDS.has(last2) || words.includes("xmlns")) return "identifier";
  if (isLicenseLink(key)) return "mention";
  if (MESSAGE_WORDS.has(last2) || words.some((w) => DOCUMENT_WORDS.has(w) || SAMPLE_WORDS.has(w))) return "mention";
  if (PROFILE_WORDS.has(last2) || REFERRER_WORDS.has(last2) || keepsData(words) || namesPicture(words)) return "mention";
  if (PROFILE_NAMES.has(lastPart(key).toLowerCase())) return "mention";
  return HOST_WORDS.has(last2) || words[0] === DIAL ? "host" : "other";
}
function contextRole(name) {
  const role = keyRole(name);
  if (role === "identifier" || role === "inbound") return role;
  if (role !== "mention") return void 0;
  const words = splitWords(name);
  return words.length === 1 || words.some((w) => DOCUMENT_WORDS.has(w) || SAMPLE_WORDS.has(w)) ? role : void 0;
}
function splitWords(name) {
  const words = [];
  let start = -1;
  const flush = (end) => {
    if (start !== -1 && end > start) words.push(name.slice(start, end).toLowerCase());
    start = -1;
  };
  for (let i = Math.max(0, name.length - 200); i < name.length; i++) {
    const c = name.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    const digit2 = c >= 48 && c <= 57;
    if (!upper && !lower && !digit2) {
      flush(i);
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    const prev = name.charCodeAt(i - 1);
    const prevLower = prev >= 97 && prev <= 122 || prev >= 48 && prev <= 57;
    const prevUpper = prev >= 65 && prev <= 90;
    const next = i + 1 < name.length ? name.charCodeAt(i + 1) : 0;
    const nextLower = next >= 97 && next <= 122;
    if (upper && (prevLower || prevUpper && nextLower)) {
      flush(i);
      start = i;
    }
  }
  flush(name.length);
  return words;
}

// src/scan/scan-text.ts
function scanTextOf(text, emit2) {
  let separators = new Int32Array(16);
  let count = 0;
  for (let i = text.indexOf("://"); i !== -1; i = text.indexOf("://", i + 3)) {
    if (count === separators.length) {
      const grown = new Int32Array(count * 2);
      grown.set(separators);
      separators = grown;
    }
    separators[count++] = i;
  }
  return { text, separators: separators.subarray(0, count), emit: emit2 };
}
function firstSeparatorFrom(separators, offset) {
  let lo = 0;
  let hi = separators.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if ((separators[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/scan/suffix-label.ts
var PARENT_ONLY_LABELS = /* @__PURE__ */ new Set(["za"]);
var MAX_LABEL_LENGTH2 = 63;
var SLOTS = 4096;
var cachedLabels = new Array(SLOTS).fill(void 0);
var cachedVerdicts = new Uint8Array(SLOTS);
function mayEndReportedHost(text, start, end) {
  if (end <= start || end - start > MAX_LABEL_LENGTH2) return false;
  let digits = true;
  let hash = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) digits = false;
    hash = Math.imul(hash, 31) + c | 0;
  }
  if (digits) return true;
  const slot = (hash ^ hash >>> 12) & SLOTS - 1;
  const cached = cachedLabels[slot];
  if (cached !== void 0 && cached.length === end - start && text.startsWith(cached, start))
    return cachedVerdicts[slot] === 1;
  const label = text.slice(start, end);
  const verdict = isSuffixLabel(label.toLowerCase());
  cachedLabels[slot] = detached(label);
  cachedVerdicts[slot] = verdict ? 1 : 0;
  return verdict;
}
function isSuffixLabel(label) {
  return label === "internal" || PARENT_ONLY_LABELS.has(label) || hasRealPublicSuffix(label);
}

// src/scan/schemes.ts
var DEFAULT_PORTS = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  grpc: 80,
  grpcs: 443,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mongodb: 27017,
  "mongodb+srv": 27017,
  redis: 6379,
  rediss: 6379,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  kafka: 9092,
  sqlserver: 1433,
  mssql: 1433,
  clickhouse: 9e3,
  bolt: 7687,
  neo4j: 7687,
  "neo4j+s": 7687,
  memcached: 11211,
  mqtt: 1883,
  mqtts: 8883,
  ldap: 389,
  ldaps: 636,
  ftp: 21,
  ftps: 990,
  sftp: 22,
  ssh: 22,
  smtp: 25,
  smtps: 465,
  tcp: 0
};
var PORTS = new Map(Object.entries(DEFAULT_PORTS));
var SINGLE_HOST = /* @__PURE__ */ new Set([
  "http",
  "https",
  "ws",
  "wss",
  "grpc",
  "grpcs",
  "ftp",
  "ftps",
  "sftp",
  "ssh",
  "ldap",
  "ldaps"
]);
var JDBC_SUBPROTOCOLS = /* @__PURE__ */ new Set(["postgresql", "mysql", "mariadb", "sqlserver", "clickhouse", "redis", "mongodb"]);
function schemeInfo(scheme, jdbc) {
  if (jdbc && !JDBC_SUBPROTOCOLS.has(scheme)) return void 0;
  const defaultPort = PORTS.get(scheme);
  if (defaultPort === void 0) return void 0;
  return { defaultPort, hostList: !SINGLE_HOST.has(scheme) };
}

// src/scan/urls.ts
var MAX_SCHEME_LENGTH = 16;
function scanUrls(t, start, end) {
  const { separators } = t;
  let index = firstSeparatorFrom(separators, start);
  let sep2 = separators[index];
  if (sep2 === void 0 || sep2 + 3 > end) return false;
  while (sep2 !== void 0 && sep2 + 3 <= end) {
    const authorityEnd = scanOne(t, start, end, sep2);
    while (sep2 !== void 0 && sep2 < authorityEnd) sep2 = separators[++index];
  }
  return true;
}
function scanOne(t, start, end, sep2) {
  const { text } = t;
  let s = sep2;
  while (s > start && sep2 - s <= MAX_SCHEME_LENGTH && isSchemeChar(text.charCodeAt(s - 1))) s--;
  if (s === sep2 || !isLetter(text.charCodeAt(s)) || s > start && isSchemeChar(text.charCodeAt(s - 1))) return sep2 + 3;
  const scheme = text.slice(s, sep2).toLowerCase();
  const jdbc = s - 5 >= start && text.slice(s - 5, s).toLowerCase() === "jdbc:";
  const info = schemeInfo(scheme, jdbc);
  if (info === void 0) return sep2 + 3;
  const authorityStart = sep2 + 3;
  let authorityEnd = authorityStart;
  while (authorityEnd < end && !endsAuthority(text.charCodeAt(authorityEnd), !info.hostList)) authorityEnd++;
  if (isXmlIdentifierAttribute(text, jdbc ? s - 5 : s, start)) return authorityEnd;
  if (text.charCodeAt(authorityEnd) === 35 && text.charCodeAt(authorityEnd + 1) === 123) return authorityEnd;
  let hostsStart = authorityStart;
  for (let i = authorityEnd - 1; i >= authorityStart; i--) {
    if (text.charCodeAt(i) === 64) {
      hostsStart = i + 1;
      break;
    }
  }
  const fullScheme = jdbc ? `jdbc:${scheme}` : scheme;
  let partStart = hostsStart;
  let dotted = false;
  for (let i = hostsStart; i <= authorityEnd; i++) {
    const c = i < authorityEnd ? text.charCodeAt(i) : 44;
    if (c !== 44) {
      if (c === 46 || c === 91) dotted = true;
      continue;
    }
    const part = dotted ? hostPart(text, partStart, i) : void 0;
    dotted = false;
    if (part) {
      const kind = part.host.kind === "name" ? "url" : "ip";
      const port = part.port ?? info.defaultPort;
      t.emit({
        offset: partStart,
        host: part.host.host,
        port,
        scheme: fullScheme,
        kind,
        trailingDot: part.host.trailingDot
      });
    }
    partStart = i + 1;
  }
  return authorityEnd;
}
function isLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isSchemeChar(c) {
  return isLetter(c) || c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
function endsAuthority(c, commaEnds) {
  switch (c) {
    case 47:
    // /
    case 63:
    // ?
    case 35:
    // #
    case 92:
    // backslash: an escape sequence in the source
    case 34:
    // "
    case 39:
    // '
    case 96:
    // `
    case 60:
    // <
    case 62:
    // >
    case 40:
    // (
    case 41:
    // )
    case 59:
    // ;
    case 124:
    // |
    case 38:
    // &
    case 94:
    // ^
    case 32:
    // space
    case 9:
    case 10:
    case 13:
      return true;
    case 44:
      return commaEnds;
    default:
      return false;
  }
}
function isXmlIdentifierAttribute(text, schemeStart, start) {
  let i = schemeStart - 1;
  let skipped2 = 0;
  while (i >= start && skipped2 < 3 && (text[i] === '"' || text[i] === "'" || text[i] === "\\")) {
    i--;
    skipped2++;
  }
  if (i < start || text[i] !== "=") return false;
  const nameEnd = i;
  while (i > start && nameEnd - i < 40 && /[A-Za-z0-9:_.-]/.test(text[i - 1] ?? "")) i--;
  const name = text.slice(i, nameEnd).toLowerCase();
  return name === "xmlns" || name.startsWith("xmlns:") || name.endsWith("schemalocation") || name.endsWith("targetnamespace");
}

// src/scan/literal.ts
var MAX_HOST_VALUE_LENGTH = 4096;
function scanLiteral(t, start, end, key, fallbackKey, contextKey) {
  const binding = literalBinding(key, fallbackKey, contextKey);
  const { role } = binding;
  if (end <= start || role === "identifier" || role === "inbound") return binding;
  const hadUrl = scanUrls(t, start, end);
  if (!hadUrl && role === "host") scanHostValue(t, start, end);
  return binding;
}
function literalBinding(key, fallbackKey, contextKey) {
  const context = contextKey === void 0 ? void 0 : cachedContextRole(contextKey);
  if (context !== void 0) return { role: context, by: contextKey };
  const role = key === void 0 ? "other" : cachedKeyRole(key);
  if (role === "other" && fallbackKey !== void 0) return { role: cachedKeyRole(fallbackKey), by: fallbackKey };
  return { role, by: key };
}
function literalMayHoldHost(t, start, end) {
  const sep2 = t.separators[firstSeparatorFrom(t.separators, start)];
  if (sep2 !== void 0 && sep2 + 3 <= end) return true;
  const { text } = t;
  let dot = start;
  let endsBeforeDot = false;
  for (; dot < end; dot++) {
    const kind = charKind(text.charCodeAt(dot));
    if (kind === DOT) break;
    if (kind === BRACKET) return true;
    if (kind === ENDS_HOST) endsBeforeDot = true;
  }
  if (dot === end) return false;
  const last2 = withoutTrailingDot(text, start, end);
  const first = labelStart(text, start, last2);
  if (first < last2 && mayEndReportedHost(text, first, last2)) return true;
  for (let i = endsBeforeDot ? start : dot; i < first; i++) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === BRACKET) return true;
    if (kind === ENDS_HOST && endsReportedHostAt(text, start, i)) return true;
  }
  return false;
}
function endsReportedHostAt(text, start, at) {
  const last2 = withoutTrailingDot(text, start, at);
  const first = labelStart(text, start, last2);
  return first < last2 && mayEndReportedHost(text, first, last2);
}
function withoutTrailingDot(text, start, at) {
  return at > start && text.charCodeAt(at - 1) === 46 ? at - 1 : at;
}
function labelStart(text, start, last2) {
  let first = last2;
  while (first > start && charKind(text.charCodeAt(first - 1)) === LABEL) first--;
  return first;
}
var OTHER = 0;
var LABEL = 1;
var DOT = 2;
var BRACKET = 3;
var ENDS_HOST = 4;
var CHAR_KINDS = (() => {
  const table = new Uint8Array(128);
  for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") table[ch.charCodeAt(0)] = LABEL;
  for (const ch of ":,/ 	\n\r") table[ch.charCodeAt(0)] = ENDS_HOST;
  table[46] = DOT;
  table[91] = BRACKET;
  return table;
})();
function charKind(c) {
  return c < 128 ? CHAR_KINDS[c] : OTHER;
}
var cachedKeyRole = bounded(keyRole);
var cachedContextRole = bounded(contextRole);
function bounded(fn) {
  const answers2 = /* @__PURE__ */ new Map();
  return (name) => {
    const known = answers2.get(name);
    if (known !== void 0 || answers2.has(name)) return known;
    if (answers2.size >= 4096) answers2.clear();
    const answer = fn(name);
    answers2.set(detached(name), answer);
    return answer;
  };
}
function scanHostValue(t, start, end) {
  const { text } = t;
  while (start < end && isSpace2(text.charCodeAt(start))) start++;
  while (end > start && isSpace2(text.charCodeAt(end - 1))) end--;
  if (end - start > MAX_HOST_VALUE_LENGTH) return;
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 44) continue;
    let a = itemStart;
    let b = i;
    while (a < b && isSpace2(text.charCodeAt(a))) a++;
    while (b > a && isSpace2(text.charCodeAt(b - 1))) b--;
    let dotted = false;
    for (let j = a; j < b; j++) {
      const c = text.charCodeAt(j);
      if (c === 47) b = j;
      else if (c === 46 || c === 91) dotted = true;
    }
    const part = dotted ? hostPart(text, a, b) : void 0;
    if (part && (part.host.kind !== "name" || hasRealPublicSuffix(part.host.host))) {
      const kind = part.host.kind === "name" ? "host" : "ip";
      t.emit({
        offset: a,
        host: part.host.host,
        port: part.port ?? 0,
        scheme: "",
        kind,
        trailingDot: part.host.trailingDot
      });
    }
    itemStart = i + 1;
  }
}
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// src/scan/browser-navigation.ts
var PAGE_ASSET = /\/[^/]*\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|css)$/i;
function browserNavigationReason(text, offset, scheme) {
  if (scheme !== "https" && scheme !== "http") return void 0;
  const end = urlEnd(text, offset);
  const inUrl = text.slice(offset, end).indexOf("?");
  const q = inUrl === -1 ? -1 : offset + inUrl;
  const pathEnd = q === -1 ? end : q;
  if (PAGE_ASSET.test(text.slice(offset, pathEnd).replace(/#.*$/, "")))
    return "an image, font or stylesheet: a page shows it and the browser loads it, the server does not request it";
  const path3 = text.slice(offset, pathEnd);
  const whole = pathEnd === end && (text[end - 1] === "/" || !path3.includes("/")) ? path3 + joinedPath(text, end) : path3;
  if (whole.includes("auth") && AUTHORIZATION_ENDPOINT.test(whole.replace(/#.*$/, "")))
    return "an OAuth authorization endpoint: the user's browser is sent there to sign in, the server never requests it";
  if (q === -1) return void 0;
  const params = new Set(
    text.slice(q + 1, end).split("&").map((p) => p.split("=")[0].toLowerCase())
  );
  if (params.has("response_type"))
    return "an OAuth authorization request (response_type): the user's browser is redirected there, the server never requests it";
  if ((params.has("redirect_uri") || params.has("post_logout_redirect_uri")) && !params.has("client_secret") && !params.has("code") && !params.has("grant_type"))
    return "a page the user's browser is redirected to (its query names where to return), not a request the server makes";
  return void 0;
}
var AUTHORIZATION_ENDPOINT = /\/(?:oauth2?|openid-connect|connect)\/(?:[^/]+\/)*?(?:authorize|auth)\/?$/i;
function joinedPath(text, end) {
  const m = JOINED.exec(text.slice(end, end + 400));
  return m ? `/${m[1]}` : "";
}
var JOINED = /^["'`](?:\s*\+\s*[\w$.[\]()]{1,80})+\s*\+\s*["'`]([^"'`\n]{1,300})["'`]/;
function urlEnd(text, offset) {
  let i = offset;
  while (i < text.length && i - offset < 2048) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`" || c === " " || c === "\n" || c === "	" || c === "<" || c === ">") break;
    i++;
  }
  return i;
}

// src/knowledge/image-registries.json
var image_registries_default = {
  $comment: "Container registries: a name written as REGISTRY/path with no scheme is an image reference, which the container runtime or an image builder pulls or pushes, not the workload's code. A name matches an entry when it equals `name` or ends with `.` + `name`. A URL with a scheme (`https://ghcr.io/v2/...`) is a call to the registry's API and still counts. Reviewed data: src/scan/image-reference.ts.",
  version: 1,
  registries: [
    { name: "docker.io", why: "Docker Hub" },
    { name: "registry-1.docker.io", why: "Docker Hub" },
    { name: "ghcr.io", why: "GitHub Container Registry" },
    { name: "quay.io", why: "Red Hat Quay" },
    { name: "gcr.io", why: "Google Container Registry (and its regional mirrors)" },
    { name: "pkg.dev", why: "Google Artifact Registry (REGION-docker.pkg.dev)" },
    { name: "registry.k8s.io", why: "the Kubernetes project's registry" },
    { name: "public.ecr.aws", why: "Amazon ECR Public" },
    { name: "mcr.microsoft.com", why: "Microsoft Container Registry" },
    { name: "azurecr.io", why: "Azure Container Registry" },
    { name: "registry.gitlab.com", why: "GitLab Container Registry" },
    { name: "nvcr.io", why: "NVIDIA NGC registry" },
    { name: "cgr.dev", why: "Chainguard's registry" }
  ]
};

// src/scan/image-reference.ts
var ECR = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;
function imageReferenceReason(text, offset, host, scheme) {
  if (scheme !== "" || text[offset + host.length] !== "/") return void 0;
  const rest = /^\/[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?:[:@][\w.+-]+)?/.exec(
    text.slice(offset + host.length, offset + host.length + 256)
  );
  if (!rest) return void 0;
  const after = text[offset + host.length + rest[0].length];
  if (after !== void 0 && /[\w/?#=&%]/.test(after)) return void 0;
  const registry = registryOf(host);
  return registry ? `a container image on ${registry}: the container runtime or an image builder pulls it, not the workload's code` : void 0;
}
function registryOf(host) {
  if (ECR.test(host)) return "Amazon ECR";
  for (const r of image_registries_default.registries) if (host === r.name || host.endsWith(`.${r.name}`)) return r.why;
  return void 0;
}

// src/scan/brackets.ts
var REACH = 1200;
function unclosedBefore(text, at) {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93 || c === 41) depth++;
    else if (c === 123 || c === 91 || c === 40) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return void 0;
}
function closingBraceAfter(text, at) {
  let depth = 0;
  for (let i = at; i < Math.min(text.length, at + REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) {
      if (depth === 0) return c === 125 ? i : void 0;
      depth--;
    }
  }
  return void 0;
}

// src/scan/contact-record.ts
var PHONE_WORDS = vocabulary("phone");
var PHONE_HINT = new RegExp(
  [...PHONE_WORDS].filter((w, _, words) => !words.some((other) => other !== w && w.includes(other))).flatMap((w) => [w, `${w[0].toUpperCase()}${w.slice(1)}`, w.toUpperCase()]).join("|")
);
var NEAR = 300;
var KEY_AND_NUMBER = /["']?([A-Za-z_][\w-]*)["']?\s*[:=]\s*["'`](\+?[\d(][\d\s().-]{5,24})["'`]/g;
function inContactRecord(text, start, end) {
  if (last.text === text && last.start === start && last.end === end) return last.answer;
  const answer = contactRecordAround(text, start, end);
  last = { text, start, end, answer };
  return answer;
}
var last = { text: "", start: -1, end: -1, answer: false };
function contactRecordAround(text, start, end) {
  if (!phoneWordNear(text, start, end)) return false;
  const open = enclosingOpen(text, start);
  if (open === void 0) return false;
  const close = closingBraceAfter(text, end);
  if (close === void 0) return false;
  const outer = unclosedBefore(text, open);
  if (outer !== void 0 && text.charCodeAt(outer) === 40) return false;
  for (const m of ownEntries(text, open + 1, close).matchAll(KEY_AND_NUMBER)) {
    const number = m[2];
    const digits = number.replace(/\D/g, "").length;
    if (digits < 7 || !/[\s().+-]/.test(number)) continue;
    if (splitWords(m[1]).some((w) => PHONE_WORDS.has(w))) return true;
  }
  return false;
}
function phoneWordNear(text, start, end) {
  if (end - start <= 2 * NEAR) return PHONE_HINT.test(text.slice(Math.max(0, start - NEAR), end + NEAR));
  return PHONE_HINT.test(text.slice(Math.max(0, start - NEAR), start + NEAR)) || PHONE_HINT.test(text.slice(end - NEAR, end + NEAR));
}
function enclosingOpen(text, at) {
  const open = unclosedBefore(text, at);
  return open !== void 0 && text.charCodeAt(open) === 123 ? open : void 0;
}
function ownEntries(text, from, to) {
  let out = "";
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) depth--;
    else if (depth === 0) {
      out += text[i];
      continue;
    }
    out += " ";
  }
  return out;
}

// src/scan/returned-by.ts
var SIGNATURE = /([A-Za-z_$][\w$]*)\s*\([^()]*\)\s*(?::\s*[\w.<>[\]| ]+|[\w.*[\] ]+)?\s*$/;
var HEAD = 300;
function returnedBy(text, start) {
  let i = start - 1;
  const quote = text.charCodeAt(i);
  if (quote === 34 || quote === 39 || quote === 96) i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const keyword = i - 5;
  if (keyword < 0 || text.slice(keyword, i + 1) !== "return" || isIdentChar(text.charCodeAt(keyword - 1)))
    return void 0;
  const open = unclosedBefore(text, keyword);
  if (open === void 0 || text.charCodeAt(open) !== 123) return void 0;
  return SIGNATURE.exec(text.slice(Math.max(0, open - HEAD), open))?.[1];
}

// src/scan/mention.ts
var WINDOW = 400;
function mentionReason(text, start, end, offset, role, boundTo, programText) {
  if (role === "mention") {
    if (isSampleName(boundTo))
      return `sample data (${boundTo}): a value for tests or demos, not an address the code connects to`;
    if (isCspDirective(boundTo))
      return `a Content-Security-Policy source (${boundTo}): where browsers may load from, not where the server connects`;
    if (isStoreName(boundTo))
      return `data the code keeps (${boundTo}): a value it stores or returns, not an address it connects to`;
    return `text for people: a message, a description or a link (${boundTo ?? "unnamed"})`;
  }
  if (programText && isMapKey(text, start, end))
    return "a key of a map (a claim, attribute or namespace name): it names something, nothing connects to it";
  if (inOpenApiServers(text, offset, boundTo))
    return "OpenAPI metadata: a servers entry names the API's own address for its documentation, not a call";
  const model = openApiModelOf(text, offset, boundTo);
  if (model !== void 0)
    return `OpenAPI metadata (${model}): the document's ${model === "Server" ? "servers entry" : "link for people"}, not a call`;
  const returner = programText && role === "other" ? returnedBy(text, start) : void 0;
  if (returner !== void 0 && keyRole(returner) === "mention")
    return `returned by ${returner}, whose name says the value is a link for people, not an address it connects to`;
  if (inContactRecord(text, start, end))
    return "contact details: a URL kept beside a phone number is a page for people, not an address the code connects to";
  const tag = markupAround(text, start, offset);
  if (tag !== void 0)
    return `markup the code writes (<${tag}>): a link or content for whoever reads the document, not a call`;
  let from = Math.max(start, offset - WINDOW);
  let to = Math.min(end, offset + WINDOW);
  if (!programText) {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const lineEnd3 = text.indexOf("\n", offset);
    from = Math.max(from, lineStart);
    to = Math.min(to, lineEnd3 === -1 ? to : lineEnd3);
    if (from > start || to < end) return void 0;
  }
  const word = proseWord(text, from, to);
  return word === void 0 ? void 0 : `written in text ("${word}" beside it): a message or a document, not a call`;
}
function isMapKey(text, start, end) {
  let after = end;
  if (after < text.length && isQuote(text.charCodeAt(after))) after++;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  if (text.charCodeAt(after) !== 58 || text.charCodeAt(after + 1) === 58) return false;
  let before = start - 1;
  if (before >= 0 && isQuote(text.charCodeAt(before))) before--;
  while (before >= 0 && isSpace3(text.charCodeAt(before))) before--;
  const c = text.charCodeAt(before);
  return c === 123 || c === 44;
}
function isQuote(c) {
  return c === 34 || c === 39 || c === 96;
}
function inOpenApiServers(text, offset, boundTo) {
  const before = () => text.slice(Math.max(0, offset - 4e3), offset);
  if (boundTo !== void 0 && /^addServers?$/.test(lastPart(boundTo))) return OPENAPI_BUILDER.test(before());
  const near = text.slice(Math.max(0, offset - 300), offset);
  const list = near.lastIndexOf("servers");
  if (list === -1 || !/^servers["']?\s*[:=]\s*\[/.test(near.slice(list))) return false;
  const document = before();
  return /\b(?:openapi|swagger)["']?\s*[:=]\s*["']\d/.test(document) || OPENAPI_BUILDER.test(document);
}
var OPENAPI_MODELS = /\bnew\s+(Server|Contact|License|ExternalDocumentation)\s*\(\s*\)[^;]*$/;
function openApiModelOf(text, offset, boundTo) {
  if (boundTo === void 0 || lastPart(boundTo) !== "url" || !text.includes("io.swagger.v3.oas.models"))
    return void 0;
  const chain = text.slice(Math.max(0, offset - 300), offset);
  const created = [...chain.matchAll(/\bnew\s+([A-Z]\w*)\s*\(/g)].pop();
  if (created === void 0) return void 0;
  return OPENAPI_MODELS.exec(chain.slice(created.index))?.[1];
}
var OPENAPI_BUILDER = /\bDocumentBuilder\b|@nestjs\/swagger|swagger-jsdoc|\bOpenAPIDefinition\b/;
function markupAround(text, start, offset) {
  const schemeAt = text.lastIndexOf("://", offset);
  let from = schemeAt >= start && offset - schemeAt < 300 ? schemeAt : offset;
  while (from > start && /[A-Za-z0-9+.-]/.test(text[from - 1])) from--;
  const before = text.slice(Math.max(start, from - 200), from);
  const content = /<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>\s*$/.exec(before);
  if (content) return content[1];
  return /<([A-Za-z][\w:.-]*)\s[^<>]*=\s*["']?$/.exec(before)?.[1];
}
function proseWord(text, from, to) {
  let i = from;
  while (i < to) {
    while (i < to && isSpace3(text.charCodeAt(i))) i++;
    const wordStart = i;
    while (i < to && !isSpace3(text.charCodeAt(i))) i++;
    if (i === wordStart) break;
    const word = text.slice(wordStart, i);
    if (!word.includes("://") && !PLACEHOLDER_OR_PUNCTUATION.test(word)) return word.slice(0, 40);
  }
  return void 0;
}
var PLACEHOLDER_OR_PUNCTUATION = /^(?:%[-+ #0-9.]*[a-zA-Z]|\{[^}]*\}|\$\{[^}]*\}|\$\w+|[^A-Za-z0-9]+)$/;
function isSpace3(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// src/scan/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Built only when an offset is asked for out of order: most files are asked in order, or not at all. */
  lineStarts;
  // The last offset asked in order, its line and where that line starts.
  cursor = 0;
  cursorLine = 1;
  cursorLineStart = 0;
  get starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }
  line(offset) {
    if (offset >= this.cursor) {
      const text = this.text;
      let line = this.cursorLine;
      let lineStart = this.cursorLineStart;
      for (let i = text.indexOf("\n", this.cursor); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
      }
      this.cursor = offset;
      this.cursorLine = line;
      this.cursorLineStart = lineStart;
      return line;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column, counted in UTF-16 code units. */
  column(offset, line) {
    if (line === this.cursorLine) return offset - this.cursorLineStart + 1;
    return offset - (this.starts[line - 1] ?? 0) + 1;
  }
};

// src/scan/sample-comments.ts
var SAMPLE_HINT = /mock|fake|dummy|placeholder|stub|hard-?coded/i;
var SAMPLE = "(?:mock|mocked|fake|dummy|placeholder|stub|stubbed|sample|hard-?coded)";
var DATA = "(?:data|response|responses|values|results|records|entries|items|list)";
var SAMPLE_COMMENT = new RegExp(
  `\\b(?:return|returns|returning|use|uses|using|serve|serves|serving)\\s+(?:some\\s+|the\\s+)?${SAMPLE}\\s+${DATA}\\b|^\\W*${SAMPLE}\\s+${DATA}\\W*$`,
  "i"
);
var NEGATED = /\b(?:replace|replaces|remove|no longer|not|never|don't|doesn't)\b/i;
function sampleDataLines(text, comments, lineOf) {
  const out = /* @__PURE__ */ new Set();
  let lines;
  for (let i = 0; i + 1 < comments.length; i += 2) {
    const body = text.slice(comments[i], comments[i + 1]);
    if (!SAMPLE_COMMENT.test(body.replace(/^[\s/#*]+|[\s/*]+$/g, "")) || NEGATED.test(body)) continue;
    lines ??= text.split("\n");
    const first = lineOf(comments[i]);
    const own = lines[first - 1];
    const before = own.slice(0, comments[i] - lineStartOffset(text, comments[i]));
    if (before.trim() !== "") {
      out.add(first);
      continue;
    }
    const depth = indent(own);
    let n = lineOf(comments[i + 1]);
    while (n < lines.length && (lines[n].trim() === "" || /^\s*(?:\/\/|#|\*|\/\*)/.test(lines[n]))) n++;
    if (n >= lines.length || indent(lines[n]) !== depth) continue;
    out.add(n + 1);
    n++;
    while (n < lines.length && (lines[n].trim() === "" || indent(lines[n]) > depth)) out.add(++n);
    if (n < lines.length && indent(lines[n]) === depth && /^\s*[)\]}]/.test(lines[n])) out.add(n + 1);
  }
  return out;
}
function indent(line) {
  return line.length - line.trimStart().length;
}
function lineStartOffset(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

// src/scan/extract.ts
function mayReferenceHosts(text) {
  return text.includes("://") || HOST_NAME_HINT.test(text);
}
function extract(text, lex, programText = false) {
  const refs = [];
  const scan = scanTextOf(text, (r) => refs.push(r));
  const wantComments = text.includes(IGNORE_DIRECTIVE);
  const comments = [];
  const sampleComments = [];
  lex(text, {
    mayHoldHost(start, end) {
      return literalMayHoldHost(scan, start, end);
    },
    literal(start, end, key, fallbackKey, contextKey) {
      const before = refs.length;
      const { role, by } = scanLiteral(scan, start, end, key, fallbackKey, contextKey);
      if (refs.length > before) describeUse(refs, before, text, start, end, role, by, programText);
    },
    comment(start, end) {
      if (wantComments) comments.push(start, end);
      if (programText && SAMPLE_HINT.test(text.slice(start, end))) sampleComments.push(start, end);
    }
  });
  const lines = new LineIndex(text);
  if (sampleComments.length > 0 && refs.length > 0)
    markSampleData(
      refs,
      sampleDataLines(text, sortedPairs(sampleComments), (o) => lines.line(o)),
      lines
    );
  const ignores = wantComments ? ignoreDirectives(text, sortedPairs(comments), lines) : /* @__PURE__ */ new Map();
  return { refs, lines, ignores };
}
function markSampleData(refs, sampleLines, lines) {
  if (sampleLines.size === 0) return;
  for (const ref of refs)
    if (ref.mention === void 0 && ref.browser === void 0 && sampleLines.has(lines.line(ref.offset)))
      ref.mention = "in a statement its comment calls mock or sample data: data the code returns, not a request";
}
var REQUEST_WORDS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "request", "fetch", "urlopen"]);
function isRequestCall(name) {
  const words = splitWords(name);
  return REQUEST_WORDS.has(words[words.length - 1] ?? "");
}
var LOOKUP_CALLS = /* @__PURE__ */ new Set([
  "LookupHost",
  "LookupIP",
  "LookupIPAddr",
  "LookupNetIP",
  "LookupAddr",
  "LookupCNAME",
  "LookupMX",
  "LookupNS",
  "LookupTXT",
  "LookupSRV",
  "gethostbyname",
  "gethostbyname_ex",
  "getaddrinfo",
  "getByName",
  "getAllByName",
  "GetHostEntry",
  "GetHostEntryAsync",
  "GetHostAddresses",
  "GetHostAddressesAsync",
  "resolve4",
  "resolve6",
  "resolveCname",
  "resolveTxt",
  "resolveSrv"
]);
function lookupOnly(binding) {
  return binding !== void 0 && LOOKUP_CALLS.has(binding.slice(binding.lastIndexOf(".") + 1));
}
function describeUse(refs, from, text, start, end, role, binding, programText) {
  const requested = binding !== void 0 && isRequestCall(binding);
  const definition = programText ? (binding !== void 0 ? definedName(text, start, binding) : void 0) ?? decoratedField(text, start) : void 0;
  for (let i = from; i < refs.length; i++) {
    const ref = refs[i];
    if (binding !== void 0) ref.binding = binding;
    if (requested) ref.requested = true;
    if (definition !== void 0) ref.defines = definition;
    if (role === "host" && text.charCodeAt(ref.offset + ref.host.length) === 58) ref.hostSetting = true;
    const image = imageReferenceReason(text, ref.offset, ref.host, ref.scheme);
    if (image !== void 0) {
      ref.mention = image;
      continue;
    }
    if (lookupOnly(binding)) {
      ref.mention = `${binding} only resolves the name: a DNS query, not a connection to the host`;
      continue;
    }
    if (ref.scheme === "" && role === "host") continue;
    const browser = browserNavigationReason(text, ref.offset, ref.scheme);
    if (browser !== void 0) {
      ref.browser = browser;
      continue;
    }
    const mention = mentionReason(text, start, end, ref.offset, role, binding, programText);
    if (mention !== void 0) ref.mention = mention;
  }
}
var DEFINITION_TAIL = /^['"]?\s*(?::\s*[\w.<>|? ]{1,60}?\s*)?(?::=|=|:)\s*[`'"]?$/;
function definedName(text, start, name) {
  if (!SCREAMING_SNAKE.test(name)) return void 0;
  const at = text.lastIndexOf(name, start);
  if (at === -1 || start - at > name.length + 80) return void 0;
  const before = text.charCodeAt(at - 1);
  if (before === 46 || isIdentChar(before)) return void 0;
  return DEFINITION_TAIL.test(text.slice(at + name.length, start)) ? name : void 0;
}
var FIELD_LINE = /^[ \t]*(?:(?:public|private|protected|readonly|static)\s+)*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[?!]?\s*[:=;]/;
function decoratedField(text, start) {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  let i = lineStart;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) !== 64) return void 0;
  for (let from = text.indexOf("\n", start) + 1, lines = 0; from > 0 && lines < 8; lines++) {
    const to = text.indexOf("\n", from);
    const line = text.slice(from, to === -1 ? text.length : to);
    if (/^[ \t]*@/.test(line)) {
      from = to + 1;
      continue;
    }
    return FIELD_LINE.exec(line)?.[1];
  }
  return void 0;
}
function sortedPairs(pairs) {
  for (let i = 2; i < pairs.length; i += 2) {
    if ((pairs[i] ?? 0) < (pairs[i - 2] ?? 0)) {
      const list = [];
      for (let j = 0; j < pairs.length; j += 2) list.push([pairs[j] ?? 0, pairs[j + 1] ?? 0]);
      return list.sort((a, b) => a[0] - b[0]).flat();
    }
  }
  return pairs;
}

// src/scan/references.ts
function externalReferences(found, at, inCluster = NO_IN_CLUSTER_NAMES) {
  const out = [];
  const hostClass = /* @__PURE__ */ new Map();
  for (const raw of found.refs) {
    let known = hostClass.get(raw.host);
    if (known === void 0) {
      const kind = classifyHost(raw.host, inCluster);
      known = kind === "reserved" ? { kind, reserved: specialUseReason(raw.host) } : { kind };
      hostClass.set(raw.host, known);
    }
    if (known.kind !== "external" && known.kind !== "reserved") continue;
    const innerLine = found.lines.line(raw.offset);
    const ignoredRules = ignoredRulesAt(found.ignores, innerLine);
    const innerColumn = found.lines.column(raw.offset, innerLine);
    const { line, column } = at.place ? at.place(innerLine, innerColumn) : { line: innerLine, column: innerColumn };
    const judged = classOf2(raw, known.reserved, at, innerLine);
    const ref = {
      host: raw.host,
      port: raw.port,
      scheme: raw.scheme,
      kind: raw.kind,
      file: at.file,
      line,
      column,
      ignoredRules,
      class: judged.class,
      reason: judged.reason
    };
    if (at.namespace !== void 0) ref.namespace = at.namespace;
    if (at.workload !== void 0) ref.workload = at.workload;
    if (at.unread) ref.unread = true;
    if (raw.overwritten !== void 0) {
      ref.unread = true;
      ref.reason = `${ref.reason}; ${raw.overwritten}`;
    }
    if (raw.trailingDot) ref.trailingDot = true;
    if (raw.requested) ref.requested = true;
    if (raw.defines !== void 0) ref.soleDefinition = raw.defines;
    if (at.use === "call" && raw.binding !== void 0) {
      const name = lastPart(raw.binding);
      if (isAddressName(name)) ref.addressName = name;
    }
    out.push(ref);
  }
  return out;
}
function classOf2(raw, reserved, at, innerLine) {
  if (reserved !== void 0) return { class: "special-use", reason: reserved };
  if (at.whole) return at.whole;
  if (raw.mention !== void 0) return { class: "mention", reason: raw.mention };
  if (raw.browser !== void 0) return { class: "browser", reason: raw.browser };
  if (at.use === "call" && raw.kind === "ip" && !raw.hostSetting) {
    const lan = privateIPv4(raw.host);
    if (lan)
      return { class: "special-use", reason: `${lan.kind}: ${lan.why}, written in code: sample data or a LAN device` };
  }
  if (at.buildLines?.has(innerLine))
    return { class: "build", reason: "a build step: fetched while the image is built, not by the running workload" };
  const bound2 = raw.binding === void 0 ? "" : ` (${raw.binding})`;
  if (at.where !== void 0)
    return { class: at.use, reason: raw.binding && at.where.includes(raw.binding) ? at.where : `${at.where}${bound2}` };
  return { class: at.use, reason: at.use === "call" ? `a string in code${bound2}` : `a config value${bound2}` };
}
function specialUseReason(host) {
  const normal = normalizeHost(host);
  const special = normal ? specialUseOf(normal.host, normal.kind) : void 0;
  return special ? `${special.kind}: ${special.why}` : "a special-use name";
}
function compareReferences(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.host, b.host) || a.port - b.port || cmp(a.scheme, b.scheme) || cmp(a.kind, b.kind) || cmp(a.namespace ?? "", b.namespace ?? "") || cmp(a.workload ?? "", b.workload ?? "");
}
function sortReferences(refs) {
  const sorted = [...refs].sort(compareReferences);
  return sorted.filter((r, i) => i === 0 || compareReferences(r, sorted[i - 1]) !== 0);
}

// src/scan/constant-uses.ts
var NOT_EGRESS = /* @__PURE__ */ new Set(["identifier", "inbound", "mention"]);
var FIELD_CALLS = /* @__PURE__ */ new Set(["Field", "field"]);
function usedOnlyAs(text, at, definedAt) {
  let first;
  for (const offset of at) {
    if (offset === definedAt) continue;
    const key = keyBefore(text, offset);
    if (key === void 0) return void 0;
    const role = keyRole(key);
    if (!NOT_EGRESS.has(role)) return void 0;
    first ??= { key, role };
  }
  return first;
}
function keyBefore(text, at) {
  if (/#|\/\/|^\s*\*/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at))) return void 0;
  let i = skipSpaceBack(text, at);
  const keyword = /\bdefault\s*=\s*$/.exec(text.slice(Math.max(0, i - 16), i));
  if (keyword) i = skipSpaceBack(text, i - keyword[0].length);
  const c = text[i - 1];
  if (c === "(") return fieldAssignedBy(text, i - 1);
  if (c !== ":" && c !== "=") return void 0;
  const c2 = text[i - 2];
  if (c === "=" && (c2 === "=" || c2 === "!" || c2 === "<" || c2 === ">")) return void 0;
  if (c === ":" && c2 === ":") return void 0;
  return nameBefore(text, skipSpaceBack(text, c === "=" && c2 === ":" ? i - 2 : i - 1));
}
function fieldAssignedBy(text, open) {
  let i = open;
  while (i > 0 && /[\w.]/.test(text[i - 1])) i--;
  const callee = text.slice(i, open);
  if (!FIELD_CALLS.has(callee.slice(callee.lastIndexOf(".") + 1))) return void 0;
  const lineStart = text.lastIndexOf("\n", i - 1) + 1;
  return /^\s*([A-Za-z_]\w*)\s*:[^=\n]*=\s*$/.exec(text.slice(lineStart, i))?.[1];
}
function nameBefore(text, end) {
  let i = end;
  const quoted2 = text[i - 1] === '"' || text[i - 1] === "'";
  if (quoted2) i--;
  const nameEnd = i;
  while (i > 0 && /[\w.$@-]/.test(text[i - 1])) i--;
  if (i === nameEnd) return void 0;
  if (quoted2 && text[i - 1] !== text[end - 1]) return void 0;
  return text.slice(i, nameEnd);
}
function skipSpaceBack(text, i) {
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

// src/scan/go-init-stores.ts
var INIT = /\bfunc\s+init\s*\(\s*\)\s*\{/g;
var DECLARATION = /[ \t]*(?:var\s+)?([A-Za-z_]\w*)(?:\s+[\w.*[\]]+)?\s*=\s*["`]/y;
function initOverwrites(text, lineOf) {
  let bodies;
  return (offset) => {
    const lineStart = text.lastIndexOf("\n", offset) + 1;
    DECLARATION.lastIndex = lineStart;
    const declared = DECLARATION.exec(text);
    if (declared === null || DECLARATION.lastIndex > offset) return void 0;
    bodies ??= initBodies(text);
    if (bodies.length === 0 || braceDepth(text, lineStart) !== 0) return void 0;
    const name = declared[1];
    for (const [from, to] of bodies) {
      const assigned = firstUseIsAssignment(text, from, to, name);
      if (assigned !== void 0)
        return `init() assigns ${name} at line ${lineOf(assigned)} before anything reads it: this initial value is never used`;
    }
    return void 0;
  };
}
function initBodies(text) {
  const out = [];
  if (!text.includes("init")) return out;
  for (const m of text.matchAll(INIT)) {
    const open = m.index + m[0].length - 1;
    const close = closingBrace(text, open);
    if (close !== void 0) out.push([open + 1, close]);
  }
  return out;
}
function firstUseIsAssignment(text, from, to, name) {
  const word = new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g");
  word.lastIndex = from;
  const m = word.exec(text);
  if (m === null || m.index >= to || braceDepth(text, m.index, from) !== 0) return void 0;
  const eol = text.indexOf("\n", m.index);
  const assignment = /^\s*=(?!=)/.exec(text.slice(m.index + name.length, eol === -1 || eol > to ? to : eol));
  if (assignment === null) return void 0;
  const next = word.exec(text);
  return next !== null && next.index < (eol === -1 ? to : Math.min(eol, to)) ? void 0 : m.index;
}
function braceDepth(text, at, from = 0) {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else i = skipString(text, i);
  }
  return depth;
}
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) {
      if (--depth === 0) return i;
    } else i = skipString(text, i);
  }
  return void 0;
}
function skipString(text, i) {
  const c = text[i];
  if (c === "/" && text[i + 1] === "/") {
    const end = text.indexOf("\n", i);
    return end === -1 ? text.length : end;
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end === -1 ? text.length : end + 1;
  }
  if (c === "`") {
    const end = text.indexOf("`", i + 1);
    return end === -1 ? text.length : end;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    return j;
  }
  return i;
}

// src/scan/sdk/imports.ts
function importsOf2(view, language) {
  switch (language) {
    case "python":
      return pythonImports(view.code);
    case "javascript":
      return quotedImports(view, /\b(?:from|import|require)\s*\(?\s*(?=["'`])/g);
    case "go":
      return goImports(view);
    case "jvm":
      return matchAll(view.code, /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+(?:\.\*)?)/gm);
    case "csharp":
      return matchAll(
        view.code,
        /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?([A-Za-z_][\w.]*)[ \t]*;/gm
      );
    default:
      return [];
  }
}
function entryImport(entry, modules) {
  let found;
  let lazy;
  let loadedWithFile = false;
  for (const pattern of entry.imports) {
    const re = importPattern(pattern);
    for (const m of modules) {
      const match2 = re.exec(m.path);
      if (!match2) continue;
      found ??= { offset: m.offset, captures: /* @__PURE__ */ new Set(), aliases: /* @__PURE__ */ new Map(), paths: [] };
      found.offset = Math.min(found.offset, m.offset);
      const capture = match2[1] === void 0 ? "" : normaliseName(match2[1]);
      if (capture !== "") found.captures.add(capture);
      if (m.alias !== void 0) found.aliases.set(m.alias, capture);
      found.paths.push(m);
      if (m.deferred) lazy ??= entry.language === "javascript" ? npmPackageOf(m.path) : entry.package;
      else loadedWithFile = true;
    }
  }
  if (found && lazy !== void 0 && !loadedWithFile) found.lazyPackage = lazy;
  return found;
}
function npmPackageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? specifier;
}
function normaliseName(name) {
  return name.toLowerCase().replace(/[-_.]/g, "");
}
var PATTERNS = /* @__PURE__ */ new Map();
function importPattern(pattern) {
  let re = PATTERNS.get(pattern);
  if (re === void 0) {
    const body = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join("([^/.]+)");
    re = new RegExp(`^${body}(?:[./].*)?$`);
    PATTERNS.set(pattern, re);
  }
  return re;
}
function pythonImports(code) {
  const out = [];
  const at = (m, path3) => /^[ \t]/.test(m[0]) ? { path: path3, offset: m.index, deferred: true } : { path: path3, offset: m.index };
  for (const m of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^()]*\)|[^\n]*)/gm)) {
    const base = m[1] ?? "";
    out.push(at(m, base));
    for (const name of names(m[2] ?? "")) out.push(at(m, `${base}.${name}`));
  }
  for (const m of code.matchAll(/^[ \t]*import[ \t]+([^\n]*)/gm)) {
    for (const name of names(m[1] ?? "")) out.push(at(m, name));
  }
  return out;
}
function names(list) {
  return list.replace(/[()\\]/g, " ").split(",").map((part) => part.trim().split(/\s+/)[0] ?? "").filter((name) => /^[\w.]+$/.test(name));
}
function quotedImports(view, keyword) {
  const out = [];
  for (const m of view.code.matchAll(keyword)) {
    const literal2 = view.stringAt(m.index + m[0].length);
    if (!literal2) continue;
    const path3 = view.text.slice(literal2.start, literal2.end);
    out.push(/^import\s*\(/.test(m[0]) ? { path: path3, offset: m.index, deferred: true } : { path: path3, offset: m.index });
  }
  return out;
}
function goImports(view) {
  const out = [];
  for (const m of view.code.matchAll(/\bimport\s*(\(|[\w.]+\s+(?=")|(?="))/g)) {
    const blockEnd = m[1] === "(" ? view.code.indexOf(")", m.index) : -1;
    const end = blockEnd === -1 ? m.index + m[0].length + 1 : blockEnd;
    for (const s of view.strings) {
      if (s.start <= m.index || s.start > end) continue;
      const lineStart = view.code.lastIndexOf("\n", s.start) + 1;
      const before = view.code.slice(Math.max(lineStart, m.index + 6), s.start - 1).replace("(", "");
      const alias = before.trim().split(/\s+/).pop() ?? "";
      const path3 = view.text.slice(s.start, s.end);
      out.push(/^[A-Za-z_]\w*$/.test(alias) ? { path: path3, alias, offset: s.start } : { path: path3, offset: s.start });
    }
  }
  return out;
}
function matchAll(code, re) {
  return [...code.matchAll(re)].map((m) => ({ path: m[1] ?? "", offset: m.index }));
}

// src/scan/sdk/constructors.ts
var COMPILED = /* @__PURE__ */ new Map();
var TARGET_TYPED = /^[A-Za-z_]\w* name = new\($/;
function targetTyped(pattern) {
  const m = /^new ([A-Za-z_]\w*)\($/.exec(pattern);
  return m ? `${m[1]} name = new(` : void 0;
}
var MAX_CALL_SPAN = 8192;
var MAX_CALLS = 256;
function compile(pattern) {
  let re = COMPILED.get(pattern);
  if (re === void 0 && TARGET_TYPED.test(pattern)) {
    const type = pattern.slice(0, pattern.indexOf(" "));
    re = new RegExp(`(?<![\\w$.])${type}(?:<[^<>;()]*>)?\\??\\s+[A-Za-z_]\\w*\\s*=\\s*new\\s*\\(`, "g");
    COMPILED.set(pattern, re);
  }
  if (re === void 0) {
    const body = pattern.replace("*", "\0").replace(/[+?^${}()|[\]\\]/g, "\\$&").replace(/\./g, "\\s*\\.\\s*").replace(/^new /, "new\\s+").replace(/ =$/, "\\s*=(?![=>])").replace(/\\\($/, "\\s*\\(").replace("\0", "([A-Za-z0-9_]+?)");
    const boundary = pattern.startsWith(".") ? "" : "(?<![\\w$.])(?<!\\bdef\\s+)";
    re = new RegExp(boundary + body, "g");
    COMPILED.set(pattern, re);
  }
  return re;
}
function findConstructors(code, patterns, accept = () => true) {
  const byOpen = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    for (const m of code.matchAll(compile(pattern))) {
      if (byOpen.size >= MAX_CALLS) break;
      const open = m.index + m[0].length - 1;
      if (byOpen.has(open) || m[1] !== void 0 && !accept(m[1])) continue;
      const end = code[open] === "(" ? chainEnd(code, open) : lineEnd2(code, open);
      byOpen.set(open, { pattern, start: m.index, open, end, ...m[1] !== void 0 ? { capture: m[1] } : {} });
    }
  }
  return [...byOpen.values()].sort((a, b) => a.start - b.start);
}
function closingBracket(code, open) {
  let depth = 0;
  const last2 = Math.min(code.length, open + MAX_CALL_SPAN);
  for (let i = open; i < last2; i++) {
    const c = code[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return last2;
}
function chainEnd(code, open) {
  let end = closingBracket(code, open);
  for (; ; ) {
    const next = /^\s*\.\s*[A-Za-z_$][\w$]*\s*\(/.exec(code.slice(end, end + 200));
    if (!next || end - open > MAX_CALL_SPAN) return end;
    end = closingBracket(code, end + next[0].length - 1);
  }
}
function lineEnd2(code, from) {
  const nl = code.indexOf("\n", from);
  return nl === -1 ? code.length : nl;
}

// src/scan/sdk/values.ts
var WRAPPERS = /\b(?:new\s+)?(?:URI\s*\.\s*create|URI|URL|Uri|aws\s*\.\s*String|stripe\s*\.\s*String|github\s*\.\s*Ptr|String|str)\s*(?=\()/g;
function findOptions(view, names2, from, to) {
  const found = [];
  if (names2.length === 0) return found;
  const alternatives = names2.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const byName = new RegExp(`(?<![\\w$])(${alternatives})\\s*(=(?!=)|:(?!:)|\\()`, "g");
  const span = view.code.slice(from, to);
  for (const m of span.matchAll(byName)) {
    if (found.length >= MAX_OPTIONS) break;
    found.push({ name: m[1] ?? "", value: valueAt(view, from + m.index + m[0].length, m[2] === "(") });
  }
  for (const s of view.strings) {
    if (s.start < from || s.end > to) continue;
    const name = view.text.slice(s.start, s.end);
    if (!names2.includes(name)) continue;
    const colon = /^["']?\s*:/.exec(view.code.slice(s.end, s.end + 20));
    if (colon) found.push({ name, value: valueAt(view, s.end + colon[0].length, false) });
  }
  return found.sort((a, b) => a.value.offset - b.value.offset);
}
function firstArgument(view, open) {
  const after = view.code.slice(open + 1, open + 200);
  if (/^\s*(\)|[A-Za-z_$][\w$]*\s*(=(?!=)|:))/.test(after)) return void 0;
  return valueAt(view, open + 1, false);
}
var MAX_OPTIONS = 32;
var MAX_VALUE_SPAN = 4096;
function valueAt(view, start, inCall) {
  const { code } = view;
  const last2 = Math.min(code.length, start + MAX_VALUE_SPAN);
  let end = start;
  while (end < last2) {
    const c = code[end];
    if (c === "(" || c === "[" || c === "{") end = closingBracket(code, end);
    else if (c === "," || c === ")" || c === "]" || c === "}" || c === ";" || c === "\n" && !inCall) break;
    else end++;
  }
  const expression = code.slice(start, end).trim();
  const offset = start + (code.slice(start, end).length - code.slice(start, end).trimStart().length);
  if (/^[{[]/.test(expression) || /^dict\s*\(/.test(expression)) return { kind: "container", offset };
  const literal2 = view.firstStringIn(start, end);
  if (literal2 === void 0) return { kind: "runtime", offset };
  const rest = `${code.slice(start, literal2.start)}${code.slice(literal2.end, end)}`.replace(WRAPPERS, "");
  if (!/^[\s()"'`@fFrRbBuU]*$/.test(rest)) return { kind: "runtime", offset };
  const value = view.text.slice(literal2.start, literal2.end);
  if (/\$\{|\{[A-Za-z_]/.test(value) && /[fF$`]/.test(code.slice(start, literal2.start)))
    return { kind: "runtime", offset };
  return { kind: "literal", value, offset: literal2.start };
}
function endpointOf(value) {
  const match2 = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#\s]+)(?::(\d{1,5}))?(?:[/?#].*)?$/i.exec(
    value.trim()
  );
  if (!match2) return void 0;
  const scheme = (match2[1] ?? "https").toLowerCase();
  const host = (match2[2] ?? "").toLowerCase().replace(/\.$/, "");
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/.test(host))
    return void 0;
  if (match2[1] === void 0 && !host.includes(".") && !host.startsWith("[") && host !== "localhost") return void 0;
  const port = match2[3] !== void 0 ? Number(match2[3]) : Object.hasOwn(DEFAULT_PORTS, scheme) ? DEFAULT_PORTS[scheme] ?? 0 : 0;
  return { host: host.replace(/^\[|\]$/g, ""), port, scheme };
}

// src/scan/sdk/aws.ts
var REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
var REGION_CONSTANT = /\bRegion\s*\.\s*([A-Z]{2}(?:_GOV|_ISO[A-Z]?)?_[A-Z]+_\d)\b/;
function awsHost(aws, service, region) {
  const key = normaliseName(service);
  const global = Object.hasOwn(aws.globalOnly, key) ? aws.globalOnly[key] : void 0;
  if (global !== void 0) return { host: global };
  const prefix2 = Object.hasOwn(aws.endpointPrefixes, key) ? aws.endpointPrefixes[key] : void 0;
  if (prefix2 === void 0) return { unresolved: `the endpoint name of AWS service "${service}" is not in the table` };
  if (region !== void 0) return { host: `${prefix2}.${region}.amazonaws.com`, region };
  const fallback = Object.hasOwn(aws.globalWhenNoRegion, key) ? aws.globalWhenNoRegion[key] : void 0;
  if (fallback !== void 0) return { host: fallback };
  return { unresolved: `the region of the ${service} client is set at run time (no region literal in the file)` };
}
function awsRegion(view, options, from, to) {
  for (const option of findOptions(view, options, from, to)) {
    if (option.value.kind === "literal" && REGION.test(option.value.value)) return option.value.value;
    if (option.value.kind === "runtime") {
      const constant = REGION_CONSTANT.exec(view.code.slice(option.value.offset, option.value.offset + 60));
      if (constant?.[1]) return constant[1].toLowerCase().replace(/_/g, "-");
    }
  }
  return fileRegion(view);
}
function fileRegion(view) {
  for (const s of view.strings) {
    const value = view.text.slice(s.start, s.end);
    if (!REGION.test(value)) continue;
    const lineStart = view.text.lastIndexOf("\n", s.start) + 1;
    if (/region/i.test(view.text.slice(lineStart, s.start))) return value;
  }
  const constant = REGION_CONSTANT.exec(view.code);
  return constant?.[1] ? constant[1].toLowerCase().replace(/_/g, "-") : void 0;
}

// src/scan/sdk/code-view.ts
function codeView(text, language) {
  const strings = [];
  const blanks = [];
  LEXERS[language](text, {
    // Asked about every string literal, docstrings included, before any binding work: recording it here and
    // answering false keeps the lexer from doing work this view does not need.
    mayHoldHost(start, end) {
      strings.push({ start, end });
      return false;
    },
    literal(start, end) {
      strings.push({ start, end });
    },
    comment(start, end) {
      blanks.push([start, end]);
    }
  });
  strings.sort((a, b) => a.start - b.start);
  for (const s of strings) blanks.push([s.start, s.end]);
  const code = blank(text, blanks);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineIndex = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    code,
    strings,
    lineOf: (offset) => lineIndex(offset) + 1,
    columnOf: (offset) => offset - (lineStarts[lineIndex(offset)] ?? 0) + 1,
    stringAt(from) {
      let i = from;
      while (i < code.length && /\s/.test(code[i] ?? "")) i++;
      const literal2 = firstStringFrom(strings, i);
      if (literal2 === void 0) return void 0;
      return OPENING.test(code.slice(i, literal2.start)) ? literal2 : void 0;
    },
    firstStringIn(from, to) {
      const literal2 = firstStringFrom(strings, from - 1);
      return literal2 !== void 0 && literal2.end <= to ? literal2 : void 0;
    }
  };
}
var OPENING = /^[A-Za-z@$]{0,3}("{1,3}|'{1,3}|`)$/;
function blank(text, spans) {
  const chars = text.split("");
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}
function firstStringFrom(strings, offset) {
  let lo = 0;
  let hi = strings.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((strings[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return strings[lo];
}

// src/scan/sdk/endpoint.ts
function optionOverride(view, entry, from, to) {
  const { options, templates = {}, unmodelled = [] } = entry.overrides;
  const names2 = [...options, ...Object.keys(templates), ...unmodelled];
  const found = findOptions(view, names2, from, to).filter((o) => o.value.kind !== "container");
  const unknown = found.find((o) => unmodelled.includes(o.name));
  if (unknown !== void 0)
    return {
      unresolved: `endpoint chosen by ${unknown.name}, which the table does not model`,
      offset: unknown.value.offset
    };
  const [first] = found;
  return first === void 0 ? void 0 : readOverride(first.name, first.value, templates[first.name]);
}
function fileOverride(view, entry, open, by) {
  const value = firstArgument(view, open);
  if (value === void 0) return void 0;
  const name = by.replace(/^\./, "").replace(/[ =(]+$/, "");
  return readOverride(name, value, entry.overrides.templates?.[name]);
}
function endpointArgument(view, entry, open, end) {
  const spec = entry.endpoint ?? { names: [] };
  const named = findOptions(view, spec.names, open, end).find((o) => o.value.kind !== "container");
  const positional = spec.positional ? firstArgument(view, open) : void 0;
  const [name, value] = named ? [named.name, named.value] : [spec.names[0] ?? "", positional];
  if (value === void 0 || value.kind === "container")
    return {
      unresolved: spec.env ? `endpoint set at run time by ${spec.env}` : `no ${spec.names.join(" or ")} written`,
      offset: open
    };
  return readOverride(name, value, void 0);
}
function readOverride(by, value, template2) {
  const { offset } = value;
  if (value.kind !== "literal") return { unresolved: `endpoint set at run time by ${by}`, offset };
  const written = template2 === void 0 ? value.value : typeof template2 === "string" ? template2.replace("{value}", value.value.trim().toLowerCase()) : Object.hasOwn(template2, value.value) ? template2[value.value] : void 0;
  const endpoint = written === void 0 ? void 0 : endpointOf(written);
  if (endpoint === void 0) return { unresolved: `could not read a host from ${by} "${value.value}"`, offset };
  return { endpoint, by, offset };
}

// src/scan/sdk/detect.ts
function detectSdkCalls(file, specifiers) {
  return detectSdkUsage(file, specifiers).references;
}
function detectSdkUsage(file, specifiers) {
  const found = { references: [], unresolved: [] };
  const language = languageOfText(file.path, file.text);
  if (language === void 0 || entriesFor(language).length === 0) return found;
  const mayImport = specifiers === void 0 ? mayImportAnySdk(file.text, language) : importsAnySdkModule(specifiers, language);
  if (!mayImport) return found;
  const view = codeView(file.text, language);
  const modules = importsOf2(view, language);
  if (modules.length === 0) return found;
  for (const entry of entriesFor(language)) {
    const imported = entryImport(entry, modules);
    if (imported !== void 0) detectEntry(view, file.path, entry, imported, found);
  }
  found.references.sort((a, b) => a.line - b.line || a.column - b.column || compare(a.host, b.host));
  found.unresolved.sort((a, b) => a.line - b.line || compare(a.sdk, b.sdk));
  return found;
}
function detectEntry(view, path3, entry, imported, out) {
  const calls = findConstructors(
    view.code,
    constructorPatterns(entry, imported),
    (capture) => serviceOf(capture, imported) !== void 0
  );
  if (calls.length === 0) return;
  const importLine = view.lineOf(imported.offset);
  const fileWide = fileOverrides(view, entry);
  for (const call of calls) {
    const line = view.lineOf(call.start);
    const at = {
      file: path3,
      line,
      column: view.columnOf(call.start),
      sdk: entry.id,
      importLine,
      constructorLine: line,
      ...imported.lazyPackage !== void 0 ? { lazyPackage: imported.lazyPackage } : {}
    };
    const name = constructorName(view, call);
    const unresolved = (reason) => out.unresolved.push({ sdk: entry.id, file: path3, line, reason });
    const override = entry.endpoint ? endpointArgument(view, entry, call.open, call.end) : optionOverride(view, entry, call.open, call.end) ?? fileWide;
    if (override !== void 0 && "unresolved" in override) {
      unresolved(override.unresolved);
      continue;
    }
    if (override !== void 0) {
      const { host, port, scheme } = override.endpoint;
      const how = entry.endpoint ? `the ${override.by} it is given` : `${override.by} at line ${view.lineOf(override.offset)}`;
      out.references.push({
        ...at,
        host,
        port,
        scheme,
        reason: `${entry.id}: ${name} calls ${host}, set by ${how} (imported at line ${importLine})`,
        overridden: { by: override.by, line: view.lineOf(override.offset) }
      });
      continue;
    }
    const hosts = defaultHosts(view, entry, call, imported, unresolved);
    for (const h of hosts) {
      out.references.push({
        ...at,
        host: h.host,
        port: h.port,
        scheme: h.scheme ?? "https",
        reason: `${entry.id}: ${name} calls ${h.host} by default${h.note ?? ""} (imported at line ${importLine})`
      });
    }
  }
}
function defaultHosts(view, entry, call, imported, unresolved) {
  const hosts = [...entry.hosts];
  if (entry.service === void 0) return hosts;
  const service = entry.service === "aws-capture" ? serviceOf(call.capture ?? "", imported) : argumentService(view, call);
  if (service === void 0) {
    unresolved("the service is chosen at run time");
    return hosts;
  }
  if (entry.service === "argument") {
    const host = entry.serviceHosts?.[service];
    if (host === void 0)
      unresolved(`the host of API "${service}" comes from its discovery document, not in the table`);
    return host === void 0 ? hosts : [{ host, port: 443, why: "" }, ...hosts];
  }
  const aws = awsHost(SDK_TABLE.aws, service, awsRegion(view, entry.region ?? [], call.open, call.end));
  if ("unresolved" in aws) {
    unresolved(aws.unresolved);
    return hosts;
  }
  const note = aws.region === void 0 ? " (no region in the file: the partition-wide endpoint)" : "";
  return [{ host: aws.host, port: 443, why: "", note }, ...hosts];
}
function argumentService(view, call) {
  const value = firstArgument(view, call.open) ?? findOptions(view, ["service_name", "serviceName"], call.open, call.end)[0]?.value;
  return value?.kind === "literal" ? value.value : void 0;
}
function serviceOf(capture, imported) {
  const key = normaliseName(capture);
  if (imported.captures.has(key)) return key;
  const aliased = imported.aliases.get(capture);
  return aliased ? aliased : void 0;
}
function constructorPatterns(entry, imported) {
  if (entry.language === "python" || entry.language === "jvm")
    return entry.constructors.filter((p) => !isBareName(p) || importsName(imported, p));
  if (entry.language === "csharp")
    return [...entry.constructors, ...entry.constructors.flatMap((p) => targetTyped(p) ?? [])];
  if (entry.language !== "go") return entry.constructors;
  const patterns = entry.constructors.flatMap((pattern) => {
    const qualified = /^([A-Za-z_]\w*)\.(.*)$/.exec(pattern);
    if (!qualified) return [pattern];
    const [, name, rest] = qualified;
    const providers = packageImports(entry, imported, name);
    return providers.length === 0 ? [pattern] : providers.map((m) => `${m.alias ?? name}.${rest}`);
  });
  return [...new Set(patterns)];
}
function isBareName(pattern) {
  return !pattern.slice(0, pattern.indexOf("(")).includes(".");
}
function importsName(imported, pattern) {
  const name = pattern.slice(0, pattern.indexOf("(")).split(" ").pop();
  return imported.paths.some((m) => m.path.endsWith(`.${name}`) || m.path.endsWith("."));
}
function packageImports(entry, imported, name) {
  const withoutVersion = (path3) => path3.replace(/\/v\d+$/, "");
  const named = imported.paths.filter((m) => withoutVersion(m.path).split("/").pop() === name);
  if (named.length > 0) return named;
  return imported.paths.filter((m) => entry.imports.includes(withoutVersion(m.path)));
}
function fileOverrides(view, entry) {
  for (const pattern of entry.overrides.calls ?? []) {
    const [first] = findConstructors(view.code, [pattern]);
    if (first) return fileOverride(view, entry, first.open, pattern);
  }
  for (const call of findConstructors(view.code, entry.overrides.configure ?? [])) {
    const override = optionOverride(view, entry, call.open, call.end);
    if (override) return override;
  }
  return void 0;
}
function constructorName(view, call) {
  const written = view.code.slice(call.start, call.open).replace(/\s*\.\s*/g, ".").replace(/\s+/g, " ").trim();
  return view.code[call.open] === "(" ? `${written}()` : written;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/scan/scan-source.ts
var PROGRAM_LANGUAGES = /* @__PURE__ */ new Set(["javascript", "python", "go", "jvm", "ruby", "csharp"]);
function scanSource(file, options = {}) {
  const language = options.language ?? languageOfText(file.path, file.text);
  if (language === void 0) return [];
  const program = PROGRAM_LANGUAGES.has(language);
  const calls = program ? detectSdkCalls(file, options.modules) : [];
  if (calls.length === 0 && !mayReferenceHosts(file.text)) return [];
  const found = extract(file.text, LEXERS[language], program);
  if (language === "go") markOverwrittenByInit(found, file.text);
  const whole = wholeFileClass(file.path, file.text);
  const placement = {
    file: file.path,
    use: program ? "call" : "config",
    ...whole ? { whole } : {},
    ...isDockerfile(file.path) ? { buildLines: dockerfileBuildLines(file.text) } : {}
  };
  const literal2 = soleDefinitions(externalReferences(found, placement, options.inCluster), found, file.text, language);
  const written = new Set(literal2.map((r) => `${r.host}\0${r.line}`));
  const sdk = sdkReferences(file.path, calls, found, options, whole).filter(
    (r) => !written.has(`${r.host}\0${r.line}`)
  );
  return sortReferences([...literal2, ...sdk]);
}
function markOverwrittenByInit(found, text) {
  const overwritten = initOverwrites(text, (o) => found.lines.line(o));
  for (const raw of found.refs) {
    const why = overwritten(raw.offset);
    if (why !== void 0) raw.overwritten = why;
  }
}
var DEFINITION_LANGUAGES = /* @__PURE__ */ new Set(["javascript", "jvm", "go", "csharp"]);
function soleDefinitions(refs, found, text, language) {
  for (const r of refs) {
    const name = r.soleDefinition;
    if (name === void 0) continue;
    const at = [...text.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => m.index);
    if (at.length === 1 && DEFINITION_LANGUAGES.has(language)) continue;
    delete r.soleDefinition;
    const definedAt = at.filter((o) => found.lines.line(o) <= r.line).pop();
    const use = at.length > 1 && definedAt !== void 0 ? usedOnlyAs(text, at, definedAt) : void 0;
    if (use) r.usedOnlyAs = { name, ...use };
  }
  return refs;
}
function sdkReferences(path3, calls, found, options, whole) {
  const out = [];
  for (const r of calls) {
    const kind = classifyHost(r.host, options.inCluster);
    if (kind !== "external") continue;
    out.push({
      host: r.host,
      port: r.port,
      scheme: r.scheme,
      kind: "host",
      file: path3,
      line: r.line,
      column: r.column,
      ignoredRules: ignoredRulesAt(found.ignores, r.line),
      class: whole?.class ?? "call",
      reason: whole ? `${whole.reason} (via sdk: ${r.reason})` : `via sdk: ${r.reason}`,
      via: "sdk",
      ...r.lazyPackage !== void 0 ? { lazyPackage: r.lazyPackage } : {}
    });
  }
  return out;
}

// src/scan/scannable.ts
var EXCLUDED_DIRS = /* @__PURE__ */ new Set([
  "docs",
  // The Maven wrapper's downloader and settings: they run on the machine that builds, before Maven does.
  ".mvn",
  ".github",
  // CI configuration: it runs on CI machines, never in a pod (GitHub workflows are read as build definitions).
  ".circleci",
  ".buildkite",
  ".gitlab",
  ".git",
  "node_modules",
  "vendor",
  ".vscode",
  ".devcontainer",
  ".idea"
]);
var TEST_DIRS = /* @__PURE__ */ new Set(["__tests__", "tests", "test", "testdata", "fixtures", "__fixtures__", "__mocks__", "spec"]);
var TEST_FILE = /(^test_.*\.py$|_test\.(go|py)$|\.(test|spec)\.[cm]?[jt]sx?$|_spec\.rb$|Tests?\.(java|kt)$|^conftest\.py$|^(jest|vitest|karma|playwright|cypress)\.(setup|config)\.[cm]?[jt]s$|^setupTests\.[cm]?[jt]sx?$)/;
var BUILD_METADATA = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  ".yarnrc.yml",
  "bower.json",
  // jsonnet-bundler's dependencies, fetched by `jb install` when the image is built.
  "jsonnetfile.json",
  "jsonnetfile.lock.json",
  "npm-shrinkwrap.json",
  "jsconfig.json",
  "composer.json",
  "renovate.json",
  "lerna.json",
  "chart.yaml",
  "kustomization.yaml",
  "kustomization.yml",
  ".gitlab-ci.yml",
  ".pre-commit-config.yaml",
  "mkdocs.yml",
  ".goreleaser.yml",
  ".goreleaser.yaml",
  "codecov.yml",
  ".golangci.yml",
  ".golangci.yaml",
  ".travis.yml",
  "azure-pipelines.yml",
  "bitbucket-pipelines.yml",
  "setup.cfg",
  "tox.ini",
  "pytest.ini",
  "pyproject.toml",
  "cargo.toml",
  ".eslintrc.json",
  ".prettierrc.json",
  "turbo.json",
  "nx.json",
  "angular.json",
  "biome.json"
]);
function isScannableSource(path3, options = {}) {
  const normal = path3.includes("\\") ? path3.replace(/\\/g, "/") : path3;
  if (languageOf(normal) === void 0 && !isBinScript(normal)) return false;
  const base = baseName2(normal);
  const lowerBase = base.toLowerCase();
  if (BUILD_METADATA.has(lowerBase) || /^tsconfig.*\.json$/.test(lowerBase)) return false;
  if (lowerBase.endsWith(".min.js") || lowerBase.endsWith(".gradle.kts")) return false;
  let inTests = false;
  for (let from = 0, slash = normal.indexOf("/"); slash !== -1; from = slash + 1, slash = normal.indexOf("/", from)) {
    const lower = normal.slice(from, slash).toLowerCase();
    if (EXCLUDED_DIRS.has(lower)) return false;
    if (TEST_DIRS.has(lower)) inTests = true;
  }
  if (options.includeTests) return true;
  return !inTests && !TEST_FILE.test(base);
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last2 = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last2, at) + "\0";
    last2 = at + 1;
  }
  return out + masked.slice(last2);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last2 = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last2);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile2 = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent2) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent2}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent2);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent2 + "  ");
        return walk(n.next, indent2);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent2);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile2(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy2 = {};
  for (const k in o)
    copy2[k] = o[k];
  return copy2;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last2, lastStart, prev, prevStart) => portionMatch(p, last2) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last2 = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last2 = f.slice(lastStart);
        if (last2 === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last2) || last2 === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last2, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last2, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last2 = lastSplit;
    return last2?.f === f && last2.isWindows === this.isWindows && last2.preserveMultipleSlashes === this.preserveMultipleSlashes && last2.normalize === this.#form ? last2 : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/glob.ts
var compiled = /* @__PURE__ */ new Map();
function compile3(glob) {
  let c = compiled.get(glob);
  if (!c) {
    const pattern = glob.replace(/^\.\//, "");
    const fast = shortcut(pattern);
    compiled.set(glob, c = { full: new Minimatch(pattern, { dot: true }), ...fast ? { fast } : {} });
  }
  return c;
}
function matches(c, path3, clean) {
  return clean && c.fast ? c.fast(path3) : c.full.match(path3);
}
var PLAIN = /^[A-Za-z0-9_.-]+$/;
function shortcut(pattern) {
  if (pattern === "**/*") return () => true;
  let m = /^\*\*\/\*\.(.+)$/.exec(pattern);
  if (m && PLAIN.test(m[1])) {
    const suffix = `.${m[1]}`;
    return (path3) => path3.endsWith(suffix);
  }
  m = /^\*\*\/(.+)\/\*\*$/.exec(pattern);
  if (m && PLAIN.test(m[1]) && m[1] !== "." && m[1] !== "..") {
    const name = m[1];
    return (path3) => path3.startsWith(`${name}/`) || path3.includes(`/${name}/`);
  }
  m = /^(.+)\/\*\*$/.exec(pattern);
  if (m && m[1].split("/").every((part) => PLAIN.test(part) && part !== "." && part !== "..")) {
    const folder = `${m[1]}/`;
    return (path3) => path3.startsWith(folder);
  }
  m = /^\*\*\/(.+)$/.exec(pattern);
  if (m && PLAIN.test(m[1]) && m[1] !== "." && m[1] !== "..") {
    const name = m[1];
    return (path3) => path3 === name || path3.endsWith(`/${name}`);
  }
  return void 0;
}
var UNCLEAN = /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/;
function globMatcher(globs) {
  const list = globs.map(compile3);
  return (path3) => {
    const clean = !UNCLEAN.test(path3);
    return list.some((c) => matches(c, path3, clean));
  };
}

// src/scan/collect.ts
function readRepositoryFile(file) {
  if (!isCodeOrConfig(file)) return { references: [] };
  const language = languageOfText(file.path, file.text);
  const environment = environmentOf(file.path, file.text);
  const imports = importsOf(file.path, file.text, language);
  const modulesRead = imports !== void 0 && readsModules(file.path, language);
  return detachedStrings({
    references: scanSource(file, modulesRead ? { language, modules: imports.specifiers } : { language }),
    ...environment ? { environment } : {},
    ...imports ? { imports } : {}
  });
}
function isCodeOrConfig(file) {
  return isScannableSource(file.path) && !holdsKubernetesObjects(file) && !isBaselineFile(file);
}
function isBaselineFile(file) {
  return languageOf(file.path) === "yaml" && looksLikeBaseline(file.text);
}
function holdsKubernetesObjects(file) {
  const language = languageOf(file.path);
  if (language === "yaml") return /^apiVersion:[ \t]*\S/m.test(file.text) && /^kind:[ \t]*\S/m.test(file.text);
  if (language === "json") return /"apiVersion"\s*:/.test(file.text) && /"kind"\s*:/.test(file.text);
  return false;
}

// src/discover/read-files.ts
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import path2 from "node:path";

// src/rules/catalog.ts
var RULES2 = [
  // Input that could not be read as the cluster will read it.
  {
    name: "invalid-yaml",
    code: "EGR001",
    severity: "error",
    description: "A manifest is not valid YAML or JSON; nothing in that document is checked.",
    source: "loader"
  },
  {
    name: "invalid-resource",
    code: "EGR002",
    severity: "error",
    description: "An Istio resource violates its schema; the API server or istiod would reject it.",
    source: "loader"
  },
  {
    name: "unreadable-file",
    code: "EGR003",
    severity: "warning",
    description: "A file was skipped: too large, binary, or a link that leaves the repository.",
    source: "loader"
  },
  {
    name: "render-fallback",
    code: "EGR004",
    severity: "info",
    description: "A Kustomize or Helm tree could not be rendered as deployed and was read another way.",
    source: "loader"
  },
  // The mesh policy.
  {
    name: "invalid-outbound-policy",
    code: "EGR010",
    severity: "error",
    description: "An outbound traffic policy mode Istio does not accept, or a Sidecar policy without a mode.",
    source: "rules"
  },
  // Reachability of the hosts the code calls.
  {
    name: "unregistered-host",
    code: "EGR020",
    severity: "error",
    description: "The code calls an external host that no ServiceEntry visible to the workload registers.",
    source: "rules"
  },
  {
    name: "port-not-registered",
    code: "EGR021",
    severity: "error",
    description: "The host is registered, but not on the port or protocol the code uses.",
    source: "rules"
  },
  {
    name: "not-exported",
    code: "EGR022",
    severity: "error",
    description: "A ServiceEntry registers the host, but its exportTo hides it from the caller's namespace.",
    source: "rules"
  },
  {
    name: "hidden-by-sidecar",
    code: "EGR023",
    severity: "error",
    description: "A ServiceEntry registers the host, but the caller's Sidecar egress hosts do not import it.",
    source: "rules"
  },
  {
    name: "wildcard-apex",
    code: "EGR024",
    severity: "error",
    description: "The code calls example.org and only *.example.org is registered; a wildcard does not cover its apex.",
    source: "rules"
  },
  // The allowlist file against the registrations.
  {
    name: "allowlist-unregistered",
    code: "EGR030",
    severity: "error",
    description: "An allowlisted host (or one of its approved ports) has no ServiceEntry, so the approved egress is blocked; a call the code makes to it is reported once, as unregistered-host.",
    source: "rules"
  },
  {
    name: "unapproved-egress",
    code: "EGR031",
    severity: "error",
    description: "A ServiceEntry registers an external host the allowlist does not approve.",
    source: "rules"
  },
  {
    name: "stale-allowlist-entry",
    code: "EGR032",
    severity: "info",
    description: "An allowlist entry is neither registered nor referenced by any code.",
    source: "rules"
  },
  // ServiceEntries that do not do what their authors think.
  {
    name: "http-on-tls-port",
    code: "EGR040",
    severity: "error",
    description: "HTTP declared on a TLS port without TLS origination breaks every HTTPS host on that port.",
    source: "rules"
  },
  {
    name: "tcp-on-443",
    code: "EGR041",
    severity: "warning",
    description: "A TCP or undeclared-protocol ServiceEntry port 443 (or another TLS port) without addresses captures all traffic to that port.",
    source: "rules"
  },
  {
    name: "wildcard-needs-resolution-none",
    code: "EGR042",
    severity: "error",
    description: "A wildcard host with DNS resolution and no endpoints; Istio rejects it because a wildcard cannot be resolved.",
    source: "rules"
  },
  {
    name: "tcp-port-shared-without-addresses",
    code: "EGR043",
    severity: "warning",
    description: "Two TCP ServiceEntries without addresses share a port; only one of them wins.",
    source: "rules"
  },
  {
    name: "conflicting-service-entries",
    code: "EGR044",
    severity: "warning",
    description: "The same host and port are registered twice with different protocol or resolution.",
    source: "rules"
  },
  {
    name: "ip-in-hosts",
    code: "EGR045",
    severity: "error",
    description: "An IP address or CIDR in hosts; it belongs in addresses.",
    source: "rules"
  },
  {
    name: "double-tls",
    code: "EGR046",
    severity: "error",
    description: "A TLS or HTTPS ServiceEntry port with a DestinationRule that originates TLS: the app's TLS is wrapped in TLS again.",
    source: "rules"
  },
  {
    name: "full-wildcard-host",
    code: "EGR047",
    severity: "error",
    description: 'A ServiceEntry host of "*"; Istio rejects it, so nothing in the entry is applied.',
    source: "rules"
  },
  {
    name: "config-order-assumed",
    code: "EGR048",
    severity: "info",
    description: "Two VirtualServices route one host for the same sidecars; which is older decides, and the manifests do not say.",
    source: "rules"
  },
  {
    name: "injection-not-shown",
    code: "EGR049",
    severity: "info",
    description: "Nothing in the repository enables sidecar injection, so the workloads of a namespace it does not declare are taken as running without a sidecar, and their calls are not judged.",
    source: "rules"
  },
  {
    name: "unserved-workload",
    code: "EGR050",
    severity: "warning",
    description: "A workload is written under an apiVersion Kubernetes does not serve for its kind (extensions/v1beta1 for a Deployment, apps/v1 for a CronJob); it is not modelled, and its calls are not judged.",
    source: "loader"
  }
];
var BY_NAME = new Map(RULES2.map((r) => [r.name, r]));
function ruleMeta(name) {
  return BY_NAME.get(name);
}

// src/discover/read-files.ts
var ALWAYS_EXCLUDED = [
  "**/.git/**",
  "**/node_modules/**",
  "**/vendor/**",
  "**/third_party/**",
  "**/.github/**"
];
var WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
async function readRepositoryFiles(root, relPaths, maxFileBytes, exclude = [], onRead) {
  const realRoot = await realpath(root);
  const always = globMatcher([...ALWAYS_EXCLUDED, ...exclude]);
  const chosen = globMatcher(exclude);
  const excluded = (p) => WORKFLOW_FILE.test(p) ? chosen(p) : always(p);
  const place = { root, realRoot, maxFileBytes, excluded, realDirs: /* @__PURE__ */ new Map() };
  const out = { files: [], findings: [] };
  for (const rel of relPaths) {
    const r = readOne(place, rel);
    if (r === void 0) continue;
    if (!("text" in r)) out.findings.push(r);
    else if (onRead) onRead(r);
    else out.files.push(r);
  }
  return out;
}
function realPathOf(place, rel, abs, isLink) {
  if (isLink) return realpathSync.native(abs);
  const dir = path2.dirname(rel);
  let realDir = place.realDirs.get(dir);
  if (realDir === void 0) place.realDirs.set(dir, realDir = realpathSync.native(path2.join(place.root, dir)));
  return path2.join(realDir, path2.basename(rel));
}
function readOne(place, rel) {
  const { realRoot, maxFileBytes, excluded } = place;
  const abs = path2.join(place.root, rel);
  try {
    const info = lstatSync(abs);
    const target = realPathOf(place, rel, abs, info.isSymbolicLink());
    if (target !== realRoot && !target.startsWith(realRoot + path2.sep))
      return skipped(rel, "it is a link to a file outside the repository");
    const real = toPosix(path2.relative(realRoot, target));
    if (real !== "" && excluded(real)) return skipped(rel, `it is a link to ${real}, which is never read`);
    const resolved = info.isSymbolicLink() ? statSync(abs) : info;
    if (resolved.isDirectory()) return void 0;
    if (!resolved.isFile()) return skipped(rel, "it is not a regular file");
    const size = resolved.size;
    if (size > maxFileBytes)
      return skipped(rel, `it is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit`);
    const bytes = readInto(abs, maxFileBytes, size);
    if (bytes === void 0)
      return skipped(rel, `it grew over the ${formatBytes(maxFileBytes)} limit while it was read`);
    if (bytes.includes(0)) return skipped(rel, "it is binary (contains NUL bytes)");
    return { path: rel, text: bytes.toString("utf8") };
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") return skipped(rel, "it is a symbolic link loop");
    if (code === "ENOENT") return skipped(rel, "it is a broken symbolic link");
    return skipped(rel, `it could not be read (${code ?? "error"})`);
  }
}
var scratch = Buffer.allocUnsafe(1 << 16);
function readInto(abs, maxFileBytes, size) {
  const fd = openSync(abs, "r");
  try {
    let length = 0;
    for (; ; ) {
      if (length === scratch.length) {
        if (length > maxFileBytes) return void 0;
        const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, maxFileBytes + 1));
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const room = scratch.length - length;
      const got = readSync(fd, scratch, length, room, null);
      if (got === 0) break;
      length += got;
      if (got < room && length === size) break;
    }
    return length > maxFileBytes ? void 0 : scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function skipped(file, why) {
  const meta = ruleMeta("unreadable-file");
  return {
    rule: meta.name,
    code: meta.code,
    severity: meta.severity,
    message: `skipped ${file}: ${why}`,
    file,
    line: 1
  };
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

// src/discover/snapshot.ts
async function scanSources(root, paths, maxFileBytes, exclude) {
  const out = { scanned: [], references: [], environment: [], imports: [], findings: [] };
  const read = await readRepositoryFiles(root, paths, maxFileBytes, exclude, (file) => {
    out.scanned.push(file.path);
    const { references, environment, imports } = readRepositoryFile(file);
    for (const ref of references) out.references.push(ref);
    if (environment) out.environment.push(environment);
    if (imports) out.imports.push(imports);
  });
  out.findings.push(...read.findings);
  return out;
}

// src/discover/scan-pool.ts
async function takeBatches(work, scanned) {
  for (let i = Atomics.add(work.counter, 0, 1); i < work.batches.length; i = Atomics.add(work.counter, 0, 1)) {
    scanned(i, await scanSources(work.root, work.batches[i], work.maxFileBytes, work.exclude));
  }
}

// src/discover/scan-worker.ts
parentPort?.on("message", (work) => {
  const answer = (a) => parentPort.postMessage(a);
  void takeBatches(work, (index, scan) => answer({ index, scan })).then(() => answer({ done: true }));
});
