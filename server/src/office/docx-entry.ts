/** Entry of dist/office-docx.js: the docx package as a bundle of its own (see office/load.ts). */
export * from 'docx';
