// SPDX-License-Identifier: GPL-3.0-or-later
// Fairwell: a desktop console for customer offboarding.
#include "startup.h"

int main(int argc, char **argv)
{
    return fairwell::Startup::run(argc, argv);
}
