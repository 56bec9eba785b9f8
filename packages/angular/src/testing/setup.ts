// Zone.js for every test: TestBed and the apps the tests create use zone change detection unless a
// test asks for zoneless (then Angular warns NG0914 that Zone.js is loaded; those tests mute it).
import 'zone.js'
