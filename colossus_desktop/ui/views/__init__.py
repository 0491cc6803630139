"""Views the window opens on demand (dialogs and docks), each in its own module."""
