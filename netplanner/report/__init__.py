"""The mentoring plan as a PDF: content from the services, words in English or Swedish, Qt's PDF engine."""

from netplanner.report.plan_pdf import default_language, ensure_application, render_pdf, write_plan_pdf

__all__ = ["default_language", "ensure_application", "render_pdf", "write_plan_pdf"]
