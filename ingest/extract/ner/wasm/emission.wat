;; Emission scores of one piece of text in WebAssembly SIMD: per char, the bias, the char-template
;; rows of the chars around it, the cached sums of its slot groups, and the weight-table rows of its
;; other feature keys, summed over the 13 labels four lanes at a time. The scalar JavaScript version of the same sum spent most of
;; its time on 13 loads, shifts and adds per row; here a row is one 16-byte load and a few vector
;; ops. Compiled to emission.wasm by `npm run build:wasm` (wasm-build.ts); emission-wasm.ts lays
;; out the memory and checks the result against emission.ts's referenceEmission in the tests.
;;
;; Lanes: a weight-table slot is 16 bytes, [fingerprint u16, shift u8, 13 weights i8]
;; (weight-table.ts), so its weights sit in byte lanes 3..15. Every row here is summed in that
;; layout: the bias and the char rows are stored with their 13 labels in lanes 3..15 too, and the
;; three garbage lanes 0..2 are never read back. The sums are exact integers (weights are q << shift
;; in units), so the result equals any other summation order.
(module
  (memory (export "memory") 1)

  ;; em[i * 13 + label] (f32) for i in [0, n). Positions are written last to first: position i
  ;; stores 16 lanes from em + (i * 13 - 3) * 4, and its three garbage lanes land on labels 10..12
  ;; of position i - 1, which is written next. em needs 12 writable bytes before it.
  (func (export "emit")
    (param $keys i32)   ;; i32 feature keys, $K per position
    (param $K i32)
    (param $slots i32)  ;; i32 indexes into a position's keys: the keys looked up in the table
    (param $H i32)
    (param $ids i32)    ;; u16 char ids of the piece, $pad ids of BOS / EOS on each side
    (param $pad i32)
    (param $n i32)
    (param $rows i32)   ;; i16 char rows: (id * $T + t) * 16 lanes
    (param $offs i32)   ;; i32 char offset of each char template
    (param $T i32)
    (param $bias i32)   ;; i32 x 16 lanes
    (param $table i32)  ;; the weight table's slots
    (param $mask i32)
    (param $em i32)
    (param $groups i32) ;; per group 4 i32: len, address of its i32 slot list, address of its cache, 0
    (param $G i32)
    (local $g i32) (local $gd i32) (local $len i32) (local $gs i32) (local $entry i32) (local $h i32) (local $k i32) (local $hit i32)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $i i32) (local $j i32) (local $row i32) (local $p i32) (local $key i32) (local $fp i32)
    (local $s i32) (local $f i32) (local $touch i32) (local $sh i32) (local $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $v v128) (local $lo v128) (local $hi v128)
    (local.set $i (local.get $n))
    (block $done (loop $position
      (br_if $done (i32.eqz (local.get $i)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (local.set $a0 (v128.load (local.get $bias)))
      (local.set $a1 (v128.load offset=16 (local.get $bias)))
      (local.set $a2 (v128.load offset=32 (local.get $bias)))
      (local.set $a3 (v128.load offset=48 (local.get $bias)))

      ;; Touch the first table slot of every hashed key of position i - 1, which comes next: its
      ;; cache misses then overlap with this position's work instead of stalling the probes below
      ;; one after another (the table is 8 MB, and most probes miss the cache; 0.80-0.85x time).
      (if (local.get $i) (then
        (local.set $row (i32.add (local.get $keys)
          (i32.shl (i32.mul (i32.sub (local.get $i) (i32.const 1)) (local.get $K)) (i32.const 2))))
        (local.set $j (i32.const 0))
        (block $pfDone (loop $pf
          (br_if $pfDone (i32.ge_u (local.get $j) (local.get $H)))
          (local.set $key (i32.load (i32.add (local.get $row)
            (i32.shl (i32.load (i32.add (local.get $slots) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 2)))))
          (local.set $touch (i32.add (local.get $touch)
            (i32.load8_u (i32.add (local.get $table) (i32.shl (i32.and (local.get $key) (local.get $mask)) (i32.const 4))))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $pf)))))

      ;; Char templates: the row of (char id at i + offset, template).
      (local.set $j (i32.const 0))
      (block $charsDone (loop $chars
        (br_if $charsDone (i32.ge_u (local.get $j) (local.get $T)))
        (local.set $p (i32.load16_u (i32.add (local.get $ids)
          (i32.shl
            (i32.add (i32.add (local.get $pad) (local.get $i))
                     (i32.load (i32.add (local.get $offs) (i32.shl (local.get $j) (i32.const 2)))))
            (i32.const 1)))))
        (local.set $p (i32.add (local.get $rows)
          (i32.shl (i32.add (i32.mul (local.get $p) (local.get $T)) (local.get $j)) (i32.const 5))))
        (local.set $lo (v128.load (local.get $p)))
        (local.set $hi (v128.load offset=16 (local.get $p)))
        (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_s (local.get $lo))))
        (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_s (local.get $lo))))
        (local.set $a2 (i32x4.add (local.get $a2) (i32x4.extend_low_i16x8_s (local.get $hi))))
        (local.set $a3 (i32x4.add (local.get $a3) (i32x4.extend_high_i16x8_s (local.get $hi))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $chars)))


      ;; Slot groups (features.ts SLOT_GROUPS): keys that mostly repeat from one char to the next.
      ;; Each group's summed rows are cached by its keys in 1024 entries picked by the top 10 bits
      ;; of a hash of the keys; an entry is the keys, then 16 i32 lanes of sums. A miss sums the
      ;; rows as below and fills the entry, so any grouping gives the same scores.
      (local.set $row (i32.add (local.get $keys)
        (i32.shl (i32.mul (local.get $i) (local.get $K)) (i32.const 2))))
      (local.set $g (i32.const 0))
      (block $groupsDone (loop $groupLoop
        (br_if $groupsDone (i32.ge_u (local.get $g) (local.get $G)))
        (local.set $gd (i32.add (local.get $groups) (i32.shl (local.get $g) (i32.const 4))))
        (local.set $len (i32.load (local.get $gd)))
        (local.set $gs (i32.load offset=4 (local.get $gd)))
        (local.set $h (i32.const 0))
        (local.set $k (i32.const 0))
        (block $hd (loop $hl
          (br_if $hd (i32.ge_u (local.get $k) (local.get $len)))
          (local.set $h (i32.mul
            (i32.xor (local.get $h)
              (i32.load (i32.add (local.get $row) (i32.shl (i32.load (i32.add (local.get $gs) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 2)))))
            (i32.const 0x9e3779b1)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $hl)))
        (local.set $entry (i32.add (i32.load offset=8 (local.get $gd))
          (i32.mul (i32.shr_u (local.get $h) (i32.const 22)) (i32.shl (i32.add (local.get $len) (i32.const 16)) (i32.const 2)))))
        (local.set $hit (i32.const 1))
        (local.set $k (i32.const 0))
        (block $cd (loop $cl
          (br_if $cd (i32.ge_u (local.get $k) (local.get $len)))
          (if (i32.ne
                (i32.load (i32.add (local.get $entry) (i32.shl (local.get $k) (i32.const 2))))
                (i32.load (i32.add (local.get $row) (i32.shl (i32.load (i32.add (local.get $gs) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 2)))))
            (then (local.set $hit (i32.const 0)) (br $cd)))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $cl)))
        (if (i32.eqz (local.get $hit)) (then
          (local.set $t0 (v128.const i32x4 0 0 0 0))
          (local.set $t1 (v128.const i32x4 0 0 0 0))
          (local.set $t2 (v128.const i32x4 0 0 0 0))
          (local.set $t3 (v128.const i32x4 0 0 0 0))
          (local.set $k (i32.const 0))
          (block $md (loop $ml
            (br_if $md (i32.ge_u (local.get $k) (local.get $len)))
            (local.set $key (i32.load (i32.add (local.get $row) (i32.shl (i32.load (i32.add (local.get $gs) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 2)))))
            (i32.store (i32.add (local.get $entry) (i32.shl (local.get $k) (i32.const 2))) (local.get $key))
            (local.set $fp (i32.shr_u (i32.mul (local.get $key) (i32.const 0x9e3779b1)) (i32.const 16)))
            (local.set $fp (select (i32.const 1) (local.get $fp) (i32.eqz (local.get $fp))))
            (local.set $s (i32.and (local.get $key) (local.get $mask)))
            (block $found2 (loop $probe2
              (local.set $f (i32.load16_u (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 4)))))
              (br_if $found2 (i32.or (i32.eq (local.get $f) (local.get $fp)) (i32.eqz (local.get $f))))
              (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
              (br $probe2)))
            (local.set $p (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 4))))
            (local.set $v (v128.load (local.get $p)))
            (local.set $sh (i32.load8_u offset=2 (local.get $p)))
            (local.set $lo (i16x8.shl (i16x8.extend_low_i8x16_s (local.get $v)) (local.get $sh)))
            (local.set $hi (i16x8.shl (i16x8.extend_high_i8x16_s (local.get $v)) (local.get $sh)))
            (local.set $t0 (i32x4.add (local.get $t0) (i32x4.extend_low_i16x8_s (local.get $lo))))
            (local.set $t1 (i32x4.add (local.get $t1) (i32x4.extend_high_i16x8_s (local.get $lo))))
            (local.set $t2 (i32x4.add (local.get $t2) (i32x4.extend_low_i16x8_s (local.get $hi))))
            (local.set $t3 (i32x4.add (local.get $t3) (i32x4.extend_high_i16x8_s (local.get $hi))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ml)))
          (local.set $p (i32.add (local.get $entry) (i32.shl (local.get $len) (i32.const 2))))
          (v128.store (local.get $p) (local.get $t0))
          (v128.store offset=16 (local.get $p) (local.get $t1))
          (v128.store offset=32 (local.get $p) (local.get $t2))
          (v128.store offset=48 (local.get $p) (local.get $t3))))
        (local.set $p (i32.add (local.get $entry) (i32.shl (local.get $len) (i32.const 2))))
        (local.set $a0 (i32x4.add (local.get $a0) (v128.load (local.get $p))))
        (local.set $a1 (i32x4.add (local.get $a1) (v128.load offset=16 (local.get $p))))
        (local.set $a2 (i32x4.add (local.get $a2) (v128.load offset=32 (local.get $p))))
        (local.set $a3 (i32x4.add (local.get $a3) (v128.load offset=48 (local.get $p))))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br $groupLoop)))
      ;; Other keys: linear probing as WeightTable.find. An unknown key stops on an empty slot,
      ;; whose weights and shift are zero, so it adds nothing without a branch.
      (local.set $row (i32.add (local.get $keys)
        (i32.shl (i32.mul (local.get $i) (local.get $K)) (i32.const 2))))
      (local.set $j (i32.const 0))
      (block $keysDone (loop $lookups
        (br_if $keysDone (i32.ge_u (local.get $j) (local.get $H)))
        (local.set $key (i32.load (i32.add (local.get $row)
          (i32.shl (i32.load (i32.add (local.get $slots) (i32.shl (local.get $j) (i32.const 2))))
                   (i32.const 2)))))
        (local.set $fp (i32.shr_u (i32.mul (local.get $key) (i32.const 0x9e3779b1)) (i32.const 16)))
        (local.set $fp (select (i32.const 1) (local.get $fp) (i32.eqz (local.get $fp))))
        (local.set $s (i32.and (local.get $key) (local.get $mask)))
        (block $found (loop $probe
          (local.set $f (i32.load16_u (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 4)))))
          (br_if $found (i32.or (i32.eq (local.get $f) (local.get $fp)) (i32.eqz (local.get $f))))
          (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
          (br $probe)))
        (local.set $p (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 4))))
        (local.set $v (v128.load (local.get $p)))
        (local.set $sh (i32.load8_u offset=2 (local.get $p)))
        (local.set $lo (i16x8.shl (i16x8.extend_low_i8x16_s (local.get $v)) (local.get $sh)))
        (local.set $hi (i16x8.shl (i16x8.extend_high_i8x16_s (local.get $v)) (local.get $sh)))
        (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_s (local.get $lo))))
        (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_s (local.get $lo))))
        (local.set $a2 (i32x4.add (local.get $a2) (i32x4.extend_low_i16x8_s (local.get $hi))))
        (local.set $a3 (i32x4.add (local.get $a3) (i32x4.extend_high_i16x8_s (local.get $hi))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $lookups)))

      (local.set $out (i32.add (local.get $em)
        (i32.shl (i32.sub (i32.mul (local.get $i) (i32.const 13)) (i32.const 3)) (i32.const 2))))
      (v128.store (local.get $out) (f32x4.convert_i32x4_s (local.get $a0)))
      (v128.store offset=16 (local.get $out) (f32x4.convert_i32x4_s (local.get $a1)))
      (v128.store offset=32 (local.get $out) (f32x4.convert_i32x4_s (local.get $a2)))
      (v128.store offset=48 (local.get $out) (f32x4.convert_i32x4_s (local.get $a3)))
      (br $position)))
    ;; The touches' sum goes to the 4 bytes at em - 16 (emission-wasm.ts leaves 64 before em), so
    ;; the compiler cannot drop the loads as unused.
    (i32.store (i32.sub (local.get $em) (i32.const 16)) (local.get $touch)))
)
