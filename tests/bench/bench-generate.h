/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sw-document.h"

G_BEGIN_DECLS

SwDocument *bench_generate_strategy (guint   n_nodes,
                                     guint32 seed);

G_END_DECLS
