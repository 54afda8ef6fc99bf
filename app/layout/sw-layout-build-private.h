/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <graphviz/cgraph.h>

#include "sw-layout-private.h"

G_BEGIN_DECLS

Agraph_t *_sw_layout_build (SwLayoutGraph  *graph,
                            Agdisc_t       *disc,
                            Agnode_t      **agnodes);

G_END_DECLS
