import {buildSpec} from './build.js'
import {checkSpec} from './check.js'
import {debriefSpec} from './debrief.js'
import {devSpec} from './dev.js'
import {diffSpec} from './diff.js'
import {lspSpec} from './lsp.js'
import {newSpec} from './new.js'
import {parseSpec} from './parse.js'
import {releaseSpec} from './release.js'
import type {CommandSpec} from './spec.js'

/** Every command of `llm-interview`, in the order of its help. A new command is one module and one line here. */
export const commands: readonly CommandSpec[] = [checkSpec, parseSpec, buildSpec, devSpec, diffSpec, releaseSpec, newSpec, debriefSpec, lspSpec]
