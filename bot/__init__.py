"""The Callboard bot: settings, the Application, rendering, the command line."""
