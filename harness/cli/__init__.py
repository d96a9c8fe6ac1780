"""The command line: parse options, call one library function, print, choose the exit code.
The only place that knows the terminal.
"""
