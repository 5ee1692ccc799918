/* STUB — owned by the analysis helper; replace. */
#include "entity.h"
void entity_analyse(doc *d) { (void)d; }
