// The types of `@org/llm-interview-renderer/guide.css`: a stylesheet, for a
// bundler's side-effect import (`import '@org/llm-interview-renderer/guide.css'`).
export {}
