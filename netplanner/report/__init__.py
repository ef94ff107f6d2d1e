"""The mentoring plan as a PDF: content from the services, words in English or Swedish, Qt's PDF engine."""

from netplanner.report.plan_pdf import (
    can_write_off_the_gui_thread,
    default_language,
    ensure_application,
    prepare_plan,
    render_pdf,
    write_content_pdf,
    write_plan_pdf,
)

__all__ = ["can_write_off_the_gui_thread", "default_language", "ensure_application", "prepare_plan",
           "render_pdf", "write_content_pdf", "write_plan_pdf"]
