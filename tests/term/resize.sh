#!/bin/sh
# A storm of 150 random resizes (2x2 to 200x60, tiny ones included) while
# the sample is open at 100x30, scrolled into the article: the program
# survives, and back at 100x30 it shows exactly the screen it showed before.
. tests/term/lib.sh
t_init
t_sample_model

seed=${T_SEED:-$$}
echo "resize storm seed: $seed (T_SEED=$seed to repeat)"
sizes=$(awk -v seed="$seed" 'BEGIN {
    srand(seed)
    for (i = 0; i < 150; i++) printf "%dx%d ", 2 + int(rand() * 199), 2 + int(rand() * 59)
}')

t_start 100 30 "$T_SAMPLE"
t_ready
t_resize_keeps_place "$sizes"

# Still answering keys.
t_keys ']'
t_wait_status 'Quote [0-9]+/' "] after the storm"
t_keys Escape
t_wait_status_not 'Quote [0-9]'
t_quit
