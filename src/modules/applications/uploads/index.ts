/** The upload store of online applications: what the module's routes and services use. */
export { type CheckedUpload, checkUpload, MAX_INPUT_PIXELS, type UploadProblem } from "./check-upload";
export { cleanFileName, MAX_FILE_NAME } from "./file-name";
export {
  largestFileLimit,
  type ReceivedFile,
  type ReceiveProblem,
  readUploadForm,
  receiveUploads,
  UPLOAD_FORM_LIMITS,
  type UploadFields,
  type UploadForm,
} from "./receive";
export {
  INFORMATION_FILES,
  INFORMATION_UPLOAD,
  type NewUpload,
  type OpenedFile,
  UploadStore,
  UploadStoreError,
  type UploadStoreProblem,
} from "./upload-store";
