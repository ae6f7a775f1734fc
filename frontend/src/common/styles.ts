// Shared styles: HA theme variables only, 44 px touch targets, no hover-only controls.
import { css } from "lit";

export const sharedStyles = css`
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
`;
