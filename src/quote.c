/* STUB — owned by the analysis helper; replace. */
#include "quote.h"
void quote_analyse(doc *d) { (void)d; }
