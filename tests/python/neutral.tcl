# The language-neutral generated/swig/weaveheap.i from another SWIG language
# (Tcl): flat functions on integer handles, byte strings in and out, out
# structs returned, errors raised. Usage: tclsh neutral.tcl <module.so>
load [lindex $argv 0] weaveheap
proc check {what got want} {
    if {$got ne $want} { error "$what: got '$got', want '$want'" }
}
set r [region_create NULL]
set b [buffer_alloc $r 8]
buffer_write $b 0 "hello"
check size [buffer_size $b] 8
check read [buffer_read $b 0 5] hello
set bt [bytes_create $r "xyz"]
check dup [bytes_dup $bt] xyz
check string [string_dup [string_create $r "abc"]] abc
check stats [Stats_allocations_get [region_stats $r]] 3
check kind [handle_kind_of $b] $HANDLE_KIND_BUFFER
check forged [catch {buffer_size 0} msg] 1
check message [string match "*never issued*" $msg] 1
set res [borrow_shared $b]
check view [View_length_get [lindex $res 1]] 8
check borrowed [catch {region_destroy $r} msg] 1
borrow_release [lindex $res 0]
region_destroy $r
check stale [catch {buffer_size $b} msg] 1
puts "neutral weaveheap.i from Tcl: ok"
