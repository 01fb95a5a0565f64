# cmake -P stage.cmake WEAVEHEAP_PACKAGE EXTENSION_PACKAGE TESTS STAGE: copies
# the three packages side by side into STAGE (WeaveHeap/, @Name@/, tests/), as
# SwiftPM finds path dependencies by directory name.
set(stage ${CMAKE_ARGV6})
file(REMOVE_RECURSE ${stage}/WeaveHeap ${stage}/@Name@ ${stage}/tests)
file(COPY ${CMAKE_ARGV3}/ DESTINATION ${stage}/WeaveHeap)
file(COPY ${CMAKE_ARGV4}/ DESTINATION ${stage}/@Name@)
file(COPY ${CMAKE_ARGV5}/ DESTINATION ${stage}/tests)
