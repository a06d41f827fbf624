;; Viterbi decoding of the tagger's 13 BIOES labels over three types, in WebAssembly: the same
;; arithmetic as viterbi.ts forwardBioes3 (f64 sums, predecessors in the same order, strict `>` so
;; the same ties win), without JavaScript's bounds checks. viterbi-wasm.ts copies the emission in
;; and the labels out; the tests compare every label with viterbi.ts.
;;
;; Labels: O = 0, then B, I, E, S of type t at 1 + 4t .. 4 + 4t. O, B and S follow a closed label
;; (O, E, S of any type); I and E follow B or I of their own type.
(module
  (memory (export "memory") 1)
  ;; Closed labels (the predecessors of O, B, S), then the labels that follow them, as i32.
  (data (i32.const 0) "\00\00\00\00\03\00\00\00\04\00\00\00\07\00\00\00\08\00\00\00\0b\00\00\00\0c\00\00\00")
  (data (i32.const 32) "\00\00\00\00\01\00\00\00\04\00\00\00\05\00\00\00\08\00\00\00\09\00\00\00\0c\00\00\00")

  ;; Writes the best labels of n ≥ 1 positions to out (u8) and returns the best score.
  (func (export "decode")
    (param $em i32)       ;; f32 emission, 13 per position
    (param $n i32)
    (param $delta i32)    ;; f64 scratch, 13 per position
    (param $back i32)     ;; u8 scratch, 13 per position
    (param $out i32)      ;; u8 labels
    (param $tc i32)       ;; f64 [7 targets after a closed label][7 closed predecessors]
    (param $to i32)       ;; f64 per type: B→I, I→I, B→E, I→E
    (param $startMask i32) ;; bit l: label l may start the sequence
    (param $endMask i32)   ;; bit l: label l may end it
    (result f64)
    (local $i i32) (local $j i32) (local $t i32) (local $l i32) (local $arg i32) (local $target i32)
    (local $prev i32) (local $cur i32) (local $emRow i32) (local $tb i32) (local $b i32)
    (local $best f64) (local $s f64) (local $dB f64) (local $dI f64)
    (local $d0 f64) (local $d3 f64) (local $d4 f64) (local $d7 f64) (local $d8 f64) (local $d11 f64) (local $d12 f64)

    (local.set $l (i32.const 0))
    (block $startDone (loop $start
      (br_if $startDone (i32.ge_u (local.get $l) (i32.const 13)))
      (f64.store (i32.add (local.get $delta) (i32.shl (local.get $l) (i32.const 3)))
        (select
          (f64.promote_f32 (f32.load (i32.add (local.get $em) (i32.shl (local.get $l) (i32.const 2)))))
          (f64.const -inf)
          (i32.and (i32.shr_u (local.get $startMask) (local.get $l)) (i32.const 1))))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $start)))

    (local.set $i (i32.const 1))
    (block $forwardDone (loop $forward
      (br_if $forwardDone (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $prev (i32.add (local.get $delta) (i32.mul (i32.sub (local.get $i) (i32.const 1)) (i32.const 104))))
      (local.set $cur (i32.add (local.get $prev) (i32.const 104)))
      (local.set $emRow (i32.add (local.get $em) (i32.mul (local.get $i) (i32.const 52))))
      (local.set $d0 (f64.load (local.get $prev)))
      (local.set $d3 (f64.load offset=24 (local.get $prev)))
      (local.set $d4 (f64.load offset=32 (local.get $prev)))
      (local.set $d7 (f64.load offset=56 (local.get $prev)))
      (local.set $d8 (f64.load offset=64 (local.get $prev)))
      (local.set $d11 (f64.load offset=88 (local.get $prev)))
      (local.set $d12 (f64.load offset=96 (local.get $prev)))

      ;; O, B, S: the best closed predecessor.
      (local.set $j (i32.const 0))
      (block $closedDone (loop $closed
        (br_if $closedDone (i32.ge_u (local.get $j) (i32.const 7)))
        (local.set $tb (i32.add (local.get $tc) (i32.mul (local.get $j) (i32.const 56))))
        (local.set $best (f64.const -inf))
        (local.set $arg (i32.const 0))
        (local.set $s (f64.add (local.get $d0) (f64.load (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s))))
        (local.set $s (f64.add (local.get $d3) (f64.load offset=8 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 3))))
        (local.set $s (f64.add (local.get $d4) (f64.load offset=16 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 4))))
        (local.set $s (f64.add (local.get $d7) (f64.load offset=24 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 7))))
        (local.set $s (f64.add (local.get $d8) (f64.load offset=32 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 8))))
        (local.set $s (f64.add (local.get $d11) (f64.load offset=40 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 11))))
        (local.set $s (f64.add (local.get $d12) (f64.load offset=48 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (i32.const 12))))
        (local.set $target (i32.load offset=32 (i32.shl (local.get $j) (i32.const 2))))
        (f64.store (i32.add (local.get $cur) (i32.shl (local.get $target) (i32.const 3)))
          (f64.add (local.get $best)
            (f64.promote_f32 (f32.load (i32.add (local.get $emRow) (i32.shl (local.get $target) (i32.const 2)))))))
        (i32.store8 (i32.add (i32.add (local.get $back) (i32.mul (local.get $i) (i32.const 13))) (local.get $target))
          (local.get $arg))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $closed)))

      ;; I and E of each type: from B, then from I.
      (local.set $t (i32.const 0))
      (block $typesDone (loop $types
        (br_if $typesDone (i32.ge_u (local.get $t) (i32.const 3)))
        (local.set $b (i32.add (i32.const 1) (i32.shl (local.get $t) (i32.const 2))))
        (local.set $dB (f64.load (i32.add (local.get $prev) (i32.shl (local.get $b) (i32.const 3)))))
        (local.set $dI (f64.load offset=8 (i32.add (local.get $prev) (i32.shl (local.get $b) (i32.const 3)))))
        (local.set $tb (i32.add (local.get $to) (i32.shl (local.get $t) (i32.const 5))))
        ;; I
        (local.set $best (f64.const -inf))
        (local.set $arg (i32.const 0))
        (local.set $s (f64.add (local.get $dB) (f64.load (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (local.get $b))))
        (local.set $s (f64.add (local.get $dI) (f64.load offset=8 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best))
          (then (local.set $best (local.get $s)) (local.set $arg (i32.add (local.get $b) (i32.const 1)))))
        (f64.store offset=8 (i32.add (local.get $cur) (i32.shl (local.get $b) (i32.const 3)))
          (f64.add (local.get $best)
            (f64.promote_f32 (f32.load offset=4 (i32.add (local.get $emRow) (i32.shl (local.get $b) (i32.const 2)))))))
        (i32.store8 offset=1 (i32.add (i32.add (local.get $back) (i32.mul (local.get $i) (i32.const 13))) (local.get $b))
          (local.get $arg))
        ;; E
        (local.set $best (f64.const -inf))
        (local.set $arg (i32.const 0))
        (local.set $s (f64.add (local.get $dB) (f64.load offset=16 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (local.get $b))))
        (local.set $s (f64.add (local.get $dI) (f64.load offset=24 (local.get $tb))))
        (if (f64.gt (local.get $s) (local.get $best))
          (then (local.set $best (local.get $s)) (local.set $arg (i32.add (local.get $b) (i32.const 1)))))
        (f64.store offset=16 (i32.add (local.get $cur) (i32.shl (local.get $b) (i32.const 3)))
          (f64.add (local.get $best)
            (f64.promote_f32 (f32.load offset=8 (i32.add (local.get $emRow) (i32.shl (local.get $b) (i32.const 2)))))))
        (i32.store8 offset=2 (i32.add (i32.add (local.get $back) (i32.mul (local.get $i) (i32.const 13))) (local.get $b))
          (local.get $arg))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $types)))

      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $forward)))

    ;; The best allowed last label, then back along the stored predecessors.
    (local.set $prev (i32.add (local.get $delta) (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 104))))
    (local.set $best (f64.const -inf))
    (local.set $arg (i32.const 0))
    (local.set $l (i32.const 0))
    (block $endDone (loop $end
      (br_if $endDone (i32.ge_u (local.get $l) (i32.const 13)))
      (if (i32.and (i32.shr_u (local.get $endMask) (local.get $l)) (i32.const 1))
        (then
          (local.set $s (f64.load (i32.add (local.get $prev) (i32.shl (local.get $l) (i32.const 3)))))
          (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (local.get $l))))))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $end)))
    (i32.store8 (i32.add (local.get $out) (i32.sub (local.get $n) (i32.const 1))) (local.get $arg))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $backDone (loop $backtrack
      (br_if $backDone (i32.eqz (local.get $i)))
      (local.set $arg (i32.load8_u (i32.add (i32.add (local.get $back) (i32.mul (local.get $i) (i32.const 13))) (local.get $arg))))
      (i32.store8 (i32.add (local.get $out) (i32.sub (local.get $i) (i32.const 1))) (local.get $arg))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $backtrack)))
    (local.get $best))
)
