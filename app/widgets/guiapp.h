#pragma once

// Starts the desktop application: parses the window's options, loads catalogs, shows the window
// (or saves a screenshot of it). Without a display it explains how to use the command line.
int runGui(int argc, char** argv);
