#pragma once
// QCustomPlot's header uses Qt's bare keywords (`signals:`, `foreach`), which this project turns
// off (QT_NO_KEYWORDS: LibTorch's `slots` collides); they are lent to it here and taken back.
#ifndef signals
#define signals Q_SIGNALS
#define SPACT_QCP_UNDEF_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define SPACT_QCP_UNDEF_FOREACH
#endif
#include <qcustomplot.h>
#ifdef SPACT_QCP_UNDEF_SIGNALS
#undef signals
#undef SPACT_QCP_UNDEF_SIGNALS
#endif
#ifdef SPACT_QCP_UNDEF_FOREACH
#undef foreach
#undef SPACT_QCP_UNDEF_FOREACH
#endif
