;; The rescaled linear forward and backward passes of the span probabilities (marginals.ts) in
;; WebAssembly: the same f64 arithmetic in the same order as the JavaScript they replace (products
;; summed left to right, strict `>` for each position's maximum), so the probabilities are the
;; same to the last bit, without JavaScript's bounds checks. marginals.ts lays out the memory, copies
;; a piece's emission in and reads alpha, beta and the scales back for the sums along the spans.
;;
;; Labels: O = 0, then B, I, E, S of type t at 1 + 4t .. 4 + 4t. O, B and S follow a closed label
;; (O, E, S of any type); I and E follow B or I of their own type.
(module
  (import "math" "exp" (func $exp (param f64) (result f64)))
  (import "math" "log" (func $log (param f64) (result f64)))
  (memory (export "memory") 1)
  ;; Closed labels (the predecessors of O, B, S), then the labels that follow them, as i32.
  (data (i32.const 0) "\00\00\00\00\03\00\00\00\04\00\00\00\07\00\00\00\08\00\00\00\0b\00\00\00\0c\00\00\00")
  (data (i32.const 32) "\00\00\00\00\01\00\00\00\04\00\00\00\05\00\00\00\08\00\00\00\09\00\00\00\0c\00\00\00")

  ;; Returns 1 with ex, shift, alpha (positions 0..meet), beta (positions stop..n-1) and their log
  ;; scales and factors written; 0 when a value could have underflowed or a label is more than
  ;; $maxAboveO nats above O (the caller then computes the piece in log space).
  (func (export "passes")
    (param $em i32)        ;; f32 emission, 13 per position
    (param $n i32)
    (param $meet i32)
    (param $stop i32)
    (param $ex i32)        ;; f64, 13 per position
    (param $shift i32)     ;; f64 per position
    (param $alpha i32)     ;; f64, 13 per position
    (param $beta i32)      ;; f64, 13 per position
    (param $logA i32)      ;; f64 per position
    (param $logB i32)
    (param $factorA i32)
    (param $factorB i32)
    (param $tc i32)        ;; f64 exp(transition / T) [7 targets after a closed label][7 closed predecessors]
    (param $to i32)        ;; f64 per type: B→I, I→I, B→E, I→E
    (param $expLo i32)     ;; f64 exp(-k / T), k < 2^11
    (param $expHi i32)     ;; f64 exp(-(k * 2^11 - expOffset) / T)
    (param $expOffset f64)
    (param $expLimit i32)
    (param $T f64)
    (param $maxAboveO f64)
    (param $tiny f64)
    (param $minFactor f64)
    (param $maxFactor f64)
    (param $startMask i32) ;; bit l: label l may start the piece
    (param $endMask i32)   ;; bit l: label l may end it
    (result i32)
    (local $i i32) (local $j i32) (local $l i32) (local $t i32) (local $b i32) (local $xi i32) (local $target i32)
    (local $e i32) (local $p i32) (local $prev i32) (local $cur i32) (local $next i32) (local $tb i32) (local $endRow i32)
    (local $o f64) (local $x f64) (local $v f64) (local $m f64) (local $inv f64) (local $scale f64) (local $factor f64)
    (local $a0 f64) (local $a3 f64) (local $a4 f64) (local $a7 f64) (local $a8 f64) (local $a11 f64) (local $a12 f64)
    (local $aB f64) (local $aI f64) (local $vI f64) (local $vE f64)
    (local $w0 f64) (local $w1 f64) (local $w2 f64) (local $w3 f64) (local $w4 f64) (local $w5 f64) (local $w6 f64)
    (local $w7 f64) (local $w8 f64) (local $w9 f64) (local $w10 f64) (local $w11 f64) (local $w12 f64)
    (local $wI f64) (local $wE f64) (local $vB f64)

    ;; ex = exp((em - O's score) / T) from the tables, Math.exp where they do not reach.
    (local.set $i (i32.const 0))
    (block $exDone (loop $exRows
      (br_if $exDone (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $e (i32.add (local.get $em) (i32.mul (local.get $i) (i32.const 52))))
      (local.set $p (i32.add (local.get $ex) (i32.mul (local.get $i) (i32.const 104))))
      (local.set $o (f64.promote_f32 (f32.load (local.get $e))))
      (local.set $l (i32.const 0))
      (block $labelsDone (loop $labels
        (br_if $labelsDone (i32.ge_u (local.get $l) (i32.const 13)))
        (local.set $x (f64.add
          (f64.sub (local.get $o) (f64.promote_f32 (f32.load (i32.add (local.get $e) (i32.shl (local.get $l) (i32.const 2))))))
          (local.get $expOffset)))
        (local.set $xi (i32.trunc_sat_f64_s (local.get $x)))
        (if (i32.and (f64.eq (f64.convert_i32_s (local.get $xi)) (local.get $x)) (i32.lt_u (local.get $xi) (local.get $expLimit)))
          (then
            (f64.store (i32.add (local.get $p) (i32.shl (local.get $l) (i32.const 3)))
              (f64.mul
                (f64.load (i32.add (local.get $expLo) (i32.shl (i32.and (local.get $xi) (i32.const 2047)) (i32.const 3))))
                (f64.load (i32.add (local.get $expHi) (i32.shl (i32.shr_u (local.get $xi) (i32.const 11)) (i32.const 3)))))))
          (else
            (local.set $v (f64.div
              (f64.sub (f64.promote_f32 (f32.load (i32.add (local.get $e) (i32.shl (local.get $l) (i32.const 2))))) (local.get $o))
              (local.get $T)))
            (if (f64.gt (local.get $v) (local.get $maxAboveO)) (then (return (i32.const 0))))
            (f64.store (i32.add (local.get $p) (i32.shl (local.get $l) (i32.const 3))) (call $exp (local.get $v)))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $labels)))
      (f64.store (i32.add (local.get $shift) (i32.shl (local.get $i) (i32.const 3))) (f64.div (local.get $o) (local.get $T)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $exRows)))

    ;; The labels that cannot start (end) the piece are out at its first (last) position.
    (local.set $p (i32.add (local.get $ex) (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 104))))
    (local.set $l (i32.const 0))
    (block $edgesDone (loop $edges
      (br_if $edgesDone (i32.ge_u (local.get $l) (i32.const 13)))
      (if (i32.eqz (i32.and (i32.shr_u (local.get $startMask) (local.get $l)) (i32.const 1)))
        (then (f64.store (i32.add (local.get $ex) (i32.shl (local.get $l) (i32.const 3))) (f64.const 0))))
      (if (i32.eqz (i32.and (i32.shr_u (local.get $endMask) (local.get $l)) (i32.const 1)))
        (then (f64.store (i32.add (local.get $p) (i32.shl (local.get $l) (i32.const 3))) (f64.const 0))))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $edges)))

    ;; Forward.
    (local.set $scale (f64.load (local.get $shift)))
    (local.set $factor (f64.const 1))
    (f64.store (local.get $logA) (local.get $scale))
    (f64.store (local.get $factorA) (f64.const 1))
    (local.set $l (i32.const 0))
    (block $firstDone (loop $first
      (br_if $firstDone (i32.ge_u (local.get $l) (i32.const 13)))
      (local.set $v (f64.load (i32.add (local.get $ex) (i32.shl (local.get $l) (i32.const 3)))))
      (f64.store (i32.add (local.get $alpha) (i32.shl (local.get $l) (i32.const 3))) (local.get $v))
      (if (i32.and
            (i32.and (i32.shr_u (local.get $startMask) (local.get $l)) (i32.const 1))
            (i32.and
              (i32.or (i32.gt_u (local.get $n) (i32.const 1)) (i32.and (i32.shr_u (local.get $endMask) (local.get $l)) (i32.const 1)))
              (i32.eqz (f64.ge (local.get $v) (local.get $tiny)))))
        (then (return (i32.const 0))))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $first)))

    (local.set $i (i32.const 1))
    (block $forwardDone (loop $forward
      (br_if $forwardDone (i32.gt_s (local.get $i) (local.get $meet)))
      (local.set $prev (i32.add (local.get $alpha) (i32.mul (i32.sub (local.get $i) (i32.const 1)) (i32.const 104))))
      (local.set $cur (i32.add (local.get $prev) (i32.const 104)))
      (local.set $p (i32.add (local.get $ex) (i32.mul (local.get $i) (i32.const 104))))
      (local.set $endRow (i32.eq (local.get $i) (i32.sub (local.get $n) (i32.const 1))))
      (local.set $m (f64.const 0))
      (local.set $a0 (f64.load (local.get $prev)))
      (local.set $a3 (f64.load offset=24 (local.get $prev)))
      (local.set $a4 (f64.load offset=32 (local.get $prev)))
      (local.set $a7 (f64.load offset=56 (local.get $prev)))
      (local.set $a8 (f64.load offset=64 (local.get $prev)))
      (local.set $a11 (f64.load offset=88 (local.get $prev)))
      (local.set $a12 (f64.load offset=96 (local.get $prev)))
      ;; O, B, S: the seven closed predecessors.
      (local.set $j (i32.const 0))
      (block $closedDone (loop $closed
        (br_if $closedDone (i32.ge_u (local.get $j) (i32.const 7)))
        (local.set $tb (i32.add (local.get $tc) (i32.mul (local.get $j) (i32.const 56))))
        (local.set $target (i32.shl (i32.load offset=32 (i32.shl (local.get $j) (i32.const 2))) (i32.const 3)))
        (local.set $v (f64.mul
          (f64.add (f64.add (f64.add (f64.add (f64.add (f64.add
            (f64.mul (local.get $a0) (f64.load (local.get $tb)))
            (f64.mul (local.get $a3) (f64.load offset=8 (local.get $tb))))
            (f64.mul (local.get $a4) (f64.load offset=16 (local.get $tb))))
            (f64.mul (local.get $a7) (f64.load offset=24 (local.get $tb))))
            (f64.mul (local.get $a8) (f64.load offset=32 (local.get $tb))))
            (f64.mul (local.get $a11) (f64.load offset=40 (local.get $tb))))
            (f64.mul (local.get $a12) (f64.load offset=48 (local.get $tb))))
          (f64.load (i32.add (local.get $p) (local.get $target)))))
        (f64.store (i32.add (local.get $cur) (local.get $target)) (local.get $v))
        (local.set $m (select (local.get $v) (local.get $m) (f64.gt (local.get $v) (local.get $m))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $closed)))
      ;; I and E of each type: from B and I of the type.
      (local.set $t (i32.const 0))
      (block $typesDone (loop $types
        (br_if $typesDone (i32.ge_u (local.get $t) (i32.const 3)))
        (local.set $b (i32.shl (i32.add (i32.const 1) (i32.shl (local.get $t) (i32.const 2))) (i32.const 3)))
        (local.set $tb (i32.add (local.get $to) (i32.shl (local.get $t) (i32.const 5))))
        (local.set $aB (f64.load (i32.add (local.get $prev) (local.get $b))))
        (local.set $aI (f64.load offset=8 (i32.add (local.get $prev) (local.get $b))))
        (local.set $vI (f64.mul
          (f64.add (f64.mul (local.get $aB) (f64.load (local.get $tb))) (f64.mul (local.get $aI) (f64.load offset=8 (local.get $tb))))
          (f64.load offset=8 (i32.add (local.get $p) (local.get $b)))))
        (local.set $vE (f64.mul
          (f64.add (f64.mul (local.get $aB) (f64.load offset=16 (local.get $tb))) (f64.mul (local.get $aI) (f64.load offset=24 (local.get $tb))))
          (f64.load offset=16 (i32.add (local.get $p) (local.get $b)))))
        (f64.store offset=8 (i32.add (local.get $cur) (local.get $b)) (local.get $vI))
        (f64.store offset=16 (i32.add (local.get $cur) (local.get $b)) (local.get $vE))
        (local.set $m (select (local.get $vI) (local.get $m) (f64.gt (local.get $vI) (local.get $m))))
        (local.set $m (select (local.get $vE) (local.get $m) (f64.gt (local.get $vE) (local.get $m))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $types)))
      (if (i32.eqz (f64.gt (local.get $m) (f64.const 0))) (then (return (i32.const 0))))
      (local.set $inv (f64.div (f64.const 1) (local.get $m)))
      (local.set $l (i32.const 0))
      (block $normDone (loop $norm
        (br_if $normDone (i32.ge_u (local.get $l) (i32.const 13)))
        (local.set $v (f64.mul (f64.load (i32.add (local.get $cur) (i32.shl (local.get $l) (i32.const 3)))) (local.get $inv)))
        (f64.store (i32.add (local.get $cur) (i32.shl (local.get $l) (i32.const 3))) (local.get $v))
        (if (i32.and
              (i32.eqz (f64.ge (local.get $v) (local.get $tiny)))
              (i32.or (i32.eqz (local.get $endRow)) (i32.and (i32.shr_u (local.get $endMask) (local.get $l)) (i32.const 1))))
          (then (return (i32.const 0))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $norm)))
      (local.set $scale (f64.add (local.get $scale) (f64.load (i32.add (local.get $shift) (i32.shl (local.get $i) (i32.const 3))))))
      (local.set $factor (f64.mul (local.get $factor) (local.get $m)))
      (if (i32.or (f64.lt (local.get $factor) (local.get $minFactor)) (f64.gt (local.get $factor) (local.get $maxFactor)))
        (then
          (local.set $scale (f64.add (local.get $scale) (call $log (local.get $factor))))
          (local.set $factor (f64.const 1))))
      (f64.store (i32.add (local.get $logA) (i32.shl (local.get $i) (i32.const 3))) (local.get $scale))
      (f64.store (i32.add (local.get $factorA) (i32.shl (local.get $i) (i32.const 3))) (local.get $factor))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $forward)))

    ;; Backward.
    (local.set $cur (i32.add (local.get $beta) (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 104))))
    (local.set $l (i32.const 0))
    (block $onesDone (loop $ones
      (br_if $onesDone (i32.ge_u (local.get $l) (i32.const 13)))
      (f64.store (i32.add (local.get $cur) (i32.shl (local.get $l) (i32.const 3))) (f64.const 1))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $ones)))
    (f64.store (i32.add (local.get $logB) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 3))) (f64.const 0))
    (f64.store (i32.add (local.get $factorB) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 3))) (f64.const 1))
    (local.set $scale (f64.const 0))
    (local.set $factor (f64.const 1))
    (local.set $i (i32.sub (local.get $n) (i32.const 2)))
    (block $backwardDone (loop $backward
      (br_if $backwardDone (i32.lt_s (local.get $i) (local.get $stop)))
      (local.set $cur (i32.add (local.get $beta) (i32.mul (local.get $i) (i32.const 104))))
      (local.set $next (i32.add (local.get $cur) (i32.const 104)))
      (local.set $p (i32.add (local.get $ex) (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 104))))
      (local.set $m (f64.const 0))
      ;; w = ex × beta at the next position.
      (local.set $w0 (f64.mul (f64.load (local.get $p)) (f64.load (local.get $next))))
      (local.set $w1 (f64.mul (f64.load offset=8 (local.get $p)) (f64.load offset=8 (local.get $next))))
      (local.set $w2 (f64.mul (f64.load offset=16 (local.get $p)) (f64.load offset=16 (local.get $next))))
      (local.set $w3 (f64.mul (f64.load offset=24 (local.get $p)) (f64.load offset=24 (local.get $next))))
      (local.set $w4 (f64.mul (f64.load offset=32 (local.get $p)) (f64.load offset=32 (local.get $next))))
      (local.set $w5 (f64.mul (f64.load offset=40 (local.get $p)) (f64.load offset=40 (local.get $next))))
      (local.set $w6 (f64.mul (f64.load offset=48 (local.get $p)) (f64.load offset=48 (local.get $next))))
      (local.set $w7 (f64.mul (f64.load offset=56 (local.get $p)) (f64.load offset=56 (local.get $next))))
      (local.set $w8 (f64.mul (f64.load offset=64 (local.get $p)) (f64.load offset=64 (local.get $next))))
      (local.set $w9 (f64.mul (f64.load offset=72 (local.get $p)) (f64.load offset=72 (local.get $next))))
      (local.set $w10 (f64.mul (f64.load offset=80 (local.get $p)) (f64.load offset=80 (local.get $next))))
      (local.set $w11 (f64.mul (f64.load offset=88 (local.get $p)) (f64.load offset=88 (local.get $next))))
      (local.set $w12 (f64.mul (f64.load offset=96 (local.get $p)) (f64.load offset=96 (local.get $next))))
      ;; The closed labels: to O, B or S.
      (local.set $j (i32.const 0))
      (block $closedDone (loop $closed
        (br_if $closedDone (i32.ge_u (local.get $j) (i32.const 7)))
        (local.set $tb (i32.add (local.get $tc) (i32.shl (local.get $j) (i32.const 3))))
        (local.set $v
          (f64.add (f64.add (f64.add (f64.add (f64.add (f64.add
            (f64.mul (f64.load (local.get $tb)) (local.get $w0))
            (f64.mul (f64.load offset=56 (local.get $tb)) (local.get $w1)))
            (f64.mul (f64.load offset=112 (local.get $tb)) (local.get $w4)))
            (f64.mul (f64.load offset=168 (local.get $tb)) (local.get $w5)))
            (f64.mul (f64.load offset=224 (local.get $tb)) (local.get $w8)))
            (f64.mul (f64.load offset=280 (local.get $tb)) (local.get $w9)))
            (f64.mul (f64.load offset=336 (local.get $tb)) (local.get $w12))))
        (f64.store (i32.add (local.get $cur) (i32.shl (i32.load (i32.shl (local.get $j) (i32.const 2))) (i32.const 3))) (local.get $v))
        (local.set $m (select (local.get $v) (local.get $m) (f64.gt (local.get $v) (local.get $m))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $closed)))
      ;; B and I of each type: to I or E of the type.
      (local.set $t (i32.const 0))
      (block $typesDone (loop $types
        (br_if $typesDone (i32.ge_u (local.get $t) (i32.const 3)))
        (local.set $b (i32.shl (i32.add (i32.const 1) (i32.shl (local.get $t) (i32.const 2))) (i32.const 3)))
        (local.set $tb (i32.add (local.get $to) (i32.shl (local.get $t) (i32.const 5))))
        (local.set $wI (select (local.get $w2) (select (local.get $w6) (local.get $w10) (i32.eq (local.get $t) (i32.const 1))) (i32.eqz (local.get $t))))
        (local.set $wE (select (local.get $w3) (select (local.get $w7) (local.get $w11) (i32.eq (local.get $t) (i32.const 1))) (i32.eqz (local.get $t))))
        (local.set $vB (f64.add (f64.mul (f64.load (local.get $tb)) (local.get $wI)) (f64.mul (f64.load offset=16 (local.get $tb)) (local.get $wE))))
        (local.set $vI (f64.add (f64.mul (f64.load offset=8 (local.get $tb)) (local.get $wI)) (f64.mul (f64.load offset=24 (local.get $tb)) (local.get $wE))))
        (f64.store (i32.add (local.get $cur) (local.get $b)) (local.get $vB))
        (f64.store offset=8 (i32.add (local.get $cur) (local.get $b)) (local.get $vI))
        (local.set $m (select (local.get $vB) (local.get $m) (f64.gt (local.get $vB) (local.get $m))))
        (local.set $m (select (local.get $vI) (local.get $m) (f64.gt (local.get $vI) (local.get $m))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $types)))
      (if (i32.eqz (f64.gt (local.get $m) (f64.const 0))) (then (return (i32.const 0))))
      (local.set $inv (f64.div (f64.const 1) (local.get $m)))
      (local.set $l (i32.const 0))
      (block $normDone (loop $norm
        (br_if $normDone (i32.ge_u (local.get $l) (i32.const 13)))
        (local.set $v (f64.mul (f64.load (i32.add (local.get $cur) (i32.shl (local.get $l) (i32.const 3)))) (local.get $inv)))
        (f64.store (i32.add (local.get $cur) (i32.shl (local.get $l) (i32.const 3))) (local.get $v))
        (if (i32.eqz (f64.ge (local.get $v) (local.get $tiny))) (then (return (i32.const 0))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $norm)))
      (local.set $scale (f64.add (local.get $scale)
        (f64.load (i32.add (local.get $shift) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 3))))))
      (local.set $factor (f64.mul (local.get $factor) (local.get $m)))
      (if (i32.or (f64.lt (local.get $factor) (local.get $minFactor)) (f64.gt (local.get $factor) (local.get $maxFactor)))
        (then
          (local.set $scale (f64.add (local.get $scale) (call $log (local.get $factor))))
          (local.set $factor (f64.const 1))))
      (f64.store (i32.add (local.get $logB) (i32.shl (local.get $i) (i32.const 3))) (local.get $scale))
      (f64.store (i32.add (local.get $factorB) (i32.shl (local.get $i) (i32.const 3))) (local.get $factor))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $backward)))
    (i32.const 1))
)
