// Shared bits of the Lovelace cards.
import { css } from "lit";

export interface LovelaceCardConfig {
  type: string;
  [key: string]: unknown;
}

export const cardStyles = css`
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
`;
