// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's schema `examples`, typed by their schema: the fixed data a mock serves.
import type { components } from './schema';

/** The `examples` of the spec's `PromptTemplate` schema. */
export const PromptTemplateExamples: components['schemas']['PromptTemplate'][] = [
  {
    prompt_template_id: '00000000-0000-4000-8008-000000000000',
    name: 'deepset/question-answering',
    text: 'Answer the question using the documents.\nDocuments: {documents}\nQuestion: {query}\nAnswer:',
    description: 'Grounded question answering.',
    tags: ['qa'],
    created_at: '2026-01-01T00:00:00.000Z',
  },
];

/** The `examples` of the spec's `PipelineTemplate` schema. */
export const PipelineTemplateExamples: components['schemas']['PipelineTemplate'][] = [
  {
    pipeline_template_id: 'rag-keyword',
    name: 'RAG (keyword)',
    description: 'BM25 retrieval and an LLM answer.',
    query_yaml: 'components: {}\n',
    indexing_yaml: 'components: {}\n',
    tags: ['rag'],
  },
  {
    pipeline_template_id: 'extractive-qa',
    name: 'Extractive QA',
    description: 'Answers as spans of your documents.',
    query_yaml: 'components: {}\n',
    tags: ['qa'],
  },
];
