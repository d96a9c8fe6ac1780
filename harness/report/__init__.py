"""Reports: JSON for machines, markdown and charts for people. Reads verdicts, never recomputes."""
