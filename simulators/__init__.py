"""Printer simulators for tests, benchmarks and demos (real brokers/servers, scripted printers)."""
