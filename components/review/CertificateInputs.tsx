'use client';

import { useId, useState, type DragEvent, type Ref } from 'react';
import styles from './review.module.css';

export const ACCEPTED_FILES = '.pdf,.json,application/pdf,application/json';

interface Props {
  files: readonly File[];
  onAddFiles: (files: readonly File[]) => void;
  onRemoveFile: (index: number) => void;
  pasted: string;
  onPaste: (text: string) => void;
  fileInput: Ref<HTMLInputElement>;
  disabled: boolean;
}

/**
 * Where the educator gives the certificates: a drop zone that is a real file input (keyboard and screen
 * readers use the input; a mouse can drop files anywhere on the zone), the files waiting to be checked, and
 * a box for pasted codes.
 */
export function CertificateInputs({
  files,
  onAddFiles,
  onRemoveFile,
  pasted,
  onPaste,
  fileInput,
  disabled,
}: Props) {
  const ids = useId();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onAddFiles([...event.dataTransfer.files]);
  }

  return (
    <>
      {/* Dropping is a pointer shortcut; the native file input inside is the way for keyboards and screen readers. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`${styles.dropZone} ${dragging ? styles.dragging : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          // Leaving the zone, not moving over its label or input.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label htmlFor={`${ids}-files`} className={styles.label}>
          Certificate files (PDF or .json)
        </label>
        <p id={`${ids}-files-hint`} className={styles.hint}>
          Drop them here, or choose them: as many as you like, in one go or several.
        </p>
        <input
          id={`${ids}-files`}
          ref={fileInput}
          className={styles.file}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-describedby={`${ids}-files-hint`}
          disabled={disabled}
          onChange={(event) => {
            onAddFiles([...(event.target.files ?? [])]);
            // Emptied so that the same file can be chosen again; the list below shows what is waiting.
            event.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <div className={styles.waiting}>
          <h3 id={`${ids}-waiting`} className={styles.waitingTitle}>
            Ready to check: {files.length} {files.length === 1 ? 'file' : 'files'}
          </h3>
          <ul aria-labelledby={`${ids}-waiting`} className={styles.fileList}>
            {files.map((file, index) => (
              <li key={`${index}-${file.name}`}>
                <span dir="auto" className={styles.fileName}>
                  {file.name}
                </span>
                <button
                  type="button"
                  className={styles.remove}
                  onClick={() => onRemoveFile(index)}
                  disabled={disabled}
                  aria-label={`Remove ${file.name}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.pasteField}>
        <label htmlFor={`${ids}-codes`} className={styles.label}>
          Or paste certificate codes or verification links
        </label>
        <p id={`${ids}-codes-hint`} className={styles.hint}>
          One per line, or several separated by spaces. Codes that an email program broke over several lines
          are put back together.
        </p>
        <textarea
          id={`${ids}-codes`}
          className={styles.codes}
          value={pasted}
          onChange={(event) => onPaste(event.target.value)}
          aria-describedby={`${ids}-codes-hint`}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          disabled={disabled}
        />
      </div>
    </>
  );
}
